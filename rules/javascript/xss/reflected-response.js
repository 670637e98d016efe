const express = require('express');
const escapeHtml = require('escape-html');

const app = express();

app.get('/search', (req, res) => {
  // expect: xss
  res.send(`<h1>Results for ${req.query.q}</h1>`);
});

app.get('/hello/:name', (req, res) => {
  const html = '<p>Hello, ' + req.params.name + '!</p>';
  // expect: xss
  res.status(200).send(html);
});

app.get('/stream', (req, res) => {
  res.write('<html><body>');
  // expect: xss
  res.write('<div>' + req.query.msg + '</div>');
  res.end('</body></html>');
});

app.get('/safe', (req, res) => {
  // safe: xss
  res.send(`<h1>Results for ${escapeHtml(req.query.q)}</h1>`);
  // safe: xss
  res.json({ q: req.query.q });
  // safe: xss
  res.send('<h1>Welcome</h1>');
  const page = parseInt(req.query.page, 10);
  // safe: xss
  res.end(`<p>Page ${page}</p>`);
});

app.get('/greet', (req, res) => {
  // expect: xss
  res.send('Hello ' + req.query.name);
});

app.get('/plain', (req, res) => {
  res.type('text/plain');
  // safe: xss
  res.send('Hello ' + req.query.name);
});

app.get('/user/:id', (req, res) => {
  // safe: xss
  res.send(req.body);
});
