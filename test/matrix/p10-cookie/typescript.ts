// construct: cookie options built on one line take effect at reply.setCookie, where the finding is reported
import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
import { CookieSerializeOptions } from '@fastify/cookie';

const app = Fastify();

app.post('/login', async (request: FastifyRequest, reply: FastifyReply) => {
  const options: CookieSerializeOptions = { path: '/', signed: true };
  // expect: insecure-cookie
  reply.setCookie('session', String(request.id), options);
  return { ok: true };
});

app.post('/login/safe', async (request: FastifyRequest, reply: FastifyReply) => {
  const options: CookieSerializeOptions = { path: '/', httpOnly: true, secure: true, sameSite: 'lax' };
  // safe: insecure-cookie
  reply.setCookie('session', String(request.id), options);
  return { ok: true };
});
