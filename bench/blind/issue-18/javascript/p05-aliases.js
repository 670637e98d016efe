// point 5: namespace requires, renamed destructuring and node: specifiers resolve to the same symbols
const express = require('express');
const cp = require('child_process');
const { exec: runShell } = require('node:child_process');
const fsp = require('node:fs/promises');
const nodePath = require('path');
const nodeCrypto = require('node:crypto');
const { createHash: hashWith } = require('crypto');

const app = express();
app.use(express.json());

app.get('/files', async (req, res) => {
  // expect: path-traversal
  const text = await fsp.readFile(nodePath.join('/srv/uploads', req.query.name), 'utf8');
  res.send(text);
});

app.post('/jobs', (req, res) => {
  const job = req.body.job;
  // expect: cmdi
  cp.exec('run-job ' + job);
  // expect: cmdi
  runShell('notify ' + job);
  // safe: cmdi
  cp.execFile('run-job', ['--list']);
  res.sendStatus(202);
});

function storePassword(password) {
  // expect: weak-crypto
  const legacy = hashWith('md5').update(password).digest('hex');
  // safe: weak-crypto
  const etag = nodeCrypto.createHash('sha256').update('static-asset-v2').digest('hex');
  return legacy + etag;
}

function newDownloadToken() {
  // expect: weak-random
  const weak = Math.random().toString(36).slice(2);
  // safe: weak-random
  const strong = nodeCrypto.randomBytes(16).toString('hex');
  return weak + strong;
}

module.exports = { app, storePassword, newDownloadToken };
