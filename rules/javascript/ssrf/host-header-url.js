const express = require('express');
const axios = require('axios');

const app = express();

app.post('/revalidate', async (req, res) => {
  // A self-request through the Host header: info, check the deployment (message).
  // expect: ssrf
  await fetch(`https://${req.headers.host}/api/revalidate?path=${encodeURIComponent(req.body.path)}`, { method: 'HEAD' });
  // expect: ssrf
  await axios.post(`${req.protocol}://${req.get('host')}/api/cache/purge`, {});
  // expect: ssrf
  await fetch(`http://${req.hostname}/healthz`);
  res.sendStatus(204);
});

app.post('/revalidate/configured', async (req, res) => {
  // safe: ssrf
  await fetch(`${process.env.PUBLIC_URL}/api/revalidate`, { method: 'HEAD' });
  // safe: ssrf
  await fetch(`https://app.example.com/api/revalidate?path=${encodeURIComponent(req.body.path)}`);
  // safe: ssrf
  await axios.get(`http://localhost:${process.env.PORT}/healthz`);
  res.sendStatus(204);
});
