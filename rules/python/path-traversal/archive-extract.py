import io
import os
import tarfile
import zipfile

from flask import Flask, request

app = Flask(__name__)
DEST = '/srv/imports'


@app.route('/import/zip', methods=['POST'])
def import_zip():
    archive = zipfile.ZipFile(io.BytesIO(request.files['bundle'].read()))
    # expect: path-traversal
    archive.extractall(DEST)
    return 'ok'


@app.route('/import/tar', methods=['POST'])
def import_tar():
    with tarfile.open(fileobj=request.files['bundle'].stream) as tar:
        # expect: path-traversal
        tar.extractall(DEST)
    return 'ok'


@app.route('/import/tar-safe', methods=['POST'])
def import_tar_safe():
    with tarfile.open(fileobj=request.files['bundle'].stream) as tar:
        # safe: path-traversal
        tar.extractall(DEST, filter='data')
    return 'ok'


@app.route('/import/zip-checked', methods=['POST'])
def import_zip_checked():
    archive = zipfile.ZipFile(io.BytesIO(request.files['bundle'].read()))
    base = os.path.realpath(DEST)
    for member in archive.namelist():
        target = os.path.realpath(os.path.join(base, member))
        if os.path.commonpath([base, target]) != base:
            return 'bad archive', 400
    # safe: path-traversal
    archive.extractall(base)
    return 'ok'


@app.route('/import/member', methods=['POST'])
def import_member():
    archive = zipfile.ZipFile(io.BytesIO(request.data))
    # expect: path-traversal
    archive.extract(request.args['member'], DEST)
    return 'ok'


def unpack_release():
    with tarfile.open('/opt/releases/latest.tgz') as tar:
        # safe: path-traversal
        tar.extractall('/opt/app')
