// class: code-injection — plugin loader: require(x) / import(x) of request data vs an allow-list
const express = require('express');
const path = require('path');

const app = express();
const EXPORTERS = {
  csv: './exporters/csv',
  xlsx: './exporters/xlsx',
};

app.get('/export', async (req, res) => {
  // expect: code-injection
  const exporter = require(req.query.format);
  res.send(await exporter.run(req.query.id));
});

app.get('/export-safe', async (req, res) => {
  const modulePath = EXPORTERS[req.query.format];
  if (!modulePath) return res.status(400).send('unknown format');
  // safe: code-injection
  const exporter = require(modulePath);
  res.send(await exporter.run(req.query.id));
});

app.get('/i18n/:locale', async (req, res) => {
  // expect: code-injection
  const messages = await import(`./locales/${req.params.locale}.mjs`);
  res.json(messages.default);
});

app.get('/theme', async (req, res) => {
  // expect: code-injection
  const theme = await import(req.query.theme);
  res.json(theme.palette);
});

app.get('/report-module', (req, res) => {
  const name = path.basename(String(req.query.name));
  const allowed = new Set(['daily', 'weekly', 'monthly']);
  if (!allowed.has(name)) return res.sendStatus(404);
  // safe: code-injection
  const report = require(`./reports/${name}`);
  res.json(report.describe());
});

module.exports = app;
