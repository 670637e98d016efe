// construct: collections (array push then index, Map set then get) carry what was put in
const { exec } = require('child_process');

function arrayPush(req) {
  const parts = [];
  parts.push(req.query.dir);
  // expect: cmdi
  exec('ls ' + parts[0]);
}

function mapGet(req) {
  const opts = new Map();
  opts.set('cmd', req.query.cmd);
  opts.set('dir', '/tmp');
  // expect: cmdi
  exec(opts.get('cmd'));

  // safe: cmdi
  exec('ls ' + opts.get('dir'));
}

function constantArray() {
  const parts = ['ls'];
  parts.push('-l');
  // safe: cmdi
  exec(parts.join(' '));
}

function arrayLiteral(req) {
  const words = ['ls', req.query.dir];
  // expect: cmdi
  exec(words.join(' '));
}

module.exports = { arrayPush, mapGet, constantArray, arrayLiteral };
