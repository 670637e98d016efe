// point 3: appending to a tainted variable keeps its taint (+=, concat, array join)
import express, { Request, Response } from 'express';
import { execSync } from 'child_process';
import Database from 'better-sqlite3';

const app = express();
const db = new Database('notes.db');

app.get('/list', (req: Request, res: Response) => {
  const p = req.query.dir as string;
  let c: string = p;
  c += ' -la';
  // expect: cmdi
  const listing = execSync('ls ' + c).toString();
  const parts: string[] = ['du', '-sh'];
  parts.push(p);
  // expect: cmdi
  const usage = execSync(parts.join(' ')).toString();
  let fixed = 'df';
  fixed += ' -h';
  // safe: cmdi
  const disk = execSync(fixed).toString();
  res.type('text').send(listing + usage + disk);
});

app.get('/notes', (req: Request, res: Response) => {
  const owner = String(req.query.owner);
  const sql = 'SELECT id, title FROM notes WHERE owner = '.concat("'", owner, "'");
  // expect: sqli
  const rows = db.prepare(sql).all();
  let count = 'SELECT COUNT(*) AS n FROM notes';
  count += ' WHERE archived = 0';
  // safe: sqli
  const total = db.prepare(count).get();
  res.json({ rows, total });
});

export default app;
