# class: path-traversal — zipfile/tarfile extractall on uploads without member checks (zip slip) vs checked members and tarfile filter="data"
import os
import tarfile
import zipfile

from flask import Flask, abort, request

app = Flask(__name__)
DEST = "/srv/imports"


@app.post("/imports/zip")
def import_zip():
    with zipfile.ZipFile(request.files["archive"]) as zf:
        # expect: path-traversal
        zf.extractall(DEST)
    return "", 204


@app.post("/imports/tar")
def import_tar():
    with tarfile.open(fileobj=request.files["archive"].stream, mode="r:gz") as tf:
        # expect: path-traversal
        tf.extractall(DEST)
    return "", 204


@app.post("/imports/tar-filtered")
def import_tar_filtered():
    with tarfile.open(fileobj=request.files["archive"].stream, mode="r:gz") as tf:
        # safe: path-traversal
        tf.extractall(DEST, filter="data")
    return "", 204


@app.post("/imports/zip-checked")
def import_zip_checked():
    base = os.path.realpath(DEST)
    with zipfile.ZipFile(request.files["archive"]) as zf:
        for member in zf.namelist():
            target = os.path.realpath(os.path.join(base, member))
            if os.path.commonpath([base, target]) != base:
                abort(400)
        # safe: path-traversal
        zf.extractall(base)
    return "", 204


@app.post("/imports/tar-members")
def import_tar_members():
    with tarfile.open(fileobj=request.files["archive"].stream) as tf:
        members = [m for m in tf.getmembers()]
        # expect: path-traversal
        tf.extractall(DEST, members=members)
    return "", 204
