// construct: values returned by same-file helpers, through a chain deeper than three calls
const { exec } = require('child_process');

function one(v) {
  return two(v);
}

function two(v) {
  return three(v);
}

function three(v) {
  return four(v);
}

function four(v) {
  return 'ls ' + v;
}

function fixedOne(v) {
  return fixedTwo(v);
}

function fixedTwo(v) {
  return fixedThree(v);
}

function fixedThree(v) {
  return fixedFour(v);
}

function fixedFour(v) {
  return 'uptime';
}

function deep(req) {
  // expect: cmdi
  exec(one(req.query.dir));
}

function deepConstant(req) {
  // safe: cmdi
  exec(fixedOne(req.query.dir));
}

module.exports = { deep, deepConstant };
