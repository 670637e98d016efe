// construct: String.prototype.concat keeps the taint of its receiver and arguments
const { exec } = require('child_process');

function concatRequest(req) {
  const c = 'ls '.concat(req.query.dir);
  // expect: cmdi
  exec(c);
}

function concatOnTainted(req) {
  let c = req.query.cmd;
  c = c.concat(' -l');
  // expect: cmdi
  exec(c);
}

function concatConstants() {
  const c = 'ls '.concat('-l');
  // safe: cmdi
  exec(c);
}

module.exports = { concatRequest, concatOnTainted, concatConstants };
