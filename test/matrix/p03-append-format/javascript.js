// construct: a template literal built from request data, then extended
const { exec } = require('child_process');

function templateThenAppend(req) {
  let c = `ls ${req.query.dir}`;
  c += ' -l';
  // expect: cmdi
  exec(c);
}

function templateConstants() {
  const dir = '/srv';
  let c = `ls ${dir}`;
  c += ' -l';
  // safe: cmdi
  exec(c);
}

module.exports = { templateThenAppend, templateConstants };
