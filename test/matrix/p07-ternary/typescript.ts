// construct: a ternary carries its arms, not its condition
import { exec } from 'child_process';
import { Request } from 'express';

function taintedArm(req: Request, verbose: boolean): void {
  const cmd = verbose ? req.query.cmd : 'ls';
  // expect: cmdi
  exec(cmd);
}

function taintedCondition(req: Request): void {
  const cmd = req.query.mode === 'long' ? 'ls -l' : 'ls';
  // safe: cmdi
  exec(cmd);
}

export { taintedArm, taintedCondition };
