const express = require('express');
const escapeStringRegexp = require('escape-string-regexp');

const app = express();
const EMAIL_PATTERN = /^([a-zA-Z0-9]+\.?)*@example\.com$/;
const SAFE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

app.get('/search', (req, res) => {
  // expect: redos
  const filter = new RegExp(req.query.q, 'i');
  res.json(products.filter((p) => filter.test(p.name)));
});

app.post('/signup', (req, res) => {
  const { email, tags } = req.body;
  // expect: redos
  if (!EMAIL_PATTERN.test(email)) return res.status(400).send('invalid email');
  // expect: redos
  const parts = tags.match(/^(\w+\s?)*$/);
  res.json({ parts });
});

app.get('/highlight', (req, res) => {
  const term = req.query.term;
  // expect: redos
  const re = RegExp(`(${term})`, 'g');
  res.send(article.replace(re, '<mark>$1</mark>'));
});

app.get('/safe-search', (req, res) => {
  // safe: redos
  const filter = new RegExp(escapeStringRegexp(req.query.q), 'i');
  const email = req.query.email;
  // safe: redos
  const ok = SAFE_EMAIL.test(email);
  // safe: redos
  const words = req.query.text.split(/\s+/);
  // safe: redos
  const fixed = new RegExp('^[a-z0-9-]+$');
  res.json({ filter: String(filter), ok, words, fixed: fixed.test(req.query.slug) });
});
