// Benchmark template: an Express app in CommonJS.

import { cap, FIELDS, LanguageTemplate, NOUNS, pick } from './common';

export const JAVASCRIPT: LanguageTemplate = {
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
