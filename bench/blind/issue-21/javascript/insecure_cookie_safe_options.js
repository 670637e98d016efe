// class: insecure-cookie — near-misses: complete flags without expiry, clearing cookies, fastify setCookie, session cookie options
const express = require('express');
const session = require('express-session');
const fastify = require('fastify')();

const app = express();

app.post('/session/start', (req, res) => {
  // safe: insecure-cookie
  res.cookie('sid', req.body.sid, { httpOnly: true, secure: true, sameSite: 'strict' });
  res.sendStatus(204);
});

app.post('/session/end', (req, res) => {
  // safe: insecure-cookie
  res.clearCookie('sid', { httpOnly: true, secure: true, sameSite: 'strict' });
  res.sendStatus(204);
});

app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  // safe: insecure-cookie
  cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 8 * 3600 * 1000 },
}));

fastify.register(require('@fastify/cookie'));
fastify.post('/prefs', async (request, reply) => {
  // safe: insecure-cookie
  reply.setCookie('prefs', String(request.body.prefs), { path: '/', secure: true, httpOnly: true, sameSite: 'lax' });
  return { ok: true };
});

fastify.post('/tracking', async (request, reply) => {
  // expect: insecure-cookie
  reply.setCookie('tracking', String(request.body.id), { path: '/', httpOnly: true });
  return { ok: true };
});

module.exports = { app, fastify };
