// construct: fluent chains carry what enters them, and a callback in the chain decides what leaves
const { exec } = require('child_process');

function mapped(req) {
  const cmd = [req.query.dir].map((d) => 'ls ' + d).join(' ');
  // expect: cmdi
  exec(cmd);
}

function mappedAway(req) {
  const cmd = [req.query.dir].map(() => 'uptime').join(' ');
  // safe: cmdi
  exec(cmd);
}

const COMMANDS = new Set(['ls', 'pwd']);

function allowListed(req) {
  const cmd = [req.query.cmd].filter((c) => COMMANDS.has(c)).join(' ');
  // safe: cmdi
  exec(cmd);
}

class Command {
  constructor() {
    this.parts = [];
  }

  add(part) {
    this.parts.push(part);
    return this;
  }

  text() {
    return this.parts.join(' ');
  }
}

function builder(req) {
  const cmd = new Command().add('ls').add(req.query.dir).text();
  // expect: cmdi
  exec(cmd);
}

module.exports = { mapped, mappedAway, allowListed, builder };
