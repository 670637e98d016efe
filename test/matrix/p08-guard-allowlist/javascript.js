// construct: membership in a constant collection or equality with a constant, tested before the sink
const { exec } = require('child_process');

const COMMANDS = new Set(['ls', 'pwd']);
const TOOLS = ['du', 'df'];

function member(req) {
  const cmd = req.query.cmd;
  if (!COMMANDS.has(cmd)) return;
  // safe: cmdi
  exec(cmd);
}

function includesConstant(req) {
  const tool = req.query.tool;
  if (!TOOLS.includes(tool)) return;
  // safe: cmdi
  exec(tool);
}

function equalsConstant(req) {
  const cmd = req.query.cmd;
  if (cmd === 'ls') {
    // safe: cmdi
    exec(cmd);
  }
}

function notMember(req) {
  const cmd = req.query.cmd;
  if (COMMANDS.has(cmd)) console.log('known');
  // expect: cmdi
  exec(cmd);
}

module.exports = { member, includesConstant, equalsConstant, notMember };
