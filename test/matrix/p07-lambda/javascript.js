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

const actions = { status: (target) => 'uptime', list: (target) => 'ls ' + target };
const fixedActions = { status: (target) => 'uptime', list: (target) => 'ls' };

function dispatch(req) {
  // expect: cmdi
  exec(actions[req.query.action](req.query.target));
}

function fixedDispatch(req) {
  // safe: cmdi
  exec(fixedActions[req.query.action](req.query.target));
}

module.exports = { storedArrow, ignoresInput, storedFunction, constantArrow, dispatch, fixedDispatch };
