// Framework error idioms: Fastify's reply.send(err) hands the error to the error handler (as a
// throw does); http-errors' `expose` is true only for 4xx errors meant for the client.
const fastify = require('fastify')();
const Koa = require('koa');
const createError = require('http-errors');

const koa = new Koa();

fastify.get('/orders/:id', async (request, reply) => {
  try {
    return await loadOrder(request.params.id);
  } catch (err) {
    // safe: info-leak
    reply.send(err);
  }
});

fastify.get('/invoices/:id', async (request, reply) => {
  try {
    return await loadInvoice(request.params.id);
  } catch (err) {
    // expect: info-leak
    reply.code(500).send({ error: err.message });
  }
});

fastify.get('/debug', async (request, reply) => {
  try {
    return await loadOrder(request.query.id);
  } catch (err) {
    // expect: info-leak
    reply.send(err.stack);
  }
});

koa.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    // safe: info-leak
    ctx.body = err.expose ? err.message : 'Internal Server Error';
  }
});

koa.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = 500;
    // expect: info-leak
    ctx.body = err.message;
  }
});

function notFound(res) {
  const err = createError(404, 'No such order');
  // safe: info-leak
  res.status(err.status).send(err.expose && err.message);
}

async function loadOrder(id) {
  return { id };
}

async function loadInvoice(id) {
  return { id };
}

module.exports = { fastify, koa, notFound };
