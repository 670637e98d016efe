// class: xss — template engines with escaping turned off: Mustache.escape, Handlebars SafeString/triple-stash, EJS <%-
const express = require('express');
const Mustache = require('mustache');
const Handlebars = require('handlebars');
const ejs = require('ejs');

const router = express.Router();

// expect: xss
Mustache.escape = (text) => text;

router.get('/card', (req, res) => {
  const html = Mustache.render('<div class="card">{{title}}</div>', { title: req.query.title });
  res.send(html);
});

Handlebars.registerHelper('bio', function (text) {
  // expect: xss
  return new Handlebars.SafeString('<p class="bio">' + text + '</p>');
});

router.get('/author', (req, res) => {
  const template = Handlebars.compile('<section>{{{about}}}</section>');
  // expect: xss
  res.send(template({ about: req.query.about }));
});

router.get('/author-escaped', (req, res) => {
  const template = Handlebars.compile('<section>{{about}}</section>');
  // safe: xss
  res.send(template({ about: req.query.about }));
});

router.post('/signature', (req, res) => {
  // expect: xss
  const html = ejs.render('<footer><%- signature %></footer>', { signature: req.body.signature });
  res.send(html);
});

router.post('/signature-escaped', (req, res) => {
  const data = { signature: req.body.signature };
  res.set('X-Preview', '1');
  res.set('Cache-Control', 'no-store');
  // safe: xss
  const html = ejs.render('<footer><%= signature %></footer>', data);
  res.send(html);
});

module.exports = router;
