// Methods named like a driver's (run, get, execute, query) on objects that are not SQL clients:
// async-context storage, Reflect, a command bus. Only SQL text makes a call a SQL sink.
const { AsyncLocalStorage } = require('async_hooks');
const express = require('express');
const { Pool } = require('pg');

const app = express();
const pool = new Pool();
const requestContext = new AsyncLocalStorage();
const commands = require('./commands');

app.use((req, res, next) => {
  const store = { user: req.query.user, where: req.query.where, orderBy: req.query.sort };
  // safe: sqli
  requestContext.run(store, next);
});

app.get('/settings/:key', (req, res) => {
  const settings = { theme: 'light' };
  // safe: sqli
  const value = Reflect.get(settings, req.params.key, settings);
  // safe: sqli
  commands.execute({ name: 'audit', where: req.query.where }, req.params.key);
  res.json({ value });
});

app.get('/reports', async (req, res) => {
  const filter = req.query.filter;
  // expect: sqli
  const { rows } = await pool.query(`SELECT * FROM reports WHERE title = '${filter}'`);
  let sql = 'SELECT id, title FROM reports';
  sql += ' ORDER BY ' + req.query.sort;
  // expect: sqli
  const sorted = await pool.query(sql);
  // expect: sqli
  const removed = await pool.query('DELETE FROM reports WHERE owner = ' + req.query.owner);
  res.json({ rows, sorted: sorted.rows, removed: removed.rowCount });
});
