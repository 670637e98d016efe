// construct: a variable assigned on one branch of an if keeps the other path's value after the join
import { exec } from 'child_process';
import type { Request, Response } from 'express';

function defaultOnOneBranch(req: Request) {
  let p = req.query.p;
  if (p == null) p = '';
  // expect: cmdi
  exec(p);
}

function taintedElse(req: Request, verbose: boolean) {
  let cmd: string = 'ls';
  if (verbose) {
    cmd = req.query.cmd;
  } else {
    cmd = 'ls -l';
  }
  // expect: cmdi
  exec(cmd);
}

function constantOnBothBranches(req: Request, verbose: boolean) {
  let cmd = req.query.cmd;
  if (verbose) {
    cmd = 'ls -l';
  } else {
    cmd = 'ls';
  }
  // safe: cmdi
  exec(cmd);
}

export { defaultOnOneBranch, taintedElse, constantOnBothBranches };
