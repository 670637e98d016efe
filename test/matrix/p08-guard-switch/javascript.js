// construct: a switch over constants whose default leaves cleans the variable it switches on
const { exec } = require('child_process');

function leavingDefault(req) {
  const cmd = req.query.cmd;
  switch (cmd) {
    case 'ls':
    case 'pwd':
      break;
    default:
      return;
  }
  // safe: cmdi
  exec(cmd);
}

function stayingDefault(req) {
  const cmd = req.query.cmd;
  switch (cmd) {
    case 'ls':
      break;
    default:
      console.log('other');
  }
  // expect: cmdi
  exec(cmd);
}

module.exports = { leavingDefault, stayingDefault };
