// class: sqli — reporting endpoints on raw drivers: mysql, mysql2, pg, sqlite3, better-sqlite3, mssql, oracledb
const express = require('express');
const mysql = require('mysql');
const mysql2 = require('mysql2/promise');
const { Pool } = require('pg');
const sqlite3 = require('sqlite3');
const Database = require('better-sqlite3');
const mssql = require('mssql');
const oracledb = require('oracledb');

const router = express.Router();
const legacy = mysql.createPool({ host: 'db', user: 'app', database: 'shop' });
const pool = new Pool();
const sqlite = new sqlite3.Database('data/app.db');
const local = new Database('data/cache.db');

router.get('/orders', (req, res) => {
  // expect: sqli
  legacy.query("SELECT * FROM orders WHERE status = '" + req.query.status + "'", (err, rows) => res.json(rows));
});

router.get('/orders/by-customer', async (req, res) => {
  const conn = await mysql2.createConnection({ host: 'db', user: 'app', database: 'shop' });
  // safe: sqli
  const [rows] = await conn.execute('SELECT * FROM orders WHERE customer_id = ?', [req.query.customer]);
  res.json(rows);
});

router.get('/invoices', async (req, res) => {
  // expect: sqli
  const { rows } = await pool.query(`SELECT * FROM invoices WHERE year = ${req.query.year}`);
  res.json(rows);
});

router.get('/invoices/by-number', async (req, res) => {
  // safe: sqli
  const { rows } = await pool.query({ text: 'SELECT * FROM invoices WHERE number = $1', values: [req.query.number] });
  res.json(rows);
});

router.get('/notes', (req, res) => {
  let sql = 'SELECT id, body FROM notes WHERE 1 = 1';
  if (req.query.tag) sql += " AND tag = '" + req.query.tag + "'";
  // expect: sqli
  sqlite.all(sql, (err, rows) => res.json(rows));
});

router.get('/cache/:key', (req, res) => {
  // expect: sqli
  const row = local.prepare(`SELECT value FROM cache WHERE key = '${req.params.key}'`).get();
  res.json(row);
});

router.get('/cache-safe/:key', (req, res) => {
  // safe: sqli
  const row = local.prepare('SELECT value FROM cache WHERE key = ?').get(req.params.key);
  res.json(row);
});

router.get('/stock', async (req, res) => {
  const request = new mssql.Request();
  // expect: sqli
  const result = await request.query('SELECT * FROM stock WHERE sku = \'' + req.query.sku + '\'');
  res.json(result.recordset);
});

router.get('/employees', async (req, res) => {
  const connection = await oracledb.getConnection();
  const sql = 'SELECT * FROM employees WHERE dept = '.concat(req.query.dept);
  // expect: sqli
  const result = await connection.execute(sql);
  res.json(result.rows);
});

router.get('/employees-safe', async (req, res) => {
  const connection = await oracledb.getConnection();
  // safe: sqli
  const result = await connection.execute('SELECT * FROM employees WHERE dept = :dept', { dept: req.query.dept });
  res.json(result.rows);
});

module.exports = router;
