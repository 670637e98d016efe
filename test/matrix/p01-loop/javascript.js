// construct: a definition inside a loop reaches the code after the loop and the next iteration
const { exec } = require('child_process');

function assignedInLoop(req, names) {
  let cmd = 'ls';
  for (const name of names) {
    if (name === 'x') cmd = req.query[name];
  }
  // expect: cmdi
  exec(cmd);
}

function nextIteration(req, n) {
  let cmd = 'ls';
  let next = 'ls';
  let i = 0;
  while (i < n) {
    // expect: cmdi
    exec(cmd);
    cmd = next;
    next = req.query.c;
    i++;
  }
}

function constantInLoop(req, n) {
  let cmd = req.query.c;
  for (let i = 0; i < n; i++) {
    cmd = 'ls';
    // safe: cmdi
    exec(cmd);
  }
}

module.exports = { assignedInLoop, nextIteration, constantInLoop };
