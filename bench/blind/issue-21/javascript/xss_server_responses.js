// class: xss — Express/Koa/Fastify/Hapi handlers returning HTML built from request data
const express = require('express');
const escapeHtml = require('escape-html');
const Koa = require('koa');
const Router = require('@koa/router');
const fastify = require('fastify')({ logger: true });
const Hapi = require('@hapi/hapi');

const app = express();

app.get('/welcome', (req, res) => {
  // expect: xss
  res.send(`<h1>Welcome back, ${req.query.name}!</h1>`);
});

app.get('/welcome-safe', (req, res) => {
  // safe: xss
  res.send(`<h1>Welcome back, ${escapeHtml(req.query.name)}!</h1>`);
});

app.get('/echo.txt', (req, res) => {
  // safe: xss
  res.type('text/plain').send('You searched for ' + req.query.q);
});

app.get('/error-page', (req, res) => {
  res.status(404);
  // expect: xss
  res.write('<p>Page ' + req.query.page + ' not found</p>');
  res.end();
});

app.get('/api/greeting', (req, res) => {
  // safe: xss
  res.json({ greeting: `Hello ${req.query.name}` });
});

const koa = new Koa();
const router = new Router();
router.get('/search', (ctx) => {
  // expect: xss
  ctx.body = `<div class="results">No results for <em>${ctx.query.term}</em></div>`;
});
koa.use(router.routes());

fastify.get('/profile/:user', async (request, reply) => {
  // expect: xss
  reply.type('text/html').send('<h2>' + request.params.user + '</h2>');
});

async function startHapi() {
  const server = Hapi.server({ port: 4000 });
  server.route({
    method: 'GET',
    path: '/hello',
    handler: (request, h) => {
      // expect: xss
      return h.response(`<p>Hello ${request.query.who}</p>`).type('text/html');
    },
  });
  await server.start();
}

module.exports = { app, koa, fastify, startHapi };
