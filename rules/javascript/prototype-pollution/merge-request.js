const express = require('express');
const _ = require('lodash');
const merge = require('deepmerge');

const app = express();
const defaults = { theme: 'light', notifications: { email: true } };

app.post('/settings', (req, res) => {
  const settings = {};
  // expect: prototype-pollution
  _.merge(settings, req.body);
  // expect: prototype-pollution
  const combined = merge(defaults, req.body.preferences);
  // expect: prototype-pollution
  _.set(settings, req.body.path, req.body.value);
  res.json({ settings, combined });
});

app.put('/profile/:section', (req, res) => {
  const profile = loadProfile(req.user.id);
  const field = req.query.field;
  // expect: prototype-pollution
  profile[req.params.section][field] = req.body.value;
  res.json(profile);
});

function deepCopy(target, source) {
  for (const key in source) {
    // expect: prototype-pollution
    if (typeof source[key] === 'object') target[key] = deepCopy(target[key] || {}, source[key]);
  }
  return target;
}

app.post('/safe', (req, res) => {
  const { theme, language } = req.body;
  // safe: prototype-pollution
  const prefs = _.merge({}, defaults, { theme, language });
  // safe: prototype-pollution
  _.set(prefs, 'notifications.email', req.body.email === true);
  const counters = new Map();
  // safe: prototype-pollution
  counters.set(req.query.name, 1);
  res.json(prefs);
});

app.post('/lookup', (req, res) => {
  const table = Object.create(null);
  // safe: prototype-pollution
  table[req.query.key] = req.query.value;
  res.json(table);
});

function safeCopy(target, source) {
  for (const key in source) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    // safe: prototype-pollution
    target[key] = source[key];
  }
  return target;
}

module.exports = { deepCopy, safeCopy };

// One computed level only changes the object's own prototype, never Object.prototype.
app.post('/flags', (req, res) => {
  const flags = { ...req.query };
  for (const [name, value] of Object.entries(req.query)) {
    // safe: prototype-pollution
    flags[name.toLowerCase()] = value;
  }
  res.json(flags);
});

app.post('/tree', (req, res) => {
  const tree = loadTree(req.user.id);
  const parts = String(req.body.path).split('.');
  let node = tree;
  for (let i = 0; i < parts.length - 1; i++) {
    node = node[parts[i]] || (node[parts[i]] = {});
  }
  // expect: prototype-pollution
  node[parts[parts.length - 1]] = req.body.value;
  res.json(tree);
});

app.post('/groups', (req, res) => {
  const groups = {};
  // expect: prototype-pollution
  groups[req.body.group].owner = req.body.owner;
  // safe: prototype-pollution
  groups.admins[req.body.member] = true;
  res.json(groups);
});

function deepMerge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (value && typeof value === 'object') {
      // expect: prototype-pollution
      target[key] = deepMerge(target[key] ?? {}, value);
    } else {
      target[key] = value;
    }
  }
  return target;
}

function mergeSafely(target, source) {
  for (const key of Object.keys(source)) {
    if (!Object.hasOwn(source, key) || key === '__proto__') continue;
    // safe: prototype-pollution
    target[key] = source[key];
  }
  return target;
}

function copyCounts(source) {
  const counts = new Map();
  for (const key of Object.keys(source)) {
    // safe: prototype-pollution
    counts[key.length] = source[key];
  }
  return counts;
}

module.exports.deepMerge = deepMerge;
module.exports.mergeSafely = mergeSafely;
module.exports.copyCounts = copyCounts;
