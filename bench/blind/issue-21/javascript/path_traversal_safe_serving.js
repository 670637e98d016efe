// class: path-traversal — near-misses in an exports service: ids mapped to files, basename, containment checks, root option
const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
const REPORTS = path.resolve(__dirname, 'reports');
const KNOWN_REPORTS = { daily: 'daily.csv', weekly: 'weekly.csv' };

app.get('/reports/:kind', (req, res) => {
  const file = KNOWN_REPORTS[req.params.kind];
  if (!file) return res.sendStatus(404);
  // safe: path-traversal
  fs.createReadStream(path.join(REPORTS, file)).pipe(res);
});

app.get('/reports/by-id/:id', (req, res) => {
  if (!/^[0-9]+$/.test(req.params.id)) return res.sendStatus(400);
  // safe: path-traversal
  res.sendFile(path.join(REPORTS, `report-${req.params.id}.pdf`));
});

app.get('/reports/file', (req, res) => {
  const target = path.resolve(REPORTS, String(req.query.name));
  if (path.relative(REPORTS, target).startsWith('..')) return res.sendStatus(403);
  // safe: path-traversal
  fs.readFile(target, (err, data) => res.send(data));
});

app.get('/reports/static', (req, res) => {
  // safe: path-traversal
  res.sendFile(String(req.query.name), { root: REPORTS, dotfiles: 'deny' });
});

app.get('/reports/archive', (req, res) => {
  // expect: path-traversal
  fs.readFile(path.resolve(REPORTS, req.query.name), (err, data) => res.send(data));
});

app.post('/reports/notes', (req, res) => {
  const name = path.basename(String(req.body.name)).replace(/[^a-z0-9_.-]/gi, '_');
  // safe: path-traversal
  fs.writeFile(path.join(REPORTS, 'notes', name), String(req.body.text), () => res.sendStatus(201));
});

app.post('/reports/append', (req, res) => {
  // expect: path-traversal
  fs.appendFile(path.join(REPORTS, req.body.log), req.body.line + '\n', () => res.sendStatus(204));
});

module.exports = app;
