// construct: a same-file helper that returns the cleaned value
const { exec } = require('child_process');

const COMMANDS = new Set(['ls', 'pwd']);

function checked(cmd) {
  if (!COMMANDS.has(cmd)) {
    throw new Error('bad command');
  }
  return cmd;
}

function passThrough(cmd) {
  return cmd.trim();
}

function cleaned(req) {
  const cmd = checked(req.query.cmd);
  // safe: cmdi
  exec(cmd);
}

function notCleaned(req) {
  const cmd = passThrough(req.query.cmd);
  // expect: cmdi
  exec(cmd);
}

module.exports = { cleaned, notCleaned };
