// point 4: a comment between the opening parenthesis and the first argument does not hide the call
const express = require('express');
const { exec, execFile } = require('child_process');
const { Pool } = require('pg');

const app = express();
const pool = new Pool();

app.get('/accounts/find', async (req, res) => {
  const email = req.query.email;
  // expect: sqli
  const found = await pool.query(/* lookup by email */ `SELECT id FROM accounts WHERE email = '${email}'`);
  // safe: sqli
  const total = await pool.query(/* all accounts */ 'SELECT COUNT(*) FROM accounts');
  res.json({ found: found.rows, total: total.rows[0] });
});

app.post('/accounts/export', (req, res) => {
  const name = req.body.name;
  // expect: cmdi
  exec( // the export tool takes a shell line
    'export-account ' + name,
    () => res.sendStatus(202),
  );
  // safe: cmdi
  execFile(/* fixed argv */ '/usr/bin/sync', [], () => undefined);
});

module.exports = app;
