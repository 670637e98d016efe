// class: code-injection — "custom email templates" feature compiling user-supplied templates (SSTI)
const express = require('express');
const ejs = require('ejs');
const pug = require('pug');
const Handlebars = require('handlebars');
const nunjucks = require('nunjucks');
const _ = require('lodash');

const router = express.Router();
nunjucks.configure('views', { autoescape: true });

router.post('/templates/preview/ejs', (req, res) => {
  // expect: code-injection
  res.send(ejs.render(req.body.template, { user: req.user }));
});

router.post('/templates/preview/pug', (req, res) => {
  // expect: code-injection
  const fn = pug.compile(req.body.template);
  res.send(fn({ user: req.user }));
});

router.post('/templates/preview/handlebars', (req, res) => {
  // expect: code-injection
  const fn = Handlebars.compile(req.body.template);
  res.send(fn({ user: req.user }));
});

router.post('/templates/preview/nunjucks', (req, res) => {
  // expect: code-injection
  res.send(nunjucks.renderString(req.body.template, { user: req.user }));
});

router.post('/templates/preview/lodash', (req, res) => {
  // expect: code-injection
  const compiled = _.template(req.body.template);
  res.send(compiled({ user: req.user }));
});

router.post('/templates/welcome', (req, res) => {
  // safe: code-injection
  res.send(nunjucks.render('welcome.njk', { name: req.body.name }));
});

router.post('/templates/invoice', (req, res) => {
  // safe: code-injection
  const fn = pug.compileFile('views/invoice.pug');
  res.send(fn({ customer: req.body.customer }));
});

router.post('/templates/ejs-file', async (req, res) => {
  // safe: code-injection
  const html = await ejs.renderFile('views/receipt.ejs', { items: req.body.items });
  res.send(html);
});

module.exports = router;
