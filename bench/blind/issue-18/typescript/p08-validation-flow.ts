// point 8: validation by flow — cleaning helpers and dominating guards count, checks elsewhere do not; allow-lists by shape
import express, { Request, Response } from 'express';
import path from 'path';
import { exec } from 'child_process';

const app = express();
const ROOT = '/srv/media';
const FORMATS: readonly string[] = ['png', 'jpg', 'webp'];
const SAFE_NAME = /^[A-Za-z0-9_-]{1,64}$/;

function cleanName(raw: unknown): string {
  return path.basename(String(raw)).replace(/[^A-Za-z0-9._-]/g, '');
}

function isAllowed(name: unknown): name is string {
  return typeof name === 'string' && SAFE_NAME.test(name);
}

app.get('/media/cleaned', (req: Request, res: Response) => {
  const name = cleanName(req.query.name);
  // safe: path-traversal
  res.sendFile(path.join(ROOT, name));
});

app.get('/media/guarded', (req: Request, res: Response) => {
  const name = req.query.name;
  if (!isAllowed(name)) {
    res.status(400).send('bad name');
    return;
  }
  // safe: path-traversal
  res.sendFile(path.join(ROOT, name + '.bin'));
});

app.get('/media/wrong-variable', (req: Request, res: Response) => {
  const name = req.query.name as string;
  const folder = req.query.folder;
  if (!isAllowed(folder)) {
    res.status(400).send('bad folder');
    return;
  }
  // expect: path-traversal
  res.sendFile(path.join(ROOT, folder, name));
});

app.get('/media/other-branch', (req: Request, res: Response) => {
  let name = req.query.name as string;
  if (req.query.strict) {
    name = cleanName(name);
  }
  // expect: path-traversal
  res.sendFile(path.join(ROOT, name));
});

app.get('/media/mentioned', (req: Request, res: Response) => {
  const name = req.query.name as string;
  console.info(`request for ${name} allowed=${isAllowed(name)}`);
  // expect: path-traversal
  res.sendFile(path.join(ROOT, name));
});

app.get('/media/convert', (req: Request, res: Response) => {
  const fmt = String(req.query.format);
  if (!FORMATS.includes(fmt)) {
    res.status(400).send('bad format');
    return;
  }
  // safe: cmdi
  exec(`convert /srv/media/in.tiff /srv/media/out.${fmt}`);
  res.sendStatus(202);
});

app.get('/media/convert-unchecked', (req: Request, res: Response) => {
  const fmt = String(req.query.format);
  const label = String(req.query.label);
  if (!FORMATS.includes(label)) {
    res.status(400).send('bad label');
    return;
  }
  // expect: cmdi
  exec(`convert /srv/media/in.tiff /srv/media/out.${fmt}`);
  res.sendStatus(202);
});

export default app;
