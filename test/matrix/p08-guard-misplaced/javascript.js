// construct: a check on another branch, on another variable, or a mere mention cleans nothing
const { exec } = require('child_process');

const COMMANDS = new Set(['ls', 'pwd']);

function otherBranch(req, strict) {
  const cmd = req.query.cmd;
  if (strict) {
    if (!COMMANDS.has(cmd)) return;
  }
  // expect: cmdi
  exec(cmd);
}

function otherVariable(req) {
  const cmd = req.query.cmd;
  const mode = req.query.mode;
  if (!COMMANDS.has(mode)) return;
  // expect: cmdi
  exec(cmd);
}

function mereMention(req) {
  const cmd = req.query.cmd;
  console.log('allowed:', COMMANDS.has('ls'));
  // expect: cmdi
  exec(cmd);
}

function placedRight(req) {
  const cmd = req.query.cmd;
  if (!COMMANDS.has(cmd)) return;
  // safe: cmdi
  exec(cmd);
}

module.exports = { otherBranch, otherVariable, mereMention, placedRight };
