// construct: taint already in a variable survives text appended to it with +=
const { exec } = require('child_process');

function appendToCopy(req) {
  const p = req.query.p;
  let c = p;
  c += ' -l';
  // expect: cmdi
  exec(c);
}

function appendConstants() {
  let c = 'ls';
  c += ' -l';
  // safe: cmdi
  exec(c);
}

module.exports = { appendToCopy, appendConstants };
