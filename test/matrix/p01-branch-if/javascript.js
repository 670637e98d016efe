// construct: a variable assigned on one branch of an if keeps the other path's value after the join
const { exec } = require('child_process');

function defaultOnOneBranch(req) {
  let p = req.query.p;
  if (p == null) p = '';
  // expect: cmdi
  exec(p);
}

function taintedElse(req, verbose) {
  let cmd = 'ls';
  if (verbose) {
    cmd = req.query.cmd;
  } else {
    cmd = 'ls -l';
  }
  // expect: cmdi
  exec(cmd);
}

function constantOnBothBranches(req, verbose) {
  let cmd = req.query.cmd;
  if (verbose) {
    cmd = 'ls -l';
  } else {
    cmd = 'ls';
  }
  // safe: cmdi
  exec(cmd);
}

module.exports = { defaultOnOneBranch, taintedElse, constantOnBothBranches };
