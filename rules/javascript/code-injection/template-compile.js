const express = require('express');
const ejs = require('ejs');
const pug = require('pug');
const Handlebars = require('handlebars');
const nunjucks = require('nunjucks');
const _ = require('lodash');

const app = express();
const GREETING = '<h1>Hello <%= name %></h1>';

app.post('/preview', (req, res) => {
  const { template, name } = req.body;
  // expect: code-injection
  const html = ejs.render(template, { name });
  res.type('text/plain').send(html);
});

app.post('/card', (req, res) => {
  // expect: code-injection
  const fn = pug.compile(req.body.layout);
  // expect: code-injection
  const hb = Handlebars.compile(req.body.source);
  // expect: code-injection
  const text = nunjucks.renderString(req.query.tpl, { user: req.user });
  // expect: code-injection
  const compiled = _.template(req.body.message);
  res.json({ card: fn({}), hb: hb({}), text, msg: compiled({}) });
});

app.get('/hello', (req, res) => {
  // safe: code-injection
  const html = ejs.render(GREETING, { name: req.query.name });
  // safe: code-injection
  const page = pug.render('p Hello #{name}', { name: req.query.name });
  // safe: code-injection
  const hb = Handlebars.compile('<p>{{ name }}</p>')({ name: req.query.name });
  // safe: code-injection
  res.render('hello', { name: req.query.name });
  return [html, page, hb];
});
