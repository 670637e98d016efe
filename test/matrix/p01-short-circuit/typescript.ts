// construct: ternary and short-circuit assignments carry either arm
import { exec } from 'child_process';
import type { Request, Response } from 'express';

function orDefault(req: Request) {
  let p = req.query.p;
  p = p || '';
  // expect: cmdi
  exec(p);
}

function ternaryDefault(req: Request) {
  let p = req.query.p;
  p = p == null ? '' : p;
  // expect: cmdi
  exec(p);
}

function bothArmsConstant(req: Request) {
  const p = req.query.p;
  const cmd = p ? 'ls' : 'ls -l';
  // safe: cmdi
  exec(cmd);
}

export { orDefault, ternaryDefault, bothArmsConstant };
