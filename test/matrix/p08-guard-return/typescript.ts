// construct: a validation guard that leaves early cleans the variable it tests after it
import { exec } from 'child_process';
import type { Request, Response } from 'express';

function isAllowed(cmd: string): boolean {
  return cmd === 'ls' || cmd === 'pwd';
}

function guarded(req: Request, res: Response) {
  const cmd = req.query.cmd;
  if (!isAllowed(cmd)) {
    return res.status(400).end();
  }
  // safe: cmdi
  exec(cmd);
}

function guardedThrow(req: Request) {
  const cmd = req.query.cmd;
  if (!isAllowed(cmd)) throw new Error('bad command');
  // safe: cmdi
  exec(cmd);
}

function unguarded(req: Request) {
  const cmd = req.query.cmd;
  // expect: cmdi
  exec(cmd);
}

export { guarded, guardedThrow, unguarded };
