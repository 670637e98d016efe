# class: path-traversal — open, os.* and shutil.* file operations and pathlib with request data vs secure_filename / realpath containment
import os
import shutil
from pathlib import Path

from flask import Flask, abort, jsonify, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/srv/uploads"
ARCHIVE = Path("/srv/archive")


@app.get("/files/read")
def read_file():
    name = request.args["name"]
    # expect: path-traversal
    with open(os.path.join(UPLOADS, name)) as fh:
        return fh.read()


@app.post("/files/save")
def save_file():
    upload = request.files["file"]
    # safe: path-traversal
    upload.save(os.path.join(UPLOADS, secure_filename(upload.filename)))
    return "", 201


@app.post("/files/save-raw")
def save_raw():
    upload = request.files["file"]
    # expect: path-traversal
    upload.save(os.path.join(UPLOADS, upload.filename))
    return "", 201


@app.delete("/files")
def delete_file():
    name = request.args["name"]
    # expect: path-traversal
    os.remove(f"{UPLOADS}/{name}")
    return "", 204


@app.post("/files/archive")
def archive_file():
    name = request.form["name"]
    # expect: path-traversal
    shutil.move(os.path.join(UPLOADS, name), ARCHIVE / name)
    return "", 204


@app.post("/files/copy")
def copy_file():
    src = request.form["src"]
    # expect: path-traversal
    shutil.copyfile(src, os.path.join(UPLOADS, "copy.bin"))
    return "", 204


@app.delete("/folders")
def delete_folder():
    folder = request.args["folder"]
    # expect: path-traversal
    shutil.rmtree(ARCHIVE / folder)
    return "", 204


@app.get("/archive/list")
def list_archive():
    sub = request.args.get("sub", "")
    # expect: path-traversal
    return jsonify(sorted(os.listdir(os.path.join(str(ARCHIVE), sub))))


@app.get("/archive/text")
def archive_text():
    name = request.args["name"]
    # expect: path-traversal
    return Path(ARCHIVE, name).read_text()


@app.get("/archive/checked")
def archive_checked():
    name = request.args["name"]
    target = (ARCHIVE / name).resolve()
    if not target.is_relative_to(ARCHIVE.resolve()):
        abort(400)
    # safe: path-traversal
    return target.read_text()


@app.get("/files/checked")
def read_checked():
    base = os.path.realpath(UPLOADS)
    path = os.path.realpath(os.path.join(base, request.args["name"]))
    if not path.startswith(base + os.sep):
        abort(400)
    # safe: path-traversal
    with open(path) as fh:
        return fh.read()


@app.get("/files/by-id/<int:file_id>")
def by_id(file_id):
    # safe: path-traversal
    with open(os.path.join(UPLOADS, f"{file_id}.bin"), "rb") as fh:
        return fh.read()


@app.get("/files/basename")
def by_basename():
    name = os.path.basename(request.args["name"])
    # safe: path-traversal
    return Path(UPLOADS, name).read_bytes()
