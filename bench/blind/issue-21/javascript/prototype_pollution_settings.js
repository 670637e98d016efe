// class: prototype-pollution — user settings API: deep merges, recursive copy, computed keys, lodash set with request paths
const express = require('express');
const _ = require('lodash');
const extend = require('extend');

const router = express.Router();
router.use(express.json());

const DEFAULTS = { theme: 'light', notifications: { email: true, sms: false } };
const EDITABLE = new Set(['theme', 'language', 'timezone']);

function deepCopy(target, source) {
  for (const key in source) {
    if (typeof source[key] === 'object' && source[key] !== null) {
      target[key] = target[key] || {};
      deepCopy(target[key], source[key]);
    } else {
      // expect: prototype-pollution
      target[key] = source[key];
    }
  }
  return target;
}

router.put('/settings', (req, res) => {
  // expect: prototype-pollution
  const settings = _.merge({}, DEFAULTS, req.body);
  res.json(settings);
});

router.put('/settings/extend', (req, res) => {
  // expect: prototype-pollution
  const settings = extend(true, {}, DEFAULTS, req.body.settings);
  res.json(settings);
});

router.put('/settings/defaults', (req, res) => {
  // expect: prototype-pollution
  res.json(_.defaultsDeep(req.body, DEFAULTS));
});

router.put('/settings/copy', (req, res) => {
  res.json(deepCopy({}, req.body));
});

router.patch('/settings/field', (req, res) => {
  const settings = req.session.settings || {};
  // expect: prototype-pollution
  settings[req.body.section][req.body.key] = req.body.value;
  res.json(settings);
});

router.patch('/settings/path', (req, res) => {
  const settings = {};
  // expect: prototype-pollution
  _.set(settings, req.body.path, req.body.value);
  res.json(settings);
});

router.patch('/settings/path-with', (req, res) => {
  // expect: prototype-pollution
  res.json(_.setWith({}, req.query.path, req.query.value, Object));
});

router.patch('/settings/allowed', (req, res) => {
  const settings = { ...DEFAULTS };
  if (!EDITABLE.has(req.body.key)) return res.sendStatus(400);
  // safe: prototype-pollution
  settings[req.body.key] = String(req.body.value);
  res.json(settings);
});

router.patch('/settings/map', (req, res) => {
  const overrides = new Map();
  // safe: prototype-pollution
  overrides.set(req.body.key, req.body.value);
  res.json(Object.fromEntries(overrides));
});

router.put('/settings/shallow', (req, res) => {
  const { theme, language } = req.body;
  // safe: prototype-pollution
  const settings = Object.assign({}, DEFAULTS, { theme: String(theme), language: String(language) });
  res.json(settings);
});

module.exports = router;
