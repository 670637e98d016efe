// construct: an assignment in try may not have happened in catch; finally sees both
const { exec } = require('child_process');

function fallbackInCatch(req) {
  let cmd = req.query.cmd;
  try {
    cmd = 'ls ' + JSON.parse(cmd).dir;
    cmd = 'ls';
  } catch (e) {
    // expect: cmdi
    exec(cmd);
  }
}

function finallySeesTry(req) {
  let cmd = 'ls';
  try {
    cmd = req.query.cmd;
    cmd = 'ls -l';
  } finally {
    // expect: cmdi
    exec(cmd);
  }
}

function constantEverywhere(req) {
  let cmd = req.query.cmd;
  try {
    cmd = 'ls';
  } catch (e) {
    cmd = 'ls -l';
  }
  // safe: cmdi
  exec(cmd);
}

module.exports = { fallbackInCatch, finallySeesTry, constantEverywhere };
