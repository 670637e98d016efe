// construct: a validation guard that leaves early cleans the variable it tests after it
const { exec } = require('child_process');

function isAllowed(cmd) {
  return cmd === 'ls' || cmd === 'pwd';
}

function guarded(req, res) {
  const cmd = req.query.cmd;
  if (!isAllowed(cmd)) {
    return res.status(400).end();
  }
  // safe: cmdi
  exec(cmd);
}

function guardedThrow(req) {
  const cmd = req.query.cmd;
  if (!isAllowed(cmd)) throw new Error('bad command');
  // safe: cmdi
  exec(cmd);
}

function unguarded(req) {
  const cmd = req.query.cmd;
  // expect: cmdi
  exec(cmd);
}

module.exports = { guarded, guardedThrow, unguarded };
