// Whether a prompt is about request handling on a server: some requirements only count there
// (a file read by a local script is no path-traversal risk).

export const SERVER_CONTEXT = new RegExp(
  '\\b(end ?points?|routes?|apis?|rest|graphql|handlers?|controllers?|servers?|backend|back-end|middlewares?|webhooks?|lambda|microservices?|flask|django|fastapi|express|nestjs|koa|fastify|hapi|spring|servlets?|jax-rs|gin|net/http|grpc|request|requests|views?\\.py|django views?|server[- ]side)\\b',
  'i',
);
