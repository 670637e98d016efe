const express = require('express');
const jwt = require('jsonwebtoken');

const app = express();
const SECRET = process.env.JWT_SECRET;

function authenticate(req, res, next) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  // expect: jwt
  const payload = jwt.decode(token);
  if (!payload) return res.sendStatus(401);
  req.user = payload;
  next();
}

function requireAdmin(req, res, next) {
  // expect: jwt
  const claims = jwt.verify(req.cookies.token, SECRET, { algorithms: ['HS256', 'none'] });
  if (claims.role !== 'admin') return res.sendStatus(403);
  next();
}

function weakCheck(token) {
  // expect: jwt
  return jwt.verify(token, '', { algorithms: ['HS256'] });
}

function verified(req, res, next) {
  try {
    // safe: jwt
    req.user = jwt.verify(req.cookies.token, SECRET, { algorithms: ['HS256'] });
    next();
  } catch {
    res.sendStatus(401);
  }
}

function tokenHeader(token) {
  jwt.verify(token, SECRET, { algorithms: ['RS256'] });
  // safe: jwt
  return jwt.decode(token, { complete: true }).header;
}

app.post('/login', (req, res) => {
  // safe: jwt
  const token = jwt.sign({ sub: req.body.user }, SECRET, { algorithm: 'HS256', expiresIn: '1h' });
  res.json({ token });
});

module.exports = { authenticate, requireAdmin, weakCheck, verified, tokenHeader };
