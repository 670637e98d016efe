// construct: parts pushed into an array, then joined into the command
const { exec } = require('child_process');

function pushThenJoin(req) {
  const parts = ['ls'];
  parts.push(req.query.dir);
  // expect: cmdi
  exec(parts.join(' '));
}

function constantParts() {
  const parts = ['ls'];
  parts.push('-l');
  // safe: cmdi
  exec(parts.join(' '));
}

module.exports = { pushThenJoin, constantParts };
