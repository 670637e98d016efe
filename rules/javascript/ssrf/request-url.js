const express = require('express');
const axios = require('axios');
const https = require('https');

const app = express();
const API_BASE = 'https://api.example.com';
const ALLOWED_HOSTS = new Set(['images.example-cdn.com']);

app.get('/proxy', async (req, res) => {
  // expect: ssrf
  const response = await fetch(req.query.url);
  res.send(await response.text());
});

app.post('/webhook/test', async (req, res) => {
  const { callbackUrl } = req.body;
  // expect: ssrf
  const result = await axios.post(callbackUrl, { ping: true });
  res.json({ status: result.status });
});

app.get('/preview', (req, res) => {
  const target = new URL(req.query.link);
  // expect: ssrf
  https.get(target, (upstream) => upstream.pipe(res));
});

app.get('/avatar', async (req, res) => {
  // expect: ssrf
  const img = await axios.get(`${req.query.host}/avatar.png`, { responseType: 'stream' });
  img.data.pipe(res);
});

app.get('/users/:id', async (req, res) => {
  // safe: ssrf
  const user = await fetch(`${API_BASE}/users/${encodeURIComponent(req.params.id)}`);
  // safe: ssrf
  const repo = await axios.get(`https://api.github.com/repos/${req.params.id}`);
  // safe: ssrf
  const status = await fetch('https://status.example.com/health');
  res.json({ user: await user.json(), repo: repo.data, ok: status.ok });
});

app.get('/image', async (req, res) => {
  const url = new URL(req.query.src);
  if (url.protocol !== 'https:' || !ALLOWED_HOSTS.has(url.hostname)) return res.sendStatus(400);
  // safe: ssrf
  const image = await fetch(url);
  res.send(Buffer.from(await image.arrayBuffer()));
});

app.get('/items/:id', async (req, res) => {
  // safe: ssrf
  const item = await axios.get(`${process.env.API_URL}/items/${req.params.id}`);
  res.json(item.data);
});
