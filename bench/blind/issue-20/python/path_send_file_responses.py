# class: path-traversal — Flask send_file/send_from_directory misuse, Django/Starlette FileResponse with request paths
import os

from django.http import FileResponse as DjangoFileResponse
from flask import Flask, request, send_file, send_from_directory
from starlette.requests import Request
from starlette.responses import FileResponse

app = Flask(__name__)
REPORT_DIR = "/srv/reports"


@app.get("/reports/download")
def download_report():
    name = request.args["name"]
    # expect: path-traversal
    return send_file(os.path.join(REPORT_DIR, name), as_attachment=True)


@app.get("/reports/from-dir")
def report_from_dir():
    # safe: path-traversal
    return send_from_directory(REPORT_DIR, request.args["name"], as_attachment=True)


@app.get("/reports/any-dir")
def report_any_dir():
    folder = request.args["folder"]
    # expect: path-traversal
    return send_from_directory(folder, "summary.pdf")


def django_download(request):
    path = request.GET["path"]
    # expect: path-traversal
    return DjangoFileResponse(open(os.path.join("/srv/exports", path), "rb"), as_attachment=True)


def django_download_fixed(request):
    year = int(request.GET["year"])
    # safe: path-traversal
    return DjangoFileResponse(open(f"/srv/exports/summary-{year}.pdf", "rb"), as_attachment=True)


async def starlette_asset(request: Request):
    asset = request.query_params["asset"]
    # expect: path-traversal
    return FileResponse(f"/srv/assets/{asset}")
