// p02 unresolved call: a call Warden cannot resolve yields a value of unknown origin, not a constant
const { exec } = require('child_process');
const path = require('path');
const helpers = require('./helpers');
const { getCmd } = require('./commands');

function runFromHelper() {
  // policy: origin-not-traced
  // expect: cmdi
  exec(getCmd());
}

function runBuiltFromHelper() {
  const cmd = 'tar czf ' + helpers.archiveName();
  // expect: cmdi
  exec(cmd);
}

function runTainted(req) {
  // expect: cmdi
  exec(helpers.build(req.query.x));
}

function localCmd() {
  return 'ls -l';
}

function runLocalConstant() {
  // safe: cmdi
  exec(localCmd());
}

function runJoinedConstant() {
  // safe: cmdi
  exec(path.join(__dirname, 'scripts', 'backup.sh'));
}

function runCounted(seconds) {
  // safe: cmdi
  exec('sleep ' + Number(seconds));
}

module.exports = { runFromHelper, runBuiltFromHelper, runTainted, runLocalConstant, runJoinedConstant, runCounted };
