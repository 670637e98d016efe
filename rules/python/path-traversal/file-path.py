import os
import shutil
from pathlib import Path
from flask import Flask, request, send_file
from PIL import Image
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = '/srv/uploads'


@app.route('/upload', methods=['POST'])
def upload():
    f = request.files['file']
    # expect: path-traversal
    f.save(os.path.join(UPLOAD_DIR, f.filename))
    name = secure_filename(f.filename)
    # safe: path-traversal
    f.save(os.path.join(UPLOAD_DIR, name))
    return 'ok'


@app.route('/download')
def download():
    requested = request.args.get('name')
    target = UPLOAD_DIR + '/' + requested
    # expect: path-traversal
    return send_file(target)


@app.route('/files/<path:name>')
def read_named(name):
    # expect: path-traversal
    with open(os.path.join(UPLOAD_DIR, name)) as fh:
        return fh.read()


def move_upload():
    src = request.form['src']
    # expect: path-traversal
    shutil.move(src, '/tmp/archive')


@app.route('/report')
def report():
    # safe: path-traversal
    with open(os.path.join(UPLOAD_DIR, 'report.txt')) as fh:
        return fh.read()


@app.route('/page')
def page():
    number = int(request.args['n'])
    # safe: path-traversal
    return send_file(os.path.join(UPLOAD_DIR, 'page-%d.html' % number))


@app.route('/avatar')
def avatar():
    base = os.path.basename(request.args['file'])
    # safe: path-traversal
    return send_file(os.path.join(UPLOAD_DIR, base))


def cleanup(path):
    # safe: path-traversal
    os.remove(path)


@app.route('/notes/<name>')
def read_note(name):
    # expect: path-traversal
    return (Path(UPLOAD_DIR) / name).read_text()


@app.route('/notes-checked/<name>')
def read_note_checked(name):
    base = Path(UPLOAD_DIR).resolve()
    target = (base / name).resolve()
    if not target.is_relative_to(base):
        return 'forbidden', 403
    # safe: path-traversal
    return target.read_text()


@app.route('/thumb')
def thumb():
    # safe: path-traversal
    return send_file(os.path.join(UPLOAD_DIR, 'thumbs', Path(request.args['img']).name))


@app.route('/thumbnail', methods=['POST'])
def thumbnail():
    upload = request.files['image']
    # safe: path-traversal
    img = Image.open(upload)
    # safe: path-traversal
    img2 = Image.open(request.files['image'].stream)
    # expect: path-traversal
    img.save(os.path.join(UPLOAD_DIR, upload.filename))
    return str(img2.size)
