# Reporting microservice: scheduled exports, ad-hoc queries, webhooks (Flask + psycopg2 + pymysql).
import datetime
import hashlib
import logging
import os
import random
import subprocess
import tempfile

import psycopg2
import pymysql
import requests
from flask import Flask, Response, abort, jsonify, request, send_from_directory
from jinja2 import Environment, FileSystemLoader, select_autoescape

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024
log = logging.getLogger("reports")
EXPORT_DIR = "/var/exports"
# safe: xss
env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))
# expect: hardcoded-secret
WEBHOOK_TOKEN = "whsec_9f8e7d6c5b4a39281706"
ALLOWED_TABLES = {"sales": "sales_summary", "users": "user_summary"}


def pg():
    # safe: hardcoded-secret
    return psycopg2.connect(host=os.environ["PGHOST"], user="reports", password=os.environ["PGPASSWORD"], dbname="reports")


def mysql():
    # expect: hardcoded-secret
    return pymysql.connect(host="mysql.internal", user="reporter", password="R3p0rts!", database="legacy")


@app.route("/reports/<table>")
def report(table):
    start = request.args.get("start", "2024-01-01")
    name = ALLOWED_TABLES.get(table)
    if name is None:
        abort(404)
    with pg() as conn, conn.cursor() as cur:
        # safe: sqli
        cur.execute(f"SELECT * FROM {name} WHERE day >= %s", (start,))
        rows = cur.fetchall()
    return jsonify(rows)


@app.route("/legacy/customers")
def legacy_customers():
    region = request.args.get("region", "")
    limit = request.args.get("limit", "100")
    conn = mysql()
    with conn.cursor() as cur:
        # expect: sqli
        cur.execute("SELECT id, name FROM customers WHERE region = '" + region + "' LIMIT " + limit)
        return jsonify(cur.fetchall())


@app.route("/exports", methods=["POST"])
def create_export():
    body = request.get_json(force=True)
    table = body.get("table", "sales")
    fmt = body.get("format", "csv")
    filename = f"{table}-{datetime.date.today()}.{fmt}"
    out_path = os.path.join(EXPORT_DIR, filename)
    # expect: cmdi
    os.system(f"psql -c \"\\copy {table} TO '{out_path}' CSV HEADER\"")
    # safe: cmdi
    subprocess.run(["gzip", "-k", out_path], check=True)
    return jsonify({"file": filename}), 201


@app.route("/exports/<path:filename>")
def get_export(filename):
    # safe: path-traversal
    return send_from_directory(EXPORT_DIR, filename, as_attachment=True)


@app.route("/exports/raw")
def raw_export():
    filename = request.args["file"]
    # expect: path-traversal
    with open(os.path.join(EXPORT_DIR, filename), "rb") as fh:
        return Response(fh.read(), mimetype="application/octet-stream")


@app.route("/preview")
def preview():
    title = request.args.get("title", "Report")
    template = env.get_template("preview.html")
    # safe: xss
    return template.render(title=title)


@app.route("/preview/raw")
def preview_raw():
    title = request.args.get("title", "Report")
    # expect: xss
    return "<html><head><title>" + title + "</title></head><body>Preview</body></html>"


@app.route("/webhooks/notify", methods=["POST"])
def notify():
    target = request.json["callback_url"]
    payload = {"event": "export.ready", "sent": datetime.datetime.utcnow().isoformat()}
    try:
        # expect: ssrf
        requests.post(target, json=payload, headers={"X-Token": WEBHOOK_TOKEN}, timeout=5)
    except requests.RequestException as err:
        log.warning("webhook failed: %s", err)
        # safe: info-leak
        return jsonify({"error": "callback failed"}), 502
    return jsonify({"ok": True})


@app.route("/api-keys", methods=["POST"])
def create_api_key():
    owner = request.form["owner"]
    # expect: weak-random
    api_key = "rk_" + "".join(random.choice("abcdef0123456789") for _ in range(32))
    # safe: weak-crypto
    fingerprint = hashlib.sha256(api_key.encode()).hexdigest()
    return jsonify({"owner": owner, "key": api_key, "fingerprint": fingerprint})


@app.route("/sample")
def sample_rows():
    # safe: weak-random
    offset = random.randint(0, 1000)
    return jsonify({"offset": offset})


@app.route("/debug/run", methods=["POST"])
def debug_run():
    script = request.form["script"]
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as tmp:
        tmp.write(script)
    # expect: cmdi
    result = subprocess.run("python3 " + tmp.name + " " + request.form.get("args", ""), shell=True, capture_output=True, text=True)
    return jsonify({"stdout": result.stdout, "stderr": result.stderr})


@app.errorhandler(Exception)
def handle_error(exc):
    log.exception("unhandled error")
    # expect: info-leak
    return jsonify({"error": type(exc).__name__, "message": str(exc)}), 500


if __name__ == "__main__":
    # safe: info-leak
    app.run(host="127.0.0.1", port=8080, debug=os.environ.get("REPORTS_DEBUG") == "1")
