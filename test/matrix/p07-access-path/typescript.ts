// construct: fields and constant keys of a local object are tracked one by one (x.f, o["k"])
import { exec } from 'child_process';
import { Request } from 'express';

function fields(req: Request): void {
  const job: Record<string, unknown> = {};
  job.command = req.query.cmd;
  job.directory = '/tmp';
  // expect: cmdi
  exec(job.command);

  // safe: cmdi
  exec('ls ' + job.directory);
}

function keys(req: Request): void {
  const opts: Record<string, unknown> = {};
  opts['cmd'] = req.query.cmd;
  opts['dir'] = '/tmp';
  // expect: cmdi
  exec(opts['cmd']);

  // safe: cmdi
  exec('ls ' + opts['dir']);
}

function literal(req: Request): void {
  const job = { command: req.query.cmd, directory: '/tmp' };
  // expect: cmdi
  exec(job.command);

  // safe: cmdi
  exec('ls ' + job.directory);
}

function overwritten(req: Request): void {
  const job: Record<string, unknown> = {};
  job.command = req.query.cmd;
  job.command = 'uptime';
  // safe: cmdi
  exec(job.command);
}

export { fields, keys, literal, overwritten };
