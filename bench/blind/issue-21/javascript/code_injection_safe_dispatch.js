// class: code-injection — near-misses in a rules engine: lookup-table dispatch, JSON, constant scripts, precompiled templates
const express = require('express');
const vm = require('vm');
const Handlebars = require('handlebars');

const router = express.Router();
router.use(express.json());

const OPERATIONS = {
  sum: (values) => values.reduce((a, b) => a + b, 0),
  max: (values) => Math.max(...values),
};
const receipt = Handlebars.compile('<p>Thanks, {{name}}!</p>');
const discountScript = new vm.Script('price * (1 - rate)');

router.post('/ops/:name', (req, res) => {
  const op = OPERATIONS[req.params.name];
  if (typeof op !== 'function' || !Object.hasOwn(OPERATIONS, req.params.name)) return res.sendStatus(404);
  // safe: code-injection
  res.json({ value: op(req.body.values.map(Number)) });
});

router.post('/receipt', (req, res) => {
  // safe: code-injection
  res.send(receipt({ name: req.body.name }));
});

router.post('/discount', (req, res) => {
  const context = vm.createContext({ price: Number(req.body.price), rate: Number(req.body.rate) });
  // safe: code-injection
  res.json({ value: discountScript.runInContext(context) });
});

router.post('/rules/import', (req, res) => {
  // safe: code-injection
  const rules = JSON.parse(req.body.rulesJson);
  res.json({ count: rules.length });
});

router.post('/reminder', (req, res) => {
  const minutes = Math.max(1, Number(req.body.minutes) || 1);
  // safe: code-injection
  setTimeout(() => req.app.emit('reminder', String(req.body.text)), minutes * 60000);
  res.sendStatus(202);
});

router.post('/rules/legacy', (req, res) => {
  // expect: code-injection
  const check = new Function('order', 'return (' + req.body.condition + ');');
  res.json({ passes: Boolean(check(req.body.order)) });
});

module.exports = router;
