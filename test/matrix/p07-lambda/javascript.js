// construct: arrow functions and closures stored in a variable before being called
const { exec } = require('child_process');

function storedArrow(req) {
  const getCommand = () => req.query.cmd;
  // expect: cmdi
  exec(getCommand());
}

function ignoresInput(req) {
  const fixed = (value) => 'uptime';
  // safe: cmdi
  exec(fixed(req.query.cmd));
}

function storedFunction(req) {
  const listing = function (dir) {
    return 'ls ' + dir;
  };
  // expect: cmdi
  exec(listing(req.query.dir));
}

function constantArrow() {
  const command = () => 'uptime';
  // safe: cmdi
  exec(command());
}

module.exports = { storedArrow, ignoresInput, storedFunction, constantArrow };
