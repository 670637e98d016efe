# class: cmdi/sqli/path-traversal — Flask request reached as flask.request, aliased imports and module aliases
import os
import sqlite3
import subprocess

import flask
import flask as fl
from flask import Flask, jsonify
from flask import request as r

app = Flask(__name__)
DB_PATH = "/srv/app/app.db"


@app.route("/tools/lookup")
def lookup():
    domain = flask.request.args.get("domain", "")
    # expect: cmdi
    out = subprocess.check_output(f"nslookup {domain}", shell=True)
    return out.decode()


@app.route("/tools/lookup-safe")
def lookup_safe():
    domain = flask.request.args.get("domain", "")
    # safe: cmdi
    out = subprocess.check_output(["nslookup", domain])
    return out.decode()


@app.route("/notes/<int:note_id>")
def note(note_id):
    owner = r.args["owner"]
    conn = sqlite3.connect(DB_PATH)
    # expect: sqli
    row = conn.execute(f"SELECT body FROM notes WHERE id = {note_id} AND owner = '{owner}'").fetchone()
    return jsonify(body=row[0] if row else None)


@app.route("/notes/by-title")
def note_by_title():
    title = r.form.get("title")
    conn = sqlite3.connect(DB_PATH)
    # safe: sqli
    rows = conn.execute("SELECT id FROM notes WHERE title = ?", (title,)).fetchall()
    return jsonify(ids=[x[0] for x in rows])


@app.post("/export")
def export():
    payload = fl.request.get_json()
    # expect: path-traversal
    with open(os.path.join("/srv/exports", payload["filename"]), "w") as fh:
        fh.write(payload.get("content", ""))
    return "", 204


@app.route("/avatar")
def avatar():
    name = fl.request.cookies.get("avatar")
    # expect: path-traversal
    return fl.send_file(os.path.join("/srv/avatars", name))


@app.route("/ping", methods=["POST"])
def ping():
    host = flask.request.values["host"]
    # expect: cmdi
    os.system("ping -c 1 " + host)
    return "sent"
