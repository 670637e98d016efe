// class: deserialization — restoring saved state: node-serialize, js-yaml unsafe schema, funcster, serialize-javascript output evaluated
const express = require('express');
const nodeSerialize = require('node-serialize');
const yaml = require('js-yaml');
const funcster = require('funcster');
const serializeJs = require('serialize-javascript');
const cookieParser = require('cookie-parser');

const app = express();
app.use(cookieParser());
app.use(express.text({ type: ['application/yaml', 'text/plain'] }));

app.get('/restore', (req, res) => {
  // expect: deserialization
  const state = nodeSerialize.unserialize(Buffer.from(req.cookies.state, 'base64').toString());
  res.json(state);
});

app.post('/pipelines/import', (req, res) => {
  // expect: deserialization
  const pipeline = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA });
  res.json(pipeline);
});

app.post('/pipelines/import-safe', (req, res) => {
  // safe: deserialization
  const pipeline = yaml.load(req.body, { schema: yaml.JSON_SCHEMA });
  res.json(pipeline);
});

app.post('/jobs/import', (req, res) => {
  // expect: deserialization
  const job = funcster.deepDeserialize(JSON.parse(req.body));
  res.json({ name: job.name });
});

app.post('/widgets/import', (req, res) => {
  // expect: code-injection
  const widget = eval('(' + req.body + ')');
  res.json({ id: widget.id });
});

app.get('/widgets/export', (req, res) => {
  const snapshot = serializeJs({ id: req.query.id, created: new Date() }, { isJSON: true });
  res.type('application/javascript').send('window.__WIDGET__ = ' + snapshot);
});

app.post('/prefs/import', (req, res) => {
  // safe: deserialization
  const prefs = JSON.parse(req.body);
  res.json(prefs);
});

module.exports = app;
