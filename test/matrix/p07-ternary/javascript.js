// construct: a ternary carries its arms, not its condition
const { exec } = require('child_process');

function taintedArm(req, verbose) {
  const cmd = verbose ? req.query.cmd : 'ls';
  // expect: cmdi
  exec(cmd);
}

function taintedCondition(req) {
  const cmd = req.query.mode === 'long' ? 'ls -l' : 'ls';
  // safe: cmdi
  exec(cmd);
}

module.exports = { taintedArm, taintedCondition };
