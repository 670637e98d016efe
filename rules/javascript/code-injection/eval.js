const express = require('express');
const vm = require('vm');

const app = express();
const OPERATIONS = { sum: (a, b) => a + b, max: Math.max };

app.post('/calc', (req, res) => {
  // expect: code-injection
  const result = eval(req.body.expression);
  res.json({ result });
});

app.post('/rule', (req, res) => {
  const { condition } = req.body;
  // expect: code-injection
  const check = new Function('order', `return ${condition};`);
  res.json({ ok: check({ total: 10 }) });
});

app.post('/sandbox', (req, res) => {
  // expect: code-injection
  const out = vm.runInNewContext(req.body.code, { console });
  res.json({ out });
});

function scheduleReminder(userName) {
  // expect: code-injection
  setTimeout("showReminder('" + userName + "')", 1000);
}

app.post('/safe', (req, res) => {
  // safe: code-injection
  const config = JSON.parse(req.body.config);
  // safe: code-injection
  const add = new Function('a', 'b', 'return a + b');
  const op = OPERATIONS[req.body.op];
  // safe: code-injection
  setTimeout(() => res.json({ config, value: op ? op(1, 2) : add(1, 2) }), 10);
  // safe: code-injection
  const two = eval('1 + 1');
  // safe: code-injection
  setTimeout('refreshDashboard()', 5000);
  return two;
});

module.exports = { scheduleReminder };
