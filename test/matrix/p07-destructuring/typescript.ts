// construct: destructuring takes each name from its own property or element
import { exec } from 'child_process';
import { Request } from 'express';

function fromRequest(req: Request): void {
  const { cmd } = req.query;
  // expect: cmdi
  exec(cmd);
}

function objectPattern(req: Request): void {
  const { command, fixed } = { command: req.query.cmd, fixed: 'uptime' };
  // expect: cmdi
  exec(command);

  // safe: cmdi
  exec(fixed);
}

function arrayPattern(req: Request): void {
  const [first, second] = [req.query.cmd, 'ls'];
  // expect: cmdi
  exec(first);

  // safe: cmdi
  exec(second);
}

function renamed(req: Request): void {
  const { cmd: command, dir = '/tmp' } = { cmd: 'uptime', dir: undefined };
  // safe: cmdi
  exec(command + ' ' + dir);
}

export { fromRequest, objectPattern, arrayPattern, renamed };
