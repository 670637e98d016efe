// point 3: appending to a tainted variable keeps its taint (+=, concat, array join)
const express = require('express');
const { exec } = require('child_process');
const mysql = require('mysql2');

const app = express();
const db = mysql.createConnection({ host: 'localhost', user: 'app', database: 'notes' });

app.get('/list', (req, res) => {
  const p = req.query.dir;
  let c = p;
  c += ' -la';
  // expect: cmdi
  exec('ls ' + c, (err, out) => res.send(out));
  const parts = ['du', '-sh'];
  parts.push(p);
  // expect: cmdi
  exec(parts.join(' '), () => undefined);
  let fixed = 'df';
  fixed += ' -h';
  // safe: cmdi
  exec(fixed, () => undefined);
});

app.get('/notes', (req, res) => {
  const owner = req.query.owner;
  const sql = 'SELECT id, title FROM notes WHERE owner = '.concat("'", owner, "'");
  // expect: sqli
  db.query(sql, (err, rows) => res.json(rows));
  let count = 'SELECT COUNT(*) AS n FROM notes';
  count += ' WHERE archived = 0';
  // safe: sqli
  db.query(count, () => undefined);
});

module.exports = app;
