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

app.get('/go', (req, res) => {
  // Only the path of the parsed target is kept: scheme and host are dropped.
  const target = new URL(String(req.query.next), 'http://localhost');
  // safe: open-redirect
  res.redirect(`${target.pathname}${target.search}`);
  // safe: open-redirect
  res.setHeader('Location', target.pathname + target.search);
  // expect: open-redirect
  res.redirect(target.href);
  const absolute = `${target.origin}${target.pathname}`;
  // expect: open-redirect
  res.redirect(301, absolute);
  res.end();
});

const http = require('http');
const url = require('url');

http.createServer((req, res) => {
  // The query parameter of the request's own URL is the attacker's choice.
  const { query } = url.parse(req.url, true);
  if (query.next) {
    // expect: open-redirect
    res.writeHead(302, { Location: query.next });
    return res.end();
  }
  const target = new URL(req.url, 'http://localhost').searchParams.get('returnTo');
  if (target) {
    // expect: open-redirect
    res.writeHead(302, { Location: target });
    return res.end();
  }
  // The request's own path with a trailing slash: the same origin.
  // safe: open-redirect
  res.writeHead(301, { Location: req.url.split('?')[0] + '/' });
  res.end();
});

app.use((req, res, next) => {
  if (req.path.endsWith('/')) return next();
  // safe: open-redirect
  res.redirect(301, req.originalUrl.replace(/\?.*$/, '') + '/');
});

const LOCALE_HOSTS = { en: 'https://example.com', fr: 'https://example.fr' };

app.get('/locale', (req, res) => {
  // The browser's own Accept-Language picks among configured paths: a link cannot choose it.
  const locale = req.get('accept-language')?.split(',')[0] || 'en';
  // safe: open-redirect
  res.redirect(302, `${LOCALE_HOSTS[locale] || ''}/${locale}`);
  // expect: open-redirect
  res.redirect(302, `${req.query.host}/${locale}`);
});
