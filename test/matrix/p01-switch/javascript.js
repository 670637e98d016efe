// construct: a switch where one case leaves the tainted value in place
const { exec } = require('child_process');

function caseKeepsTaint(req, mode) {
  let cmd = req.query.cmd;
  switch (mode) {
    case 1:
      cmd = 'ls';
      break;
    case 2:
      break;
    default:
      cmd = 'pwd';
  }
  // expect: cmdi
  exec(cmd);
}

function everyCaseConstant(req, mode) {
  let cmd = req.query.cmd;
  switch (mode) {
    case 1:
      cmd = 'ls';
      break;
    default:
      cmd = 'pwd';
      break;
  }
  // safe: cmdi
  exec(cmd);
}

module.exports = { caseKeepsTaint, everyCaseConstant };
