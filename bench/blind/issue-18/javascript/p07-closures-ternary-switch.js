// point 7: flow through closures stored in variables, ternaries, switch, await/then and query-builder chains
const express = require('express');
const knex = require('knex')({ client: 'pg' });
const { Pool } = require('pg');

const app = express();
const pool = new Pool();

app.get('/search', async (req, res) => {
  const term = req.query.q;
  // expect: sqli
  const lookup = (t) => pool.query("SELECT * FROM items WHERE name LIKE '%" + t + "%'");
  res.json((await lookup(term)).rows);
});

app.get('/search/sorted', async (req, res) => {
  const column = req.query.sort ? req.query.sort : 'name';
  // expect: sqli
  const rows = await pool.query('SELECT * FROM items ORDER BY ' + column);
  const order = req.query.dir === 'desc' ? 'DESC' : 'ASC';
  // safe: sqli
  const more = await pool.query('SELECT * FROM items ORDER BY name ' + order);
  res.json(rows.rows.concat(more.rows));
});

app.get('/search/table', async (req, res) => {
  let table;
  switch (req.query.kind) {
    case 'book':
      table = 'books';
      break;
    case 'film':
      table = 'films';
      break;
    default:
      table = 'items';
  }
  // safe: sqli
  res.json((await pool.query('SELECT * FROM ' + table)).rows);
});

app.get('/search/filtered', async (req, res) => {
  const name = req.query.name;
  // expect: sqli
  const rows = await knex('items').whereRaw("name = '" + name + "'").orderBy('id');
  res.json(rows);
});

app.post('/search/remote', async (req, res) => {
  const payload = await Promise.resolve(req.body);
  const host = payload.host;
  // expect: ssrf
  const upstream = await fetch(`https://${host}/api/search`);
  // safe: ssrf
  const health = await fetch('https://search.internal.example.com/health');
  res.json({ body: await upstream.text(), ok: health.ok });
});

module.exports = app;
