// class: path-traversal — document store: fs callback/promises/sync, fs-extra, helpers and object fields
const express = require('express');
const fs = require('fs');
const fsp = require('fs/promises');
const fse = require('fs-extra');
const path = require('path');

const router = express.Router();
const DOCS_ROOT = path.resolve('/srv/app/documents');

function documentPath(name) {
  return path.join(DOCS_ROOT, name);
}

router.get('/docs/raw', (req, res) => {
  // expect: path-traversal
  fs.readFile(path.join(DOCS_ROOT, req.query.name), 'utf8', (err, text) => res.send(text));
});

router.get('/docs/promise', async (req, res) => {
  // expect: path-traversal
  const text = await fsp.readFile(documentPath(req.query.name), 'utf8');
  res.type('text/plain').send(text);
});

router.get('/docs/stream', (req, res) => {
  const job = { source: path.resolve(DOCS_ROOT, req.query.file) };
  // expect: path-traversal
  fs.createReadStream(job.source).pipe(res);
});

router.delete('/docs/:name', (req, res) => {
  // expect: path-traversal
  fs.unlinkSync(DOCS_ROOT + '/' + req.params.name);
  res.sendStatus(204);
});

router.post('/docs/copy', async (req, res) => {
  // expect: path-traversal
  await fse.copy(path.join(DOCS_ROOT, req.body.from), path.join(DOCS_ROOT, 'archive'));
  res.sendStatus(201);
});

router.post('/docs/save', async (req, res) => {
  // expect: path-traversal
  await fse.outputFile(`${DOCS_ROOT}/${req.body.name}`, req.body.content);
  res.sendStatus(201);
});

router.get('/docs/basename', (req, res) => {
  // safe: path-traversal
  const text = fs.readFileSync(path.join(DOCS_ROOT, path.basename(req.query.name)), 'utf8');
  res.type('text/plain').send(text);
});

router.get('/docs/checked', async (req, res) => {
  const target = path.resolve(DOCS_ROOT, String(req.query.name));
  if (!target.startsWith(DOCS_ROOT + path.sep)) return res.sendStatus(403);
  // safe: path-traversal
  const text = await fsp.readFile(target, 'utf8');
  res.type('text/plain').send(text);
});

module.exports = router;
