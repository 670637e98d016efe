// class: ssrf — near-misses in a partner integration: fixed hosts with user paths, allow-listed hosts, configured bases
const express = require('express');
const axios = require('axios');
const config = require('./config');

const router = express.Router();
const ALLOWED_HOSTS = new Set(['hooks.slack.com', 'discord.com']);
const billing = axios.create({ baseURL: config.billingApiBase });

router.post('/hooks/deliver', async (req, res) => {
  const target = new URL(req.body.url);
  if (target.protocol !== 'https:' || !ALLOWED_HOSTS.has(target.hostname)) return res.sendStatus(400);
  // safe: ssrf
  await axios.post(target.toString(), { text: 'deploy finished' });
  res.sendStatus(204);
});

router.get('/billing/:customer', async (req, res) => {
  // safe: ssrf
  const { data } = await billing.get('/customers/' + encodeURIComponent(req.params.customer));
  res.json(data);
});

router.get('/weather', async (req, res) => {
  const url = new URL('https://api.weather.example.com/v1/forecast');
  url.searchParams.set('city', String(req.query.city));
  // safe: ssrf
  const response = await fetch(url);
  res.json(await response.json());
});

router.get('/cdn/:asset', async (req, res) => {
  // safe: ssrf
  const response = await fetch(config.cdnBase + '/assets/' + encodeURIComponent(req.params.asset));
  res.type(response.headers.get('content-type') || 'application/octet-stream').send(Buffer.from(await response.arrayBuffer()));
});

router.post('/hooks/any', async (req, res) => {
  // expect: ssrf
  await axios.post(req.body.url, { text: 'deploy finished' });
  res.sendStatus(204);
});

router.get('/mirror', async (req, res) => {
  // expect: ssrf
  const response = await fetch(`${req.query.origin}/api/health`);
  res.json(await response.json());
});

module.exports = router;
