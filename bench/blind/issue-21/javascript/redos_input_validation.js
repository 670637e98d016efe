// class: redos — signup validation: nested/overlapping quantifiers on request data, new RegExp(userInput)
const express = require('express');
const escapeStringRegexp = require('escape-string-regexp');

const router = express.Router();
router.use(express.json());

const EMAIL_RE = /^([a-zA-Z0-9_.-]+)+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$/;
const SLUG_RE = /^[a-z0-9-]{1,64}$/;

router.post('/signup', (req, res) => {
  // expect: redos
  if (!EMAIL_RE.test(req.body.email)) return res.status(400).send('invalid email');
  res.sendStatus(201);
});

router.post('/display-name', (req, res) => {
  // expect: redos
  const ok = /^(\w+\s?)*$/.test(req.body.displayName);
  res.json({ ok });
});

router.get('/search', (req, res) => {
  // expect: redos
  const matcher = new RegExp(req.query.pattern, 'i');
  res.json(req.app.locals.products.filter((p) => matcher.test(p.name)));
});

router.get('/search-literal', (req, res) => {
  // safe: redos
  const matcher = new RegExp(escapeStringRegexp(String(req.query.q)), 'i');
  res.json(req.app.locals.products.filter((p) => matcher.test(p.name)));
});

router.post('/slug', (req, res) => {
  // safe: redos
  res.json({ ok: SLUG_RE.test(req.body.slug) });
});

router.get('/path-check', (req, res) => {
  // expect: redos
  const match = String(req.query.path).match(/^(\/[a-z]+)*\.json$/);
  res.json({ match: Boolean(match) });
});

function isBuildTag(tag) {
  // safe: redos
  return /^v\d+\.\d+\.\d+$/.test(tag);
}

module.exports = { router, isBuildTag };
