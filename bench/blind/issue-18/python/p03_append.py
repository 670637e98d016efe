# point 3: appending to a tainted variable keeps its taint (+=, join, StringIO, format)
import io
import sqlite3
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/list")
def list_dir():
    p = request.args["dir"]
    c = p
    c += " -la"
    # expect: cmdi
    out = subprocess.check_output("ls " + c, shell=True)
    parts = ["du", "-sh"]
    parts.append(p)
    # expect: cmdi
    usage = subprocess.check_output(" ".join(parts), shell=True)
    fixed = "df"
    fixed += " -h"
    # safe: cmdi
    disk = subprocess.check_output(fixed, shell=True)
    return out + usage + disk


@app.route("/notes")
def notes():
    owner = request.args["owner"]
    db = sqlite3.connect("notes.db")
    buf = io.StringIO()
    buf.write("SELECT id, title FROM notes WHERE owner = '")
    buf.write(owner)
    buf.write("'")
    # expect: sqli
    rows = db.execute(buf.getvalue()).fetchall()
    count_sql = "SELECT COUNT(*) FROM notes"
    count_sql += " WHERE archived = 0"
    # safe: sqli
    total = db.execute(count_sql).fetchone()
    return {"rows": rows, "total": total[0]}
