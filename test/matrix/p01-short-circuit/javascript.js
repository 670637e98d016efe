// construct: ternary and short-circuit assignments carry either arm
const { exec } = require('child_process');

function orDefault(req) {
  let p = req.query.p;
  p = p || '';
  // expect: cmdi
  exec(p);
}

function ternaryDefault(req) {
  let p = req.query.p;
  p = p == null ? '' : p;
  // expect: cmdi
  exec(p);
}

function bothArmsConstant(req) {
  const p = req.query.p;
  const cmd = p ? 'ls' : 'ls -l';
  // safe: cmdi
  exec(cmd);
}

module.exports = { orDefault, ternaryDefault, bothArmsConstant };
