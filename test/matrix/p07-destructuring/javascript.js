// construct: destructuring takes each name from its own property or element
const { exec } = require('child_process');

function fromRequest(req) {
  const { cmd } = req.query;
  // expect: cmdi
  exec(cmd);
}

function objectPattern(req) {
  const { command, fixed } = { command: req.query.cmd, fixed: 'uptime' };
  // expect: cmdi
  exec(command);

  // safe: cmdi
  exec(fixed);
}

function arrayPattern(req) {
  const [first, second] = [req.query.cmd, 'ls'];
  // expect: cmdi
  exec(first);

  // safe: cmdi
  exec(second);
}

function renamed(req) {
  const { cmd: command, dir = '/tmp' } = { cmd: 'uptime', dir: undefined };
  // safe: cmdi
  exec(command + ' ' + dir);
}

module.exports = { fromRequest, objectPattern, arrayPattern, renamed };
