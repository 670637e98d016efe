// class: sqli — near-misses in a catalogue service: allow-listed ORDER BY, placeholders, escaped values, query-builder objects
const express = require('express');
const mysql = require('mysql2');
const knex = require('knex')({ client: 'mysql2', connection: process.env.DATABASE_URL });
const { Op } = require('sequelize');
const { Product } = require('./models');

const router = express.Router();
const pool = mysql.createPool(process.env.DATABASE_URL);
const SORT_COLUMNS = { name: 'name', price: 'price', newest: 'created_at' };

router.get('/catalogue', (req, res) => {
  const column = SORT_COLUMNS[req.query.sort] || 'name';
  // safe: sqli
  pool.query(`SELECT id, name, price FROM products ORDER BY ${column} LIMIT 50`, (err, rows) => res.json(rows));
});

router.get('/catalogue/by-brand', (req, res) => {
  // safe: sqli
  pool.query('SELECT * FROM products WHERE brand = ? AND active = 1', [req.query.brand], (err, rows) => res.json(rows));
});

router.get('/catalogue/escaped', (req, res) => {
  // safe: sqli
  pool.query('SELECT * FROM products WHERE sku = ' + pool.escape(req.query.sku), (err, rows) => res.json(rows));
});

router.get('/catalogue/knex', async (req, res) => {
  // safe: sqli
  const rows = await knex('products').where({ brand: req.query.brand }).orderBy('name');
  res.json(rows);
});

router.get('/catalogue/sequelize', async (req, res) => {
  // safe: sqli
  const rows = await Product.findAll({ where: { name: { [Op.like]: `%${req.query.q}%` } } });
  res.json(rows);
});

router.get('/catalogue/page', (req, res) => {
  const limit = Math.min(parseInt(req.query.limit, 10) || 20, 100);
  // safe: sqli
  pool.query('SELECT * FROM products LIMIT ' + limit, (err, rows) => res.json(rows));
});

router.get('/catalogue/sort-raw', (req, res) => {
  // expect: sqli
  pool.query('SELECT * FROM products ORDER BY ' + req.query.sort, (err, rows) => res.json(rows));
});

router.get('/catalogue/count', async (req, res) => {
  // expect: sqli
  const rows = await knex.raw('SELECT COUNT(*) AS n FROM products WHERE brand = "' + req.query.brand + '"');
  res.json(rows[0]);
});

module.exports = router;
