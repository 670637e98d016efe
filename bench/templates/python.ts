// Benchmark template: a Flask service with helpers.

import { cap, FIELDS, LanguageTemplate, NOUNS, pick } from './common';

export const PYTHON: LanguageTemplate = {
  extension: 'py',
  header: () => `# Generated benchmark module: a Flask service with helpers.
import os
import json
import sqlite3
import subprocess
import logging

from flask import Flask, jsonify, request, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config['MAX_CONTENT_LENGTH'] = 16 * 1024 * 1024
UPLOAD_FOLDER = '/srv/uploads'
log = logging.getLogger(__name__)

`,
  units: [
    (i, r, vuln) => {
      const n = pick(r, NOUNS);
      const f = pick(r, FIELDS);
      const query = vuln
        ? `"SELECT * FROM ${n}s WHERE ${f} = '%s'" % value`
        : `"SELECT * FROM ${n}s WHERE ${f} = ?", (value,)`;
      return `@app.route('/${n}s/search${i}')
def search_${n}s_${i}():
    value = request.args.get('${f}', '')
    limit = int(request.args.get('limit', ${10 + Math.floor(r() * 90)}))
    conn = sqlite3.connect('app.db')
    try:
        rows = conn.execute(${query}).fetchall()
    finally:
        conn.close()
    results = []
    for row in rows[:limit]:
        results.append({'id': row[0], '${f}': row[1]})
    log.info('search ${n} %d results', len(results))
    return jsonify(results)

`;
    },
    (i, r, vuln) => {
      const n = pick(r, NOUNS);
      const save = vuln
        ? `file.save(os.path.join(UPLOAD_FOLDER, file.filename))`
        : `name = secure_filename(file.filename)
    if not name.lower().endswith(('.png', '.jpg', '.pdf')):
        abort(400)
    file.save(os.path.join(UPLOAD_FOLDER, name))`;
      return `@app.route('/${n}s/<int:item_id>/attachment${i}', methods=['POST'])
def upload_${n}_${i}(item_id):
    if 'file' not in request.files:
        abort(400)
    file = request.files['file']
    ${save}
    return jsonify({'id': item_id, 'stored': True})

`;
    },
    (i, r, vuln) => {
      const cmd = vuln
        ? `subprocess.check_output('ping -c 1 ' + host, shell=True)`
        : `subprocess.run(['ping', '-c', '1', host], capture_output=True, check=False).stdout`;
      return `@app.route('/diagnostics/ping${i}')
def ping_${i}():
    host = request.args.get('host', 'localhost')
    if len(host) > ${50 + Math.floor(r() * 200)}:
        abort(400)
    out = ${cmd}
    return out

`;
    },
    (i, r) => {
      const n = pick(r, NOUNS);
      const a = pick(r, FIELDS);
      const b = pick(r, FIELDS);
      return `def summarize_${n}s_${i}(items, threshold=${Math.floor(r() * 100)}):
    """Groups ${n}s by ${a} and totals their ${b}."""
    groups = {}
    for item in items:
        key = item.get('${a}') or 'unknown'
        bucket = groups.setdefault(key, {'count': 0, 'sum': 0})
        bucket['count'] += 1
        bucket['sum'] += float(item.get('${b}', 0) or 0)
    ranked = sorted(groups.items(), key=lambda kv: kv[1]['sum'], reverse=True)
    return [(k, v) for k, v in ranked if v['count'] >= threshold // 10]

`;
    },
    (i, r) => {
      const n = cap(pick(r, NOUNS));
      const f = pick(r, FIELDS);
      return `class ${n}Repository${i}:
    def __init__(self, db_path='app.db'):
        self.db_path = db_path
        self.cache = {}

    def get(self, key):
        if key in self.cache:
            return self.cache[key]
        conn = sqlite3.connect(self.db_path)
        row = conn.execute('SELECT ${f} FROM ${n.toLowerCase()}s WHERE id = ?', (key,)).fetchone()
        conn.close()
        self.cache[key] = row
        return row

    def to_json(self, key):
        return json.dumps({'id': key, '${f}': self.get(key)})

`;
    },
  ],
};
