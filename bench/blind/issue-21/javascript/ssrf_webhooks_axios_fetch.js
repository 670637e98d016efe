// class: ssrf — webhook tester and partner API calls: fetch, axios (call, request, instances), got
const express = require('express');
const axios = require('axios');
const got = require('got');

const app = express();
app.use(express.json());

const partner = axios.create({ baseURL: 'https://api.partner.example.com/v2', timeout: 5000 });
const generic = axios.create({ timeout: 5000 });

app.post('/webhooks/test', async (req, res) => {
  // expect: ssrf
  const response = await fetch(req.body.url, { method: 'POST', body: '{"ping":true}' });
  res.json({ status: response.status });
});

app.post('/webhooks/test-axios', async (req, res) => {
  // expect: ssrf
  const response = await axios.post(req.body.callbackUrl, { ping: true });
  res.json({ status: response.status });
});

app.get('/preview', async (req, res) => {
  // expect: ssrf
  const response = await axios({ method: 'get', url: req.query.link });
  res.json({ title: response.data.title });
});

app.get('/preview-request', async (req, res) => {
  const options = { url: req.query.link, method: 'GET' };
  // expect: ssrf
  const response = await axios.request(options);
  res.json({ length: String(response.data).length });
});

app.get('/proxy', async (req, res) => {
  // expect: ssrf
  const response = await generic.get(req.query.target);
  res.send(response.data);
});

app.get('/partner/orders/:id', async (req, res) => {
  // safe: ssrf
  const response = await partner.get(`/orders/${encodeURIComponent(req.params.id)}`);
  res.json(response.data);
});

app.get('/github/:user', async (req, res) => {
  // safe: ssrf
  const response = await fetch(`https://api.github.com/users/${encodeURIComponent(req.params.user)}`);
  res.json(await response.json());
});

app.get('/feeds', async (req, res) => {
  // expect: ssrf
  const body = await got(req.query.feed).text();
  res.type('application/xml').send(body);
});

app.get('/status-page', async (req, res) => {
  // safe: ssrf
  const body = await got('https://status.example.com/api/summary.json').json();
  res.json(body);
});

module.exports = app;
