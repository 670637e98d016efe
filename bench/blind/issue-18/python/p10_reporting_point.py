# point 10: where a finding is reported — explicit insecure setting on the setting, missing setting at the use
import ssl
import urllib.request

import requests
from flask import Flask, make_response, request
from flask_cors import CORS
from lxml import etree

app = Flask(__name__)
# expect: cors
CORS(app, origins="*", supports_credentials=True)


@app.route("/login", methods=["POST"])
def login():
    token = request.form["token"]
    # safe: insecure-cookie
    resp = make_response({"ok": True})
    resp.headers["Cache-Control"] = "no-store"
    resp.status_code = 200
    # expect: insecure-cookie
    resp.set_cookie("session", token)
    return resp


@app.route("/theme", methods=["POST"])
def theme():
    resp = make_response("ok")
    resp.set_cookie(
        "theme",
        "dark",
        httponly=True,
        # expect: insecure-cookie
        secure=False,
    )
    return resp


@app.route("/prefs", methods=["POST"])
def prefs():
    resp = make_response("ok")
    # safe: insecure-cookie
    resp.set_cookie("prefs", "compact", secure=True, httponly=True, samesite="Lax")
    return resp


@app.route("/import", methods=["POST"])
def import_xml():
    parser = etree.XMLParser(
        # expect: xxe
        resolve_entities=True,
        no_network=False,
    )
    doc = etree.fromstring(request.get_data(), parser)
    return doc.tag


@app.route("/status")
def upstream_status():
    ctx = ssl.create_default_context()
    ctx.load_verify_locations("/etc/ssl/internal-ca.pem")
    # safe: tls-verify
    urllib.request.urlopen("https://status.internal.example.com", context=ctx)
    insecure = ssl.create_default_context()
    # expect: tls-verify
    insecure.check_hostname = False
    # expect: tls-verify
    insecure.verify_mode = ssl.CERT_NONE
    resp = requests.get(
        "https://legacy.internal.example.com/health",
        timeout=5,
        # expect: tls-verify
        verify=False,
    )
    return resp.text
