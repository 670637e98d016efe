# point 8: validation by flow — cleaning helpers and dominating guards count, checks elsewhere do not; allow-lists by shape
import os
import re
import subprocess

from flask import Flask, abort, request, send_file
from werkzeug.utils import secure_filename

app = Flask(__name__)
ROOT = "/srv/media"
FORMATS = {"png", "jpg", "webp"}
SAFE_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")


def clean_name(raw):
    return secure_filename(os.path.basename(raw))


def is_allowed(name):
    return SAFE_NAME.fullmatch(name) is not None


@app.route("/media/cleaned")
def cleaned():
    name = clean_name(request.args["name"])
    # safe: path-traversal
    return send_file(os.path.join(ROOT, name))


@app.route("/media/guarded")
def guarded():
    name = request.args["name"]
    if not is_allowed(name):
        abort(400)
    # safe: path-traversal
    return send_file(os.path.join(ROOT, name + ".bin"))


@app.route("/media/wrong-variable")
def wrong_variable():
    name = request.args["name"]
    folder = request.args["folder"]
    if not is_allowed(folder):
        return "bad folder", 400
    # expect: path-traversal
    return send_file(os.path.join(ROOT, folder, name))


@app.route("/media/other-branch")
def other_branch():
    name = request.args["name"]
    if request.args.get("strict"):
        name = clean_name(name)
    # expect: path-traversal
    return send_file(os.path.join(ROOT, name))


@app.route("/media/mentioned")
def mentioned():
    name = request.args["name"]
    app.logger.info("request for %s allowed=%s", name, is_allowed(name))
    # expect: path-traversal
    return send_file(os.path.join(ROOT, name))


@app.route("/media/convert")
def convert():
    fmt = request.args["format"]
    if fmt not in FORMATS:
        abort(400)
    # safe: cmdi
    subprocess.run(f"convert /srv/media/in.tiff /srv/media/out.{fmt}", shell=True)
    return "ok"


@app.route("/media/convert-unchecked")
def convert_unchecked():
    fmt = request.args["format"]
    label = request.args["label"]
    if label not in FORMATS:
        abort(400)
    # expect: cmdi
    subprocess.run(f"convert /srv/media/in.tiff /srv/media/out.{fmt}", shell=True)
    return "ok"
