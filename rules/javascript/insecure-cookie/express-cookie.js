const express = require('express');
const crypto = require('crypto');

const app = express();
const COOKIE_OPTIONS = { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 3600000 };

app.post('/login', (req, res) => {
  const sessionId = crypto.randomBytes(32).toString('hex');
  // expect: insecure-cookie
  res.cookie('session', sessionId);
  // expect: insecure-cookie
  res.cookie('auth_token', sessionId, { httpOnly: false, maxAge: 86400000 });
  // A missing SameSite or expiry alone is not a finding (policy.md, "Cookies").
  // safe: insecure-cookie
  res.cookie('refresh', sessionId, { httpOnly: true, secure: true });
  const weak = { maxAge: 900000, httpOnly: true };
  // expect: insecure-cookie
  res.cookie('remember_me', '1', weak);
  res.json({ ok: true });
});

app.post('/login/safe', (req, res) => {
  const sessionId = crypto.randomBytes(32).toString('hex');
  // safe: insecure-cookie
  res.cookie('session', sessionId, { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 3600000 });
  // safe: insecure-cookie
  res.cookie('csrf', crypto.randomUUID(), COOKIE_OPTIONS);
  // safe: insecure-cookie
  res.cookie('session', '', { maxAge: 0 });
  // safe: insecure-cookie
  res.clearCookie('legacy_session');
  // safe: insecure-cookie
  res.set('Cache-Control', 'no-store');
  res.json({ ok: true });
});

app.post('/login/env', (req, res) => {
  // safe: insecure-cookie
  res.cookie('session', 'abc', { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax', maxAge: 3600000 });
  // expect: insecure-cookie
  res.cookie('session', 'abc', { httpOnly: true, secure: false, sameSite: 'lax', maxAge: 3600000 });
  res.end();
});

app.post('/prefs', (req, res) => {
  // SameSite=None needs Secure.
  // expect: insecure-cookie
  res.cookie('embed', req.body.embedId, { httpOnly: true, sameSite: 'none' });
  // safe: insecure-cookie
  res.cookie('embed', req.body.embedId, { httpOnly: true, secure: true, sameSite: 'none' });
  res.end();
});

const fastify = require('fastify')();
fastify.register(require('@fastify/cookie'), { secret: process.env.COOKIE_SECRET });
fastify.post('/login', async (request, reply) => {
  const token = crypto.randomBytes(32).toString('hex');
  // expect: insecure-cookie
  reply.setCookie('token', token, { path: '/', signed: true });
  // safe: insecure-cookie
  reply.setCookie('token2', token, { path: '/', httpOnly: true, secure: true, sameSite: 'lax' });
  return { ok: true };
});
