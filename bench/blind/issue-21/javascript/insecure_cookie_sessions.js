// class: insecure-cookie — res.cookie, Koa cookies.set, raw Set-Cookie, express-session / cookie-session, document.cookie
const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');
const Koa = require('koa');

const app = express();

app.post('/login', (req, res) => {
  // expect: insecure-cookie
  res.cookie('auth', req.body.token, { httpOnly: true });
  res.sendStatus(204);
});

app.post('/login-strict', (req, res) => {
  // safe: insecure-cookie
  res.cookie('auth', req.body.token, { httpOnly: true, secure: true, sameSite: 'lax' });
  res.sendStatus(204);
});

app.post('/remember', (req, res) => {
  res.cookie('remember', req.body.deviceId, {
    httpOnly: true,
    // expect: insecure-cookie
    secure: false,
    maxAge: 30 * 24 * 3600 * 1000,
  });
  res.sendStatus(204);
});

app.post('/embed', (req, res) => {
  // expect: insecure-cookie
  res.cookie('embed_sid', req.body.sid, { httpOnly: true, sameSite: 'none' });
  res.sendStatus(204);
});

app.post('/raw', (req, res) => {
  // expect: insecure-cookie
  res.setHeader('Set-Cookie', `sid=${req.body.sid}; Path=/`);
  res.sendStatus(204);
});

app.post('/raw-strict', (req, res) => {
  res.set('Cache-Control', 'no-store');
  res.set('Vary', 'Cookie');
  // safe: insecure-cookie
  res.setHeader('Set-Cookie', `sid=${encodeURIComponent(req.body.sid)}; Path=/; Secure; HttpOnly; SameSite=Lax`);
  res.sendStatus(204);
});

app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  // expect: insecure-cookie
  cookie: { secure: false, httpOnly: true },
}));

app.use(cookieSession({
  name: 'prefs',
  keys: [process.env.COOKIE_KEY],
  // safe: insecure-cookie
  secure: true,
  httpOnly: true,
}));

const koa = new Koa();
koa.use(async (ctx) => {
  // expect: insecure-cookie
  ctx.cookies.set('cart', ctx.query.cart, { httpOnly: false, secure: true });
  ctx.body = 'ok';
});

module.exports = { app, koa };
