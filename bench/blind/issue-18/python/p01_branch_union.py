# point 1: branch union — after an if/else a variable carries what every path gave it
import os
import subprocess

from flask import Flask, request, send_file

app = Flask(__name__)


@app.route("/backup", methods=["POST"])
def backup():
    target = request.form.get("target")
    if target is None:
        target = ""
    # expect: cmdi
    os.system("tar czf /backups/site.tgz " + target)
    return "started"


@app.route("/docs")
def docs():
    page = request.args.get("page")
    if not page:
        page = "index.html"
    # expect: path-traversal
    return send_file(os.path.join("/srv/docs", page))


@app.route("/docs/latest")
def docs_latest():
    page = request.args.get("page")
    # the request value is dropped on every path
    page = "latest.html"
    # safe: path-traversal
    return send_file(os.path.join("/srv/docs", page))


@app.route("/reindex", methods=["POST"])
def reindex():
    mode = request.form.get("mode", "quick")
    if mode == "full":
        script = "full-reindex.sh"
    else:
        script = "quick-reindex.sh"
    # safe: cmdi
    subprocess.run("/opt/search/" + script, shell=True, check=True)
    return "ok"


@app.route("/ping")
def ping():
    host = "localhost"
    if "host" in request.args:
        host = request.args["host"]
    # expect: cmdi
    out = subprocess.check_output(f"ping -c 1 {host}", shell=True)
    return out
