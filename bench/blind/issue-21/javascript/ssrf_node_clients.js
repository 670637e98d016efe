// class: ssrf — image proxy and integrations: http(s).get/request, node-fetch, undici, superagent, needle
const express = require('express');
const http = require('http');
const https = require('https');
const nodeFetch = require('node-fetch');
const { request: undiciRequest } = require('undici');
const superagent = require('superagent');
const needle = require('needle');
const config = require('./config');

const router = express.Router();

router.get('/image-proxy', (req, res) => {
  // expect: ssrf
  http.get(req.query.src, (upstream) => upstream.pipe(res));
});

router.get('/image-proxy-tls', (req, res) => {
  // expect: ssrf
  const upstream = https.request(new URL(req.query.src), (r) => r.pipe(res));
  upstream.end();
});

router.get('/tenant-health', (req, res) => {
  // expect: ssrf
  const upstream = https.request({ hostname: req.query.host, path: '/health', method: 'GET' }, (r) => r.pipe(res));
  upstream.end();
});

router.get('/charges/:id', (req, res) => {
  const options = { hostname: 'api.stripe.com', path: `/v1/charges/${encodeURIComponent(req.params.id)}` };
  // safe: ssrf
  const upstream = https.request(options, (r) => r.pipe(res));
  upstream.end();
});

router.get('/unfurl', async (req, res) => {
  // expect: ssrf
  const page = await nodeFetch(req.query.url);
  res.send(await page.text());
});

router.get('/metrics-proxy', async (req, res) => {
  // expect: ssrf
  const { body } = await undiciRequest(req.query.endpoint);
  res.send(await body.text());
});

router.post('/notify', async (req, res) => {
  // expect: ssrf
  await superagent.post(req.body.notifyUrl).send({ event: 'done' });
  res.sendStatus(204);
});

router.get('/avatar', (req, res) => {
  // expect: ssrf
  needle.get(req.query.avatarUrl, (err, resp) => res.send(err ? '' : resp.body));
});

router.get('/inventory/:sku', async (req, res) => {
  // safe: ssrf
  const page = await nodeFetch(`${config.inventoryBaseUrl}/items/${encodeURIComponent(req.params.sku)}`);
  res.json(await page.json());
});

module.exports = router;
