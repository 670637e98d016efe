import os
import uuid
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
ALLOWED_EXTENSIONS = {'png', 'jpg', 'pdf'}


def allowed_file(name):
    return '.' in name and name.rsplit('.', 1)[1].lower() in ALLOWED_EXTENSIONS


@app.route('/avatar', methods=['POST'])
def avatar():
    upload = request.files['avatar']
    # expect: file-upload
    upload.save(os.path.join('/srv/avatars', secure_filename(upload.filename)))
    return 'ok'


@app.route('/docs', methods=['POST'])
def docs():
    for item in request.files.getlist('docs'):
        # expect: file-upload
        item.save('/srv/docs/' + uuid.uuid4().hex)
    return 'ok'


@app.route('/import', methods=['POST'])
def import_file():
    data = request.files.get('data')
    if data:
        # expect: file-upload
        data.save('/tmp/import.bin')
    return 'ok'


@app.route('/checked', methods=['POST'])
def checked_but_unlimited():
    upload = request.files['file']
    if not allowed_file(upload.filename):
        return 'bad type', 400
    # The type is checked, but this app sets no size limit: any size is accepted.
    # expect: file-upload
    upload.save(os.path.join('/srv/uploads', uuid.uuid4().hex))
    return 'ok'


def write_report(report):
    # safe: file-upload
    report.save('/srv/reports/latest.pdf')


def save_model(model):
    # safe: file-upload
    model.save('/srv/models/latest')
