// class: path-traversal, xss, sqli — Express in TypeScript: typed Request generics, route params, body DTO interfaces
import express, { Request, Response, Router } from 'express';
import path from 'path';
import fs from 'fs/promises';
import Database from 'better-sqlite3';

interface ShareBody {
  fileName: string;
  note: string;
}

const router: Router = express.Router();
const db = new Database('data/files.db');
const FILES_ROOT = path.resolve('/srv/files');

router.get('/files/:name', async (req: Request<{ name: string }>, res: Response) => {
  // expect: path-traversal
  const data = await fs.readFile(path.join(FILES_ROOT, req.params.name));
  res.send(data);
});

router.get('/files-rooted/:name', (req: Request<{ name: string }>, res: Response) => {
  // safe: path-traversal
  res.sendFile(req.params.name, { root: FILES_ROOT });
});

router.post('/share', async (req: Request<{}, {}, ShareBody>, res: Response) => {
  const { fileName, note } = req.body;
  // expect: sqli
  db.exec(`INSERT INTO shares (file, note) VALUES ('${fileName}', '${note}')`);
  res.status(201).send(`<p>Shared ${fileName}</p>`);
});

router.post('/share-safe', (req: Request<{}, {}, ShareBody>, res: Response) => {
  const insert = db.prepare('INSERT INTO shares (file, note) VALUES (?, ?)');
  // safe: sqli
  insert.run(req.body.fileName, req.body.note);
  res.sendStatus(201);
});

router.get('/search', (req: Request<{}, {}, {}, { q?: string }>, res: Response) => {
  const q = req.query.q ?? '';
  // expect: xss
  res.send('<h2>Results for ' + q + '</h2>');
});

router.get('/notes/:id', (req: Request<{ id: string }>, res: Response) => {
  // expect: sqli
  const row = db.prepare('SELECT * FROM notes WHERE id = ' + req.params.id).get();
  res.json(row);
});

export default router;
