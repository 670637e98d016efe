# point 7: flow through instance fields, same-file helper returns, collections and destructuring
import os
import subprocess

from flask import Flask, request
from flask.views import MethodView

app = Flask(__name__)


class ExportJob:
    def __init__(self):
        self.archive_name = "export.zip"
        self.export_dir = None

    def prepare(self, req):
        self.export_dir = req.args["dir"]

    def run(self):
        # expect: cmdi
        subprocess.run("zip -r /tmp/out.zip " + self.export_dir, shell=True)
        # safe: cmdi
        subprocess.run("zip -r /tmp/" + self.archive_name + " /srv/static", shell=True)


class ExportView(MethodView):
    def post(self):
        job = ExportJob()
        job.prepare(request)
        job.run()
        return "queued"


def user_file(req):
    return os.path.join("/srv/exports", req.args["file"])


def template_file():
    return "/srv/templates/default.txt"


@app.route("/export/file")
def export_file():
    # expect: path-traversal
    with open(user_file(request)) as fh:
        body = fh.read()
    # safe: path-traversal
    with open(template_file()) as fh:
        template = fh.read()
    return template + body


@app.route("/export/batch", methods=["POST"])
def export_batch():
    targets = [request.form["target"]]
    opts = {"format": request.form["format"], "level": "9"}
    src, dest = request.form["src"], "/tmp/out"
    # expect: cmdi
    subprocess.run("tar cf /tmp/batch.tar " + targets[0], shell=True)
    # expect: cmdi
    subprocess.run("convert --format " + opts["format"], shell=True)
    # safe: cmdi
    subprocess.run("gzip -" + opts["level"] + " /tmp/batch.tar", shell=True)
    # expect: cmdi
    subprocess.run(f"cp -r {src} {dest}", shell=True)
    return "ok"


app.add_url_rule("/export", view_func=ExportView.as_view("export"))
