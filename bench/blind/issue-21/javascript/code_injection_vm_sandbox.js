// class: code-injection — "sandboxed" user scripts: vm.runIn*Context, vm.Script, compileFunction, vm2 VM/NodeVM
const express = require('express');
const vm = require('vm');
const { VM, NodeVM } = require('vm2');

const router = express.Router();

router.post('/formulas/run', (req, res) => {
  const sandbox = { row: req.body.row, result: null };
  // expect: code-injection
  vm.runInNewContext(req.body.formula, sandbox, { timeout: 100 });
  res.json({ result: sandbox.result });
});

router.post('/formulas/precompile', (req, res) => {
  // expect: code-injection
  const script = new vm.Script(req.body.source, { filename: 'user-formula.js' });
  const context = vm.createContext({ input: req.body.input });
  res.json({ output: script.runInContext(context) });
});

router.post('/formulas/function', (req, res) => {
  // expect: code-injection
  const fn = vm.compileFunction(req.body.body, ['input']);
  res.json({ output: fn(req.body.input) });
});

router.post('/formulas/this-context', (req, res) => {
  // expect: code-injection
  const value = vm.runInThisContext(`(function(){ return ${req.body.expr}; })()`);
  res.json({ value });
});

router.post('/plugins/run', (req, res) => {
  const sandboxed = new VM({ timeout: 500, sandbox: {} });
  // expect: code-injection
  res.json({ value: sandboxed.run(req.body.code) });
});

router.post('/plugins/node', (req, res) => {
  const nodeVm = new NodeVM({ console: 'redirect', require: { external: false } });
  // expect: code-injection
  const exported = nodeVm.run(req.body.module, 'plugin.js');
  res.json({ keys: Object.keys(exported || {}) });
});

router.get('/formulas/sum', (req, res) => {
  const context = { a: Number(req.query.a), b: Number(req.query.b) };
  // safe: code-injection
  const sum = vm.runInNewContext('a + b', context);
  res.json({ sum });
});

module.exports = router;
