// class: prototype-pollution — query-string config loader: Object.assign of request objects, guarded recursive merge
const express = require('express');

const app = express();
app.use(express.json());

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function safeMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (UNSAFE_KEYS.has(key)) continue;
    const value = source[key];
    if (value && typeof value === 'object') {
      target[key] = safeMerge(target[key] || {}, value);
    } else {
      // safe: prototype-pollution
      target[key] = value;
    }
  }
  return target;
}

app.post('/widgets', (req, res) => {
  const widget = { id: Date.now(), kind: 'chart' };
  // expect: prototype-pollution
  Object.assign(widget, req.body);
  res.json(widget);
});

app.post('/widgets/guarded', (req, res) => {
  res.json(safeMerge({ kind: 'chart' }, req.body));
});

app.get('/filters', (req, res) => {
  const filters = {};
  for (const [name, value] of Object.entries(req.query)) {
    const [group, field] = name.split('.');
    filters[group] = filters[group] || {};
    // expect: prototype-pollution
    filters[group][field] = value;
  }
  res.json(filters);
});

module.exports = app;
