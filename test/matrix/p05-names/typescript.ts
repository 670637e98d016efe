// p05-names: every spelling of an imported name (default, namespace, named with alias) is the same symbol; a local that shadows it is not
import express from 'express';
import * as cp from 'child_process';
import { execSync as runSync } from 'child_process';
import fsp from 'fs';
import { execSync } from './build-tools';

const app = express();

app.get('/ping', (req, res) => {
  // expect: cmdi
  cp.execSync('ping -c 1 ' + req.query.host);
  res.send('ok');
});

app.get('/lookup', (req, res) => {
  // expect: cmdi
  runSync(`nslookup ${req.query.host}`);
  res.send('ok');
});

app.get('/file', (req, res) => {
  // expect: path-traversal
  res.send(fsp.readFileSync('/srv/files/' + req.query.name));
});

function withRunner(runSync: (c: string) => void, host: string): void {
  // safe: cmdi
  runSync('ping -c 1 ' + host);
}

app.get('/build', (req, res) => {
  // safe: cmdi
  execSync('make ' + String(req.query.target));
  res.send(String(withRunner));
});
