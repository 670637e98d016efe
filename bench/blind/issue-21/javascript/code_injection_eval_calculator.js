// class: code-injection — pricing-rule calculator: eval direct/indirect/aliased, new Function, setTimeout with strings
const express = require('express');

const app = express();
app.use(express.json());

const runExpression = eval;

app.post('/rules/evaluate', (req, res) => {
  const { expression } = req.body;
  // expect: code-injection
  const result = eval(expression);
  res.json({ result });
});

app.post('/rules/evaluate-global', (req, res) => {
  // expect: code-injection
  const result = (0, eval)(req.body.expression);
  res.json({ result });
});

app.post('/rules/evaluate-alias', (req, res) => {
  // expect: code-injection
  res.json({ result: runExpression('(' + req.body.expression + ')') });
});

app.post('/rules/compile', (req, res) => {
  // expect: code-injection
  const fn = new Function('price', 'qty', `return ${req.body.formula};`);
  res.json({ total: fn(10, 2) });
});

app.post('/rules/parse', (req, res) => {
  // safe: code-injection
  const rule = JSON.parse(req.body.rule);
  res.json({ rule });
});

app.get('/jobs/schedule', (req, res) => {
  // expect: code-injection
  setTimeout('runJob("' + req.query.job + '")', 1000);
  res.sendStatus(202);
});

app.get('/jobs/delay', (req, res) => {
  const delay = Math.min(Number(req.query.delay) || 0, 60000);
  // safe: code-injection
  setTimeout(() => console.log('job ran', req.query.job), delay);
  res.sendStatus(202);
});

app.get('/jobs/poll', (req, res) => {
  // expect: code-injection
  setInterval(req.query.poller, 5000);
  res.sendStatus(202);
});

module.exports = app;
