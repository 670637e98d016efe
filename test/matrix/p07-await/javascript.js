// construct: await passes on what the awaited promise resolves to
const { exec } = require('child_process');

async function readCommand(req) {
  return req.query.cmd;
}

async function fixedCommand(req) {
  return 'uptime';
}

async function awaited(req) {
  const cmd = await readCommand(req);
  // expect: cmdi
  exec(cmd);
}

async function awaitedConstant(req) {
  const cmd = await fixedCommand(req);
  // safe: cmdi
  exec(cmd);
}

async function awaitedPromise(req) {
  const cmd = await Promise.resolve(req.query.cmd);
  // expect: cmdi
  exec(cmd);
}

module.exports = { awaited, awaitedConstant, awaitedPromise };
