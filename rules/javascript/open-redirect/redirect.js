const express = require('express');

const app = express();
const SAFE_REDIRECTS = ['/dashboard', '/settings'];

app.post('/login', (req, res) => {
  // expect: open-redirect
  res.redirect(req.query.returnTo);
});

app.get('/logout', (req, res) => {
  const next = req.query.next || '/';
  // expect: open-redirect
  res.redirect(302, next);
});

app.get('/go', (req, res) => {
  // expect: open-redirect
  res.location(req.body.target).sendStatus(302);
});

function afterLogin() {
  const params = new URLSearchParams(window.location.search);
  // expect: open-redirect
  window.location.href = params.get('redirect');
}

app.get('/profile/:id', (req, res) => {
  // safe: open-redirect
  res.redirect('/users/' + encodeURIComponent(req.params.id));
  // safe: open-redirect
  res.redirect(`/login?next=${encodeURIComponent(req.originalUrl)}`);
});

app.get('/continue', (req, res) => {
  const target = req.query.to;
  // safe: open-redirect
  res.redirect(SAFE_REDIRECTS.includes(target) ? target : '/');
});

app.get('/home', (req, res) => {
  // safe: open-redirect
  res.redirect('/');
});

module.exports = { afterLogin };

app.get('/legacy-go', (req, res) => {
  // expect: open-redirect
  res.writeHead(302, { Location: req.query.url });
  res.end();
});

app.get('/legacy-home', (req, res) => {
  // safe: open-redirect
  res.writeHead(302, { Location: '/home' });
  res.end();
});
