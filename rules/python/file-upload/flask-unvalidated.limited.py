# An app with a global upload size limit: only the type check decides.
import os
import uuid
from flask import Flask, request, abort

app = Flask(__name__)
app.config['MAX_CONTENT_LENGTH'] = 5 * 1024 * 1024
ALLOWED_EXTENSIONS = {'.png', '.jpg', '.pdf'}


@app.route('/upload', methods=['POST'])
def upload():
    f = request.files['file']
    ext = os.path.splitext(f.filename)[1].lower()
    if ext not in ALLOWED_EXTENSIONS:
        abort(400)
    # safe: file-upload
    f.save(os.path.join('/srv/uploads', uuid.uuid4().hex + ext))
    return 'ok'


@app.route('/image', methods=['POST'])
def image():
    img = request.files['image']
    if img.mimetype not in ('image/png', 'image/jpeg'):
        abort(415)
    # safe: file-upload
    img.save('/srv/images/' + uuid.uuid4().hex)
    return 'ok'


@app.route('/doc', methods=['POST'])
def doc():
    d = request.files['doc']
    if not d.filename.endswith('.pdf'):
        abort(400)
    # safe: file-upload
    d.save('/srv/docs/' + uuid.uuid4().hex + '.pdf')
    return 'ok'


@app.route('/any', methods=['POST'])
def any_type():
    blob = request.files['blob']
    # expect: file-upload
    blob.save('/srv/blobs/' + uuid.uuid4().hex)
    return 'ok'
