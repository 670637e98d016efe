// construct: a switch where one case leaves the tainted value in place
import { exec } from 'child_process';
import type { Request, Response } from 'express';

function caseKeepsTaint(req: Request, mode: number) {
  let cmd = req.query.cmd;
  switch (mode) {
    case 1:
      cmd = 'ls';
      break;
    case 2:
      break;
    default:
      cmd = 'pwd';
  }
  // expect: cmdi
  exec(cmd);
}

function everyCaseConstant(req: Request, mode: number) {
  let cmd = req.query.cmd;
  switch (mode) {
    case 1:
      cmd = 'ls';
      break;
    default:
      cmd = 'pwd';
      break;
  }
  // safe: cmdi
  exec(cmd);
}

export { caseKeepsTaint, everyCaseConstant };
