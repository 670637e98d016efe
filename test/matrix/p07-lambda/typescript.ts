// construct: arrow functions and closures stored in a variable before being called
import { exec } from 'child_process';
import { Request } from 'express';

function storedArrow(req: Request): void {
  const getCommand = () => req.query.cmd;
  // expect: cmdi
  exec(getCommand());
}

function ignoresInput(req: Request): void {
  const fixed = (value: string) => 'uptime';
  // safe: cmdi
  exec(fixed(req.query.cmd));
}

function storedFunction(req: Request): void {
  const listing = function (dir: string) {
    return 'ls ' + dir;
  };
  // expect: cmdi
  exec(listing(req.query.dir));
}

function constantArrow(): void {
  const command = () => 'uptime';
  // safe: cmdi
  exec(command());
}

export { storedArrow, ignoresInput, storedFunction, constantArrow };
