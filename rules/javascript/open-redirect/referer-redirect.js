// "Go back" redirects to the Referer are information only; other request data stays a warning
// under js/open-redirect/redirect.
const express = require('express');

const app = express();
const SITE = 'https://shop.example';

app.post('/cart/items', (req, res) => {
  // expect: js/open-redirect/referer-redirect
  // safe: js/open-redirect/redirect
  res.redirect(req.get('Referrer') || '/');
});

app.post('/theme', (req, res) => {
  const back = req.headers.referer || '/settings';
  // expect: js/open-redirect/referer-redirect
  // safe: js/open-redirect/redirect
  res.redirect(303, back);
});

app.post('/dismiss', (req, res) => {
  // expect: js/open-redirect/referer-redirect
  // safe: js/open-redirect/redirect
  res.setHeader('Location', req.headers['referer'] || '/');
  res.status(302).end();
});

app.get('/logout', (req, res) => {
  // expect: js/open-redirect/redirect
  // safe: js/open-redirect/referer-redirect
  res.redirect(req.query.next || req.get('Referrer'));
});

app.get('/home', (req, res) => {
  // safe: open-redirect
  res.redirect('/dashboard');
});

app.post('/back', (req, res) => {
  const back = new URL(req.get('Referrer') || '/', SITE);
  // safe: open-redirect
  res.redirect(back.origin === SITE ? back.pathname : '/');
});

function backButton() {
  // expect: js/open-redirect/referer-redirect
  // safe: js/open-redirect/redirect
  window.location.href = document.referrer;
}

module.exports = { app, backButton };
