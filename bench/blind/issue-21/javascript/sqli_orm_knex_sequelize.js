// class: sqli — ORM escape hatches: knex raw/whereRaw/orderByRaw, Sequelize query/literal, (TypeORM and Prisma in sqli_orm_typeorm_prisma.js)
const express = require('express');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });
const { Sequelize, QueryTypes } = require('sequelize');

const router = express.Router();
const sequelize = new Sequelize(process.env.DATABASE_URL);

router.get('/products', async (req, res) => {
  // expect: sqli
  const rows = await knex('products').whereRaw('name ILIKE \'%' + req.query.q + '%\'');
  res.json(rows);
});

router.get('/products/sorted', async (req, res) => {
  // expect: sqli
  const rows = await knex('products').select('*').orderByRaw(req.query.sort);
  res.json(rows);
});

router.get('/products/raw', async (req, res) => {
  // expect: sqli
  const result = await knex.raw(`SELECT * FROM products WHERE category = '${req.query.category}'`);
  res.json(result.rows);
});

router.get('/products/raw-bound', async (req, res) => {
  // safe: sqli
  const result = await knex.raw('SELECT * FROM products WHERE category = ?', [req.query.category]);
  res.json(result.rows);
});

router.get('/users', async (req, res) => {
  // expect: sqli
  const users = await sequelize.query(`SELECT * FROM users WHERE email = '${req.query.email}'`, { type: QueryTypes.SELECT });
  res.json(users);
});

router.get('/users/safe', async (req, res) => {
  const sql = 'SELECT * FROM users WHERE email = :email';
  res.set('Cache-Control', 'no-store');
  // safe: sqli
  const users = await sequelize.query(sql, { replacements: { email: req.query.email }, type: QueryTypes.SELECT });
  res.json(users);
});

router.get('/users/ranked', async (req, res) => {
  const users = await sequelize.models.User.findAll({
    // expect: sqli
    attributes: ['id', [Sequelize.literal(`(SELECT COUNT(*) FROM posts WHERE posts.author = '${req.query.author}')`), 'posts']],
  });
  res.json(users);
});

module.exports = router;
