# A Flask service as an assistant might write it. Labels mark what Warden should report.
import os
import pickle
import sqlite3
import subprocess

import requests
import yaml
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)
UPLOAD_FOLDER = '/srv/uploads'


@app.route('/upload', methods=['POST'])
def upload_file():
    file = request.files['file']
    filename = file.filename
    # expect: path-traversal, file-upload
    file.save(os.path.join(UPLOAD_FOLDER, filename))
    return 'File uploaded successfully!'


@app.route('/users')
def find_user():
    name = request.args.get('name')
    conn = sqlite3.connect('app.db')
    # expect: sqli
    rows = conn.execute("SELECT * FROM users WHERE name = '%s'" % name).fetchall()
    # safe: sqli
    same = conn.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchall()
    return jsonify(rows + same)


@app.route('/ping')
def ping():
    host = request.args['host']
    # expect: cmdi
    out = subprocess.check_output('ping -c 1 ' + host, shell=True)
    # safe: cmdi
    out2 = subprocess.run(['ping', '-c', '1', host], capture_output=True)
    return out + out2.stdout


@app.route('/import', methods=['POST'])
def import_settings():
    # expect: deserialization
    settings = pickle.loads(request.data)
    # expect: deserialization
    config = yaml.load(request.form['config'])
    # safe: deserialization
    safe_config = yaml.safe_load(request.form['config'])
    return jsonify(settings=settings, config=config, safe=safe_config)


@app.route('/fetch')
def fetch():
    url = request.args['url']
    # expect: ssrf
    return requests.get(url, timeout=5).text


@app.route('/login')
def after_login():
    # expect: open-redirect
    return redirect(request.args.get('next'))


@app.route('/report')
def report():
    try:
        return build_report()
    except Exception as e:
        # expect: info-leak
        return jsonify({'error': str(e)}), 500
