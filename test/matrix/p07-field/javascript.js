// construct: a class field set from the request in one method and read in another
const { exec } = require('child_process');

class Runner {
  constructor() {
    this.fixed = 'ls';
    this.command = null;
  }

  load(req) {
    this.command = req.query.cmd;
  }

  run() {
    // expect: cmdi
    exec(this.command);
  }

  runFixed() {
    // safe: cmdi
    exec(this.fixed);
  }
}

module.exports = { Runner };
