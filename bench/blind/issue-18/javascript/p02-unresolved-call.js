// point 2: unresolved calls with no tainted argument — unknown origin is reported, not treated as a constant
const express = require('express');
const { exec, execFile } = require('child_process');
const { getCmd } = require('./helpers');
const settings = require('./settings');
const pool = require('./db');

const app = express();

app.post('/maintenance/cleanup', (req, res) => {
  // policy: origin-not-traced
  // expect: cmdi
  exec(getCmd(), () => res.sendStatus(204));
});

app.post('/maintenance/rotate', (req, res) => {
  // expect: cmdi
  exec('logrotate ' + settings.rotateTarget(), () => res.sendStatus(204));
});

app.get('/maintenance/pending', async (req, res) => {
  // expect: sqli
  const { rows } = await pool.query(`SELECT id FROM jobs WHERE queue = '${settings.currentQueue()}'`);
  // safe: sqli
  const queued = await pool.query('SELECT id FROM jobs WHERE queue = $1', [settings.currentQueue()]);
  res.json({ rows, queued: queued.rows });
});

function defaultCommand() {
  return 'vacuumdb --all';
}

app.post('/maintenance/vacuum', (req, res) => {
  // safe: cmdi
  exec(defaultCommand(), () => res.sendStatus(204));
  // safe: cmdi
  execFile('rsync', ['-a', settings.syncSource(), '/backups/'], () => undefined);
});

module.exports = app;
