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

const actions = { status: (target: string) => 'uptime', list: (target: string) => 'ls ' + target };
const fixedActions = { status: (target: string) => 'uptime', list: (target: string) => 'ls' };

function dispatch(req: Request): void {
  // expect: cmdi
  exec(actions[req.query.action](req.query.target));
}

function fixedDispatch(req: Request): void {
  // safe: cmdi
  exec(fixedActions[req.query.action](req.query.target));
}

export { storedArrow, ignoresInput, storedFunction, constantArrow, dispatch, fixedDispatch };
