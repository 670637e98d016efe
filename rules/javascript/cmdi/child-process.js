const express = require('express');
const { exec, execSync, execFile, spawn } = require('child_process');
const childProcess = require('child_process');
const path = require('path');

const app = express();
const TOOLS_DIR = '/opt/tools';

app.get('/ping', (req, res) => {
  // expect: cmdi
  exec('ping -c 4 ' + req.query.host, (err, stdout) => res.send(stdout));
});

app.post('/archive', (req, res) => {
  const { folder } = req.body;
  // expect: cmdi
  const out = execSync(`tar -czf /tmp/backup.tgz ${folder}`);
  res.send(out.toString());
});

app.get('/grep', (req, res) => {
  // expect: cmdi
  const child = spawn('grep', ['-r', req.query.pattern, '/var/log'], { shell: true });
  child.stdout.pipe(res);
});

app.get('/run', (req, res) => {
  // expect: cmdi
  childProcess.spawn('sh', ['-c', `ls ${req.query.dir}`]).stdout.pipe(res);
});

function convertImage(input, output) {
  // expect: cmdi
  return childProcess.exec(`convert ${input} -resize 50% ${output}`);
}

app.get('/convert', (req, res) => {
  // safe: cmdi
  execFile('convert', [req.query.file, 'out.png'], () => res.send('ok'));
  // safe: cmdi
  exec('git rev-parse HEAD', (err, stdout) => res.send(stdout));
  // safe: cmdi
  exec(`ls -la ${TOOLS_DIR}`, (err, stdout) => res.send(stdout));
  const port = parseInt(req.query.port, 10);
  // safe: cmdi
  exec('lsof -i :' + port, (err, stdout) => res.send(stdout));
  // safe: cmdi
  const m = /^(\d+)-(\d+)$/.exec(req.query.range);
  // safe: cmdi
  spawn('ls', ['-la', req.query.dir]);
  res.send(m);
});

module.exports = { convertImage, path };

function diskUsage(cb) {
  const dataDir = require('path').join(__dirname, 'data');
  // safe: cmdi
  exec('du -sh ' + dataDir, cb);
  // safe: cmdi
  exec(`ls ${process.cwd()}`, cb);
}

module.exports.diskUsage = diskUsage;
