const express = require('express');
const serialize = require('node-serialize');
const yaml = require('js-yaml');

const app = express();
app.use(express.text());

app.get('/profile', (req, res) => {
  const raw = Buffer.from(req.cookies.profile, 'base64').toString();
  // expect: deserialization
  const profile = serialize.unserialize(raw);
  res.json(profile);
});

app.post('/import', (req, res) => {
  // expect: deserialization
  const config = yaml.load(req.body);
  res.json(config);
});

app.post('/import/full', (req, res) => {
  // expect: deserialization
  const doc = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA });
  res.json(doc);
});

function restoreState(blob) {
  // expect: deserialization
  return serialize.unserialize(blob);
}

app.post('/safe', (req, res) => {
  // safe: deserialization
  const data = JSON.parse(req.body);
  // safe: deserialization
  const settings = yaml.safeLoad(req.body);
  // safe: deserialization
  const plain = yaml.load(req.body, { schema: yaml.JSON_SCHEMA });
  // safe: deserialization
  const saved = serialize.serialize({ data, settings, plain });
  res.send(saved);
});

module.exports = { restoreState };
