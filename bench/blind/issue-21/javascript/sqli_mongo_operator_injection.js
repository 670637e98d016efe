// class: sqli — MongoDB/Mongoose operator injection (NoSQL, CWE-943): request objects as filters, $where strings
const express = require('express');
const mongoose = require('mongoose');
const sanitize = require('mongo-sanitize');
const { MongoClient } = require('mongodb');

const router = express.Router();
router.use(express.json());
const User = mongoose.model('User', new mongoose.Schema({ username: String, passwordHash: String, role: String }));
const client = new MongoClient(process.env.MONGO_URL);

router.post('/users/search', async (req, res) => {
  // expect: sqli
  const users = await User.find(req.body);
  res.json(users);
});

router.post('/login', async (req, res) => {
  const users = client.db('app').collection('users');
  // expect: sqli
  const user = await users.findOne({ username: req.body.username, password: req.body.password });
  res.json({ ok: Boolean(user) });
});

router.post('/login-safe', async (req, res) => {
  const users = client.db('app').collection('users');
  // safe: sqli
  const user = await users.findOne({ username: String(req.body.username) });
  res.json({ ok: Boolean(user) });
});

router.get('/orders', async (req, res) => {
  const orders = client.db('app').collection('orders');
  // expect: sqli
  const rows = await orders.find({ $where: `this.owner === '${req.query.owner}'` }).toArray();
  res.json(rows);
});

router.post('/profiles', async (req, res) => {
  // safe: sqli
  const profiles = await User.find(sanitize(req.body));
  res.json(profiles);
});

router.get('/orders/large', async (req, res) => {
  const orders = client.db('app').collection('orders');
  // safe: sqli
  const rows = await orders.find({ $where: 'this.total > 1000' }).toArray();
  res.json(rows);
});

router.delete('/sessions', async (req, res) => {
  // expect: sqli
  await client.db('app').collection('sessions').deleteMany(req.query);
  res.sendStatus(204);
});

module.exports = router;
