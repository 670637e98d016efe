// class: cmdi — near-misses in a deploy helper: fixed programs with user data as separate arguments, constant commands
const express = require('express');
const { execFile, execFileSync, spawn, exec } = require('child_process');

const router = express.Router();
const BRANCH_RE = /^[A-Za-z0-9._/-]{1,100}$/;

router.get('/branches/:name/log', (req, res) => {
  if (!BRANCH_RE.test(req.params.name)) return res.sendStatus(400);
  // safe: cmdi
  const out = execFileSync('git', ['log', '--oneline', '-n', '20', req.params.name, '--']);
  res.type('text/plain').send(out);
});

router.post('/deploy', (req, res) => {
  // safe: cmdi
  const child = spawn('/opt/deploy/bin/deploy', ['--env', String(req.body.env)], { stdio: 'inherit' });
  child.on('close', (code) => res.json({ code }));
});

router.get('/disk', (req, res) => {
  // safe: cmdi
  exec('df -h /srv', (err, stdout) => res.type('text/plain').send(stdout));
});

router.post('/tag', (req, res) => {
  // safe: cmdi
  execFile('git', ['tag', '-a', req.body.tag, '-m', req.body.message], () => res.sendStatus(201));
});

router.post('/tag-shell', (req, res) => {
  // expect: cmdi
  exec('git tag -a ' + req.body.tag + ' -m "' + req.body.message + '"', () => res.sendStatus(201));
});

module.exports = router;
