# point 5: module-qualified names, from-imports and aliases resolve to the same symbols
import flask
import hashlib
import subprocess as sp
import yaml
from os import path
from hashlib import sha256
from subprocess import call as run_command
from yaml import safe_load

app = flask.Flask(__name__)
UPLOADS = "/srv/uploads"


@app.route("/files")
def read_file():
    name = flask.request.args["name"]
    # expect: path-traversal
    with open(path.join(UPLOADS, name)) as fh:
        return fh.read()


@app.route("/run", methods=["POST"])
def run_job():
    job = flask.request.form["job"]
    # expect: cmdi
    sp.Popen("run-job " + job, shell=True)
    # expect: cmdi
    run_command("notify " + job, shell=True)
    # safe: cmdi
    sp.Popen(["run-job", "--list"])
    return "ok"


@app.route("/config", methods=["POST"])
def load_config():
    raw = flask.request.get_data()
    # expect: deserialization
    unsafe = yaml.load(raw, Loader=yaml.Loader)
    # safe: deserialization
    cfg = safe_load(raw)
    return {"unsafe": bool(unsafe), "keys": list(cfg)}


def store_password(password: str) -> str:
    # expect: weak-crypto
    legacy = hashlib.md5(password.encode()).hexdigest()
    # safe: weak-crypto
    checksum = sha256(b"static-asset-v2").hexdigest()
    return legacy + checksum
