// point 8: validation by flow — cleaning helpers and dominating guards count, checks elsewhere do not; allow-lists by shape
const express = require('express');
const path = require('path');
const { exec } = require('child_process');

const app = express();
const ROOT = '/srv/media';
const FORMATS = new Set(['png', 'jpg', 'webp']);
const SAFE_NAME = /^[A-Za-z0-9_-]{1,64}$/;

function cleanName(raw) {
  return path.basename(String(raw)).replace(/[^A-Za-z0-9._-]/g, '');
}

function isAllowed(name) {
  return SAFE_NAME.test(name);
}

app.get('/media/cleaned', (req, res) => {
  const name = cleanName(req.query.name);
  // safe: path-traversal
  res.sendFile(path.join(ROOT, name));
});

app.get('/media/guarded', (req, res) => {
  const name = req.query.name;
  if (!isAllowed(name)) return res.status(400).send('bad name');
  // safe: path-traversal
  res.sendFile(path.join(ROOT, name + '.bin'));
});

app.get('/media/wrong-variable', (req, res) => {
  const { name, folder } = req.query;
  if (!isAllowed(folder)) return res.status(400).send('bad folder');
  // expect: path-traversal
  res.sendFile(path.join(ROOT, folder, name));
});

app.get('/media/other-branch', (req, res) => {
  let name = req.query.name;
  if (req.query.strict) {
    name = cleanName(name);
  }
  // expect: path-traversal
  res.sendFile(path.join(ROOT, name));
});

app.get('/media/mentioned', (req, res) => {
  const name = req.query.name;
  console.log(`request for ${name} allowed=${isAllowed(name)}`);
  // expect: path-traversal
  res.sendFile(path.join(ROOT, name));
});

app.get('/media/convert', (req, res) => {
  const fmt = req.query.format;
  if (!FORMATS.has(fmt)) {
    return res.status(400).send('bad format');
  }
  // safe: cmdi
  exec(`convert /srv/media/in.tiff /srv/media/out.${fmt}`, () => res.sendStatus(202));
});

app.get('/media/convert-unchecked', (req, res) => {
  const fmt = req.query.format;
  const label = req.query.label;
  if (!FORMATS.has(label)) {
    return res.status(400).send('bad label');
  }
  // expect: cmdi
  exec(`convert /srv/media/in.tiff /srv/media/out.${fmt}`, () => res.sendStatus(202));
});

module.exports = app;
