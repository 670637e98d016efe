// construct: fields and constant keys of a local object are tracked one by one (x.f, o["k"])
const { exec } = require('child_process');

function fields(req) {
  const job = {};
  job.command = req.query.cmd;
  job.directory = '/tmp';
  // expect: cmdi
  exec(job.command);

  // safe: cmdi
  exec('ls ' + job.directory);
}

function keys(req) {
  const opts = {};
  opts['cmd'] = req.query.cmd;
  opts['dir'] = '/tmp';
  // expect: cmdi
  exec(opts['cmd']);

  // safe: cmdi
  exec('ls ' + opts['dir']);
}

function literal(req) {
  const job = { command: req.query.cmd, directory: '/tmp' };
  // expect: cmdi
  exec(job.command);

  // safe: cmdi
  exec('ls ' + job.directory);
}

function overwritten(req) {
  const job = {};
  job.command = req.query.cmd;
  job.command = 'uptime';
  // safe: cmdi
  exec(job.command);
}

module.exports = { fields, keys, literal, overwritten };
