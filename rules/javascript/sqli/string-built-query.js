const express = require('express');
const mysql = require('mysql2');
const sqlite3 = require('sqlite3');
const knex = require('knex')({ client: 'pg' });
const { Sequelize, QueryTypes } = require('sequelize');

const app = express();
const db = mysql.createConnection({ host: 'localhost', user: 'app', database: 'shop' });
const lite = new sqlite3.Database('app.db');
const sequelize = new Sequelize('sqlite::memory:');
const USERS_TABLE = 'users';

app.get('/users/:id', (req, res) => {
  // expect: sqli
  db.query(`SELECT * FROM users WHERE id = '${req.params.id}'`, (err, rows) => res.json(rows));
});

app.post('/login', (req, res) => {
  const { username, password } = req.body;
  const sql = "SELECT * FROM users WHERE username = '" + username + "' AND password = '" + password + "'";
  // expect: sqli
  db.query(sql, (err, rows) => res.json({ ok: rows.length > 0 }));
});

app.get('/search', async (req, res) => {
  const term = req.query.q;
  // expect: sqli
  const rows = await knex.raw(`SELECT * FROM products WHERE name LIKE '%${term}%'`);
  // expect: sqli
  const more = await sequelize.query("SELECT * FROM products WHERE category = '" + req.query.category + "'", { type: QueryTypes.SELECT });
  res.json({ rows, more });
});

app.delete('/notes', (req, res) => {
  // expect: sqli
  lite.run(`DELETE FROM notes WHERE owner = ${req.query.owner}`);
  res.sendStatus(204);
});

function findOrders(customer, sort) {
  // expect: sqli
  return db.promise().query('SELECT * FROM orders WHERE customer = ? ORDER BY ' + sort, [customer]);
}

app.get('/users', (req, res) => {
  // safe: sqli
  db.query('SELECT * FROM users WHERE id = ?', [req.query.id], (err, rows) => res.json(rows));
  // safe: sqli
  db.query(`SELECT * FROM ${USERS_TABLE} WHERE active = 1`, (err, rows) => res.json(rows));
  const limit = parseInt(req.query.limit, 10);
  // safe: sqli
  db.query('SELECT * FROM users LIMIT ' + limit, (err, rows) => res.json(rows));
  // safe: sqli
  knex.raw('SELECT * FROM orders WHERE id = ?', [req.query.orderId]);
  // safe: sqli
  const cached = cache.get('users:' + req.query.id);
  res.json(cached);
});

module.exports = { findOrders };
