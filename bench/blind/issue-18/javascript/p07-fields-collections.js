// point 7: flow through class fields, same-file helper returns, Map/array collections and destructuring
const express = require('express');
const fs = require('fs');
const path = require('path');
const { exec } = require('child_process');

class ExportJob {
  constructor() {
    this.archiveName = 'export.zip';
    this.exportDir = null;
  }

  prepare(req) {
    this.exportDir = req.body.dir;
  }

  run() {
    // expect: cmdi
    exec('zip -r /tmp/out.zip ' + this.exportDir);
    // safe: cmdi
    exec('zip -r /tmp/' + this.archiveName + ' /srv/static');
  }
}

function userFile(req) {
  return path.join('/srv/exports', req.query.file);
}

function templateFile() {
  return '/srv/templates/default.txt';
}

const app = express();
app.use(express.json());

app.post('/export', (req, res) => {
  const job = new ExportJob();
  job.prepare(req);
  job.run();
  res.sendStatus(202);
});

app.get('/export/file', (req, res) => {
  // expect: path-traversal
  const body = fs.readFileSync(userFile(req), 'utf8');
  // safe: path-traversal
  const template = fs.readFileSync(templateFile(), 'utf8');
  res.send(template + body);
});

app.post('/export/batch', (req, res) => {
  const targets = [req.body.target];
  const opts = new Map();
  opts.set('format', req.body.format);
  opts.set('level', '9');
  const { src, dest = '/tmp/out' } = req.body;
  // expect: cmdi
  exec('tar cf /tmp/batch.tar ' + targets[0]);
  // expect: cmdi
  exec('convert --format ' + opts.get('format'));
  // safe: cmdi
  exec('gzip -' + opts.get('level') + ' /tmp/batch.tar');
  // expect: cmdi
  exec(`cp -r ${src} ${dest}`);
  res.sendStatus(202);
});

module.exports = app;
