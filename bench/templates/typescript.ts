// Benchmark template: an Express app in TypeScript.

import { cap, FIELDS, LanguageTemplate, NOUNS, pick } from './common';

export const TYPESCRIPT: LanguageTemplate = {
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
