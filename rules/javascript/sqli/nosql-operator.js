const express = require('express');
const mongoose = require('mongoose');

const User = mongoose.model('User', new mongoose.Schema({ email: String, password: String, role: String }));
const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
  // expect: sqli
  const user = await User.findOne({ email: req.body.email, password: req.body.password });
  res.json({ ok: !!user });
});

app.get('/users', async (req, res) => {
  // expect: sqli
  const users = await User.find(req.query);
  // expect: sqli
  const admins = await User.find({ $where: `this.role == '${req.query.role}'` });
  res.json({ users, admins });
});

app.delete('/users', async (req, res) => {
  const filter = req.body.filter;
  // expect: sqli
  await User.deleteMany(filter);
  res.sendStatus(204);
});

app.post('/login-safe', async (req, res) => {
  // safe: sqli
  const user = await User.findOne({ email: String(req.body.email), password: String(req.body.password) });
  // safe: sqli
  const admins = await User.find({ role: 'admin' });
  // safe: sqli
  const byId = await User.findOne({ _id: new mongoose.Types.ObjectId(String(req.params.id)) });
  // safe: sqli
  const count = await User.countDocuments({ role: `${req.query.role}` });
  res.json({ ok: !!user, admins, byId, count });
});
