// Deterministic generators of realistic source files for the benchmark: web handlers, helpers and
// data classes in each language Warden scans, mostly safe code with a few vulnerable handlers
// (the mistakes the rules look for), so a scan does real taint work, not just a parse.

import type { LanguageId } from '../server/src/engine';
import { rng } from './rng';

export { rng };

type Rand = () => number;
const pick = <T>(r: Rand, items: readonly T[]): T => items[Math.floor(r() * items.length)];
const NOUNS = [
  'user',
  'order',
  'invoice',
  'account',
  'report',
  'session',
  'product',
  'payment',
  'profile',
  'ticket',
  'comment',
  'upload',
  'team',
  'project',
  'message',
];
const FIELDS = ['name', 'email', 'status', 'total', 'owner', 'title', 'created', 'region', 'priority', 'amount'];
const cap = (s: string): string => s[0].toUpperCase() + s.slice(1);

/** One unit of code (a function, handler or class) given its index and the random source. */
type Unit = (i: number, r: Rand, vulnerable: boolean) => string;

interface LanguageTemplate {
  extension: string;
  header: (r: Rand) => string;
  units: Unit[];
  /** Closes what header opened (Java's class). */
  footer?: string;
}

const PYTHON: LanguageTemplate = {
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

const JAVASCRIPT: LanguageTemplate = {
  extension: 'js',
  header: () => `// Generated benchmark module: an Express service with browser helpers.
'use strict';
const express = require('express');
const { execFile, exec } = require('child_process');
const path = require('path');
const fs = require('fs');

const app = express();
app.use(express.json());
const UPLOADS = path.resolve(__dirname, 'uploads');

`,
  units: [
    (i, r, vuln) => {
      const n = pick(r, NOUNS);
      const f = pick(r, FIELDS);
      const query = vuln
        ? `db.query("SELECT * FROM ${n}s WHERE ${f} = '" + req.query.${f} + "'")`
        : `db.query('SELECT * FROM ${n}s WHERE ${f} = ?', [req.query.${f}])`;
      return `app.get('/${n}s/search${i}', async (req, res) => {
  const limit = Math.min(Number(req.query.limit) || ${10 + Math.floor(r() * 90)}, 500);
  try {
    const rows = await ${query};
    res.json(rows.slice(0, limit).map((row) => ({ id: row.id, ${f}: row.${f} })));
  } catch (err) {
    console.error('search ${n} failed', err);
    res.status(500).json({ error: 'internal error' });
  }
});

`;
    },
    (i, r, vuln) => {
      const run = vuln
        ? `exec('ping -c 1 ' + req.query.host, (err, out) => res.send(out))`
        : `execFile('ping', ['-c', '1', String(req.query.host)], (err, out) => res.send(out))`;
      return `app.get('/diagnostics/ping${i}', (req, res) => {
  if (!req.query.host || req.query.host.length > ${50 + Math.floor(r() * 200)}) {
    return res.status(400).send('bad host');
  }
  ${run};
});

`;
    },
    (i, r, vuln) => {
      const n = pick(r, NOUNS);
      const cookie = vuln
        ? `document.cookie = \`${n}_\${id}_prefs=\${JSON.stringify(prefs)}\`;`
        : `localStorage.setItem(\`${n}_\${id}_prefs\`, JSON.stringify(prefs));`;
      return `function save${cap(n)}Preferences${i}(id, prefs) {
  if (!id || typeof prefs !== 'object') return false;
  ${cookie}
  console.log('preferences saved');
  return true;
}

`;
    },
    (i, r) => {
      const n = pick(r, NOUNS);
      const a = pick(r, FIELDS);
      const b = pick(r, FIELDS);
      return `function summarize${cap(n)}s${i}(items, threshold = ${Math.floor(r() * 100)}) {
  const groups = new Map();
  for (const item of items) {
    const key = item.${a} ?? 'unknown';
    const bucket = groups.get(key) ?? { count: 0, sum: 0 };
    bucket.count += 1;
    bucket.sum += Number(item.${b}) || 0;
    groups.set(key, bucket);
  }
  return [...groups.entries()]
    .filter(([, v]) => v.count >= threshold / 10)
    .sort((x, y) => y[1].sum - x[1].sum);
}

`;
    },
    (i, r) => {
      const n = cap(pick(r, NOUNS));
      const f = pick(r, FIELDS);
      return `class ${n}Store${i} {
  constructor(dir = UPLOADS) {
    this.dir = dir;
    this.cache = new Map();
  }

  read(id) {
    if (this.cache.has(id)) return this.cache.get(id);
    const file = path.join(this.dir, path.basename(String(id)) + '.json');
    const value = JSON.parse(fs.readFileSync(file, 'utf8'));
    this.cache.set(id, value);
    return value;
  }

  ${f}Of(id) {
    return this.read(id).${f};
  }
}

`;
    },
  ],
};

const TYPESCRIPT: LanguageTemplate = {
  extension: 'ts',
  header: () => `// Generated benchmark module: typed Express handlers and services.
import express, { Request, Response } from 'express';
import { execFile, exec } from 'child_process';
import * as path from 'path';
import * as fs from 'fs';

const app = express();
app.use(express.json());
const UPLOADS: string = path.resolve(__dirname, 'uploads');
interface Row { id: number; [field: string]: unknown }
declare const db: { query(sql: string, params?: unknown[]): Promise<Row[]> };

`,
  units: [
    (i, r, vuln) => {
      const n = pick(r, NOUNS);
      const f = pick(r, FIELDS);
      const query = vuln
        ? `db.query(\`SELECT * FROM ${n}s WHERE ${f} = '\${req.query.${f}}'\`)`
        : `db.query('SELECT * FROM ${n}s WHERE ${f} = ?', [String(req.query.${f})])`;
      return `app.get('/${n}s/search${i}', async (req: Request, res: Response): Promise<void> => {
  const limit: number = Math.min(Number(req.query.limit) || ${10 + Math.floor(r() * 90)}, 500);
  try {
    const rows: Row[] = await ${query};
    res.json(rows.slice(0, limit).map((row) => ({ id: row.id, ${f}: row.${f} })));
  } catch (err: unknown) {
    console.error('search ${n} failed', err);
    res.status(500).json({ error: 'internal error' });
  }
});

`;
    },
    (i, r, vuln) => {
      const run = vuln
        ? `exec('ping -c 1 ' + host, (err, out) => res.send(out))`
        : `execFile('ping', ['-c', '1', host], (err, out) => res.send(out))`;
      return `app.get('/diagnostics/ping${i}', (req: Request, res: Response) => {
  const host = String(req.query.host ?? '');
  if (host.length === 0 || host.length > ${50 + Math.floor(r() * 200)}) {
    res.status(400).send('bad host');
    return;
  }
  ${run};
});

`;
    },
    (i, r) => {
      const n = pick(r, NOUNS);
      const a = pick(r, FIELDS);
      const b = pick(r, FIELDS);
      return `export function summarize${cap(n)}s${i}(items: Array<Record<string, unknown>>, threshold = ${Math.floor(r() * 100)}): Array<[string, { count: number; sum: number }]> {
  const groups = new Map<string, { count: number; sum: number }>();
  for (const item of items) {
    const key = String(item.${a} ?? 'unknown');
    const bucket = groups.get(key) ?? { count: 0, sum: 0 };
    bucket.count += 1;
    bucket.sum += Number(item.${b}) || 0;
    groups.set(key, bucket);
  }
  return [...groups.entries()].filter(([, v]) => v.count >= threshold / 10).sort((x, y) => y[1].sum - x[1].sum);
}

`;
    },
    (i, r) => {
      const n = cap(pick(r, NOUNS));
      const f = pick(r, FIELDS);
      return `export class ${n}Store${i} {
  private readonly cache = new Map<string, Row>();

  constructor(private readonly dir: string = UPLOADS) {}

  read(id: string): Row {
    const hit = this.cache.get(id);
    if (hit) return hit;
    const file = path.join(this.dir, path.basename(id) + '.json');
    const value = JSON.parse(fs.readFileSync(file, 'utf8')) as Row;
    this.cache.set(id, value);
    return value;
  }

  ${f}Of(id: string): unknown {
    return this.read(id).${f};
  }
}

`;
    },
  ],
};

const GO: LanguageTemplate = {
  extension: 'go',
  header: () => `// Generated benchmark module: HTTP handlers and helpers.
package handlers

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os/exec"
	"sort"
	"strconv"
)

var db *sql.DB

`,
  units: [
    (i, r, vuln) => {
      const n = pick(r, NOUNS);
      const onError = vuln
        ? `fmt.Fprintf(w, "Error processing request: %v", err)`
        : `log.Printf("decode ${n}: %v", err)
		http.Error(w, "invalid request", http.StatusBadRequest)`;
      const run = vuln
        ? `out, _ := exec.Command("sh", "-c", data["command"].(string)).Output()`
        : `name, ok := data["name"].(string)
	if !ok {
		http.Error(w, "invalid name", http.StatusBadRequest)
		return
	}
	out, _ := exec.Command("/usr/bin/lookup", name).Output()`;
      return `func handle${cap(n)}${i}(w http.ResponseWriter, r *http.Request) {
	var data map[string]interface{}
	decoder := json.NewDecoder(r.Body)
	err := decoder.Decode(&data)
	if err != nil {
		${onError}
		return
	}
	${run}
	w.Write(out)
}

`;
    },
    (i, r, vuln) => {
      const n = pick(r, NOUNS);
      const f = pick(r, FIELDS);
      const query = vuln
        ? `db.Query("SELECT id, ${f} FROM ${n}s WHERE ${f} = '" + value + "'")`
        : `db.Query("SELECT id, ${f} FROM ${n}s WHERE ${f} = $1", value)`;
      return `func search${cap(n)}s${i}(w http.ResponseWriter, r *http.Request) {
	value := r.URL.Query().Get("${f}")
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil || limit <= 0 {
		limit = ${10 + Math.floor(r() * 90)}
	}
	rows, err := ${query}
	if err != nil {
		log.Printf("query: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	results := []map[string]string{}
	for rows.Next() && len(results) < limit {
		var id, v string
		if err := rows.Scan(&id, &v); err == nil {
			results = append(results, map[string]string{"id": id, "${f}": v})
		}
	}
	json.NewEncoder(w).Encode(results)
}

`;
    },
    (i, r) => {
      const n = cap(pick(r, NOUNS));
      const f = cap(pick(r, FIELDS));
      return `type ${n}${i} struct {
	ID    int
	${f} string
	Score float64
}

func rank${n}s${i}(items []${n}${i}, threshold float64) []${n}${i} {
	out := make([]${n}${i}, 0, len(items))
	for _, item := range items {
		if item.Score >= threshold {
			out = append(out, item)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Score > out[b].Score })
	return out
}

`;
    },
  ],
};

const JAVA: LanguageTemplate = {
  extension: 'java',
  header: () => `// Generated benchmark module: a service class with many endpoints.
package com.example.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class GeneratedService {
    private final Connection connection;
    private final Map<String, Object> cache = new HashMap<>();

    public GeneratedService(Connection connection) {
        this.connection = connection;
    }

`,
  footer: '}\n',
  units: [
    (i, r, vuln) => {
      const n = pick(r, NOUNS);
      const f = pick(r, FIELDS);
      const body = vuln
        ? `Statement statement = connection.createStatement();
        String query = "SELECT * FROM ${n}s WHERE ${f}='" + value + "'";
        ResultSet result = statement.executeQuery(query);`
        : `PreparedStatement statement = connection.prepareStatement("SELECT * FROM ${n}s WHERE ${f} = ?");
        statement.setString(1, value);
        ResultSet result = statement.executeQuery();`;
      return `    public List<String> find${cap(n)}By${cap(f)}${i}(String value) throws SQLException {
        ${body}
        List<String> out = new ArrayList<>();
        while (result.next() && out.size() < ${10 + Math.floor(r() * 90)}) {
            out.add(result.getString("${f}"));
        }
        return out;
    }

`;
    },
    (i, r) => {
      const n = pick(r, NOUNS);
      return `    public Map<String, Integer> count${cap(n)}s${i}(List<Map<String, String>> items) {
        Map<String, Integer> counts = new HashMap<>();
        for (Map<String, String> item : items) {
            String key = item.getOrDefault("${pick(r, FIELDS)}", "unknown");
            counts.merge(key, 1, Integer::sum);
        }
        if (counts.size() > ${Math.floor(r() * 1000)}) {
            cache.put("${n}-counts", counts);
        }
        return counts;
    }

`;
    },
    (i, r, vuln) => {
      const n = pick(r, NOUNS);
      const body = vuln
        ? `String sql = "DELETE FROM ${n}s WHERE owner = '" + owner + "' AND id = " + id;
        return connection.createStatement().executeUpdate(sql) > 0;`
        : `PreparedStatement ps = connection.prepareStatement("DELETE FROM ${n}s WHERE owner = ? AND id = ?");
        ps.setString(1, owner);
        ps.setInt(2, id);
        return ps.executeUpdate() > 0;`;
      return `    public boolean delete${cap(n)}${i}(String owner, int id) throws SQLException {
        if (owner == null || owner.isEmpty()) {
            throw new IllegalArgumentException("owner required");
        }
        ${body}
    }

`;
    },
  ],
};

export const TEMPLATES: Partial<Record<LanguageId, LanguageTemplate>> & Record<BenchLanguage, LanguageTemplate> = {
  python: PYTHON,
  javascript: JAVASCRIPT,
  typescript: TYPESCRIPT,
  go: GO,
  java: JAVA,
};

export type BenchLanguage = 'python' | 'javascript' | 'typescript' | 'go' | 'java';
export const BENCH_LANGUAGES: BenchLanguage[] = ['python', 'javascript', 'typescript', 'go', 'java'];

/** Share of handlers written with the vulnerable variant. */
const VULNERABLE_SHARE = 0.08;

/** A file of at least `lines` lines in `language`, the same for the same seed. */
export function generateFile(language: BenchLanguage, lines: number, seed: number): string {
  const t = TEMPLATES[language];
  const r = rng(seed);
  const parts = [t.header(r)];
  let count = parts[0].split('\n').length;
  const footerLines = t.footer ? t.footer.split('\n').length : 0;
  for (let i = 0; count + footerLines < lines; i++) {
    const unit = pick(r, t.units)(i, r, r() < VULNERABLE_SHARE);
    parts.push(unit);
    count += unit.split('\n').length - 1;
  }
  if (t.footer) parts.push(t.footer);
  return parts.join('');
}

export interface CorpusFile {
  relativePath: string;
  language: LanguageId;
  text: string;
}

/**
 * A multi-language corpus of about `totalBytes`, files of 80–600 lines spread over folders, the
 * languages in equal shares. Returned lazily so a 20 MB corpus is never held in memory twice.
 */
export function* generateCorpus(totalBytes: number, seed: number): Generator<CorpusFile> {
  const r = rng(seed);
  let bytes = 0;
  for (let i = 0; bytes < totalBytes; i++) {
    const language = BENCH_LANGUAGES[i % BENCH_LANGUAGES.length];
    const lines = 80 + Math.floor(r() * 520);
    const text = generateFile(language, lines, seed * 7919 + i);
    bytes += Buffer.byteLength(text);
    const base = language === 'java' ? 'GeneratedService' : `module_${i}`;
    yield {
      relativePath: `${language}/pkg${Math.floor(i / 50)}/${base}${language === 'java' ? i : ''}.${TEMPLATES[language].extension}`,
      language,
      text,
    };
  }
}
