// class: cmdi — build tooling service: shelljs exec, execa with shell, a program of unknown origin, Deno/Bun style runners
const shell = require('shelljs');
const { execa, execaCommand } = require('execa');
const { spawn } = require('child_process');
const express = require('express');

const router = express.Router();

router.post('/repos/clone', async (req, res) => {
  // expect: cmdi
  shell.exec(`git clone ${req.body.repoUrl} /srv/checkouts/${req.body.name}`);
  res.sendStatus(201);
});

router.post('/repos/clone-safe', async (req, res) => {
  // safe: cmdi
  await execa('git', ['clone', '--', req.body.repoUrl, '/srv/checkouts/current']);
  res.sendStatus(201);
});

router.post('/lint', async (req, res) => {
  // expect: cmdi
  const { stdout } = await execa(`eslint ${req.body.pattern}`, { shell: true });
  res.type('text/plain').send(stdout);
});

router.post('/npm/run', async (req, res) => {
  // expect: cmdi
  const { stdout } = await execaCommand('npm run ' + req.body.script);
  res.type('text/plain').send(stdout);
});

function runTool(program, args) {
  return new Promise((resolve, reject) => {
    // policy: origin-not-traced
    // expect: cmdi
    const child = spawn(program, args);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error('exit ' + code))));
  });
}

router.post('/format', async (req, res) => {
  // safe: cmdi
  await runTool('prettier', ['--write', '--', req.body.file]);
  res.sendStatus(204);
});

module.exports = { router, runTool };
