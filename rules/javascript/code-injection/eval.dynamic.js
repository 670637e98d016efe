const express = require('express');
const { NodeVM } = require('vm2');

const app = express();
const HANDLERS = { sum: (a, b) => a + b };

app.post('/calc', (req, res) => {
  const expression = req.body.expression;
  // expect: code-injection
  const result = (0, eval)(expression);
  const vm = new NodeVM({ timeout: 100 });
  // expect: code-injection
  const out = vm.run(req.body.script);
  res.json({ result, out });
});

app.get('/plugin', async (req, res) => {
  // expect: code-injection
  const plugin = require(req.query.name);
  // expect: code-injection
  const mod = await import(req.query.module);
  res.json({ plugin: plugin.name, mod: Object.keys(mod) });
});

app.get('/safe', async (req, res) => {
  // safe: code-injection
  const fmt = require('./formatters/' + 'json');
  // safe: code-injection
  const handler = HANDLERS[req.query.op];
  // safe: code-injection
  const mod = await import('./reports.js');
  // safe: code-injection
  const total = (0, eval)('1 + 2');
  res.json({ fmt, total, ok: typeof handler === 'function', mod });
});

function dispatch(name, args) {
  // safe: code-injection
  return HANDLERS[name](...args);
}

module.exports = { dispatch };
