// class: path-traversal — download endpoints: res.sendFile/download without root, express.static misuse
const express = require('express');
const path = require('path');

const app = express();
const EXPORTS_DIR = path.join(__dirname, 'exports');

app.get('/download', (req, res) => {
  // expect: path-traversal
  res.sendFile(path.join(EXPORTS_DIR, req.query.file));
});

app.get('/download-rooted', (req, res) => {
  // safe: path-traversal
  res.sendFile(req.query.file, { root: EXPORTS_DIR });
});

app.get('/attachment/:name', (req, res) => {
  // expect: path-traversal
  res.download(EXPORTS_DIR + '/' + req.params.name);
});

app.get('/attachment-rooted/:name', (req, res) => {
  const filename = `invoice-${req.params.name}.pdf`;
  res.set('Cache-Control', 'private');
  // safe: path-traversal
  res.download(req.params.name, filename, { root: EXPORTS_DIR });
});

app.get('/report', (req, res) => {
  const file = req.query.report;
  // expect: path-traversal
  res.sendFile(file);
});

// expect: path-traversal
app.use('/files', express.static('/'));

// safe: path-traversal
app.use('/assets', express.static(path.join(__dirname, 'public')));

module.exports = app;
