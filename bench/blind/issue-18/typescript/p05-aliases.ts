// point 5: namespace imports, renamed imports and node: specifiers resolve to the same symbols
import express, { Request, Response } from 'express';
import * as cp from 'child_process';
import { exec as runShell } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import nodePath from 'path';
import * as nodeCrypto from 'node:crypto';
import { createHash as hashWith, randomBytes } from 'crypto';

const app = express();
app.use(express.json());

app.get('/files', async (req: Request, res: Response) => {
  const name = req.query.name as string;
  // expect: path-traversal
  const text = await fsp.readFile(nodePath.join('/srv/uploads', name), 'utf8');
  res.send(text);
});

app.post('/jobs', (req: Request, res: Response) => {
  const job: string = req.body.job;
  // expect: cmdi
  cp.exec('run-job ' + job);
  // expect: cmdi
  runShell('notify ' + job);
  // safe: cmdi
  cp.execFile('run-job', ['--list']);
  res.sendStatus(202);
});

export function storePassword(password: string): string {
  // expect: weak-crypto
  const legacy = hashWith('md5').update(password).digest('hex');
  // safe: weak-crypto
  const etag = nodeCrypto.createHash('sha256').update('static-asset-v2').digest('hex');
  return legacy + etag;
}

export function newDownloadToken(): string {
  // expect: weak-random
  const weak = Math.floor(Math.random() * 1e16).toString(36);
  // safe: weak-random
  const strong = randomBytes(16).toString('hex');
  return weak + strong;
}

export default app;
