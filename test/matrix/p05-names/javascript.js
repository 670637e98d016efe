// p05-names: every spelling of an imported name (require, destructuring, default/namespace/named import) is the same symbol; a local that shadows it is not
const express = require('express');
const proc = require('node:child_process');
const { exec: run } = require('child_process');
const fsModule = require('fs');
const { exec } = require('./db');

const app = express();

app.get('/ping', (req, res) => {
  // expect: cmdi
  proc.exec('ping -c 1 ' + req.query.host);
  res.send('ok');
});

app.get('/lookup', (req, res) => {
  // expect: cmdi
  run(`nslookup ${req.query.host}`);
  res.send('ok');
});

app.get('/file', (req, res) => {
  // expect: path-traversal
  fsModule.readFile('/srv/files/' + req.query.name, (err, data) => res.send(data));
});

function runWith(run, req) {
  // safe: cmdi
  run('ping -c 1 ' + req.query.host);
}

app.get('/report', (req, res) => {
  // safe: cmdi
  exec('SELECT name FROM reports WHERE id = ' + req.query.id);
  res.send(runWith);
});
