// construct: a same-file helper that returns the cleaned value
import { exec } from 'child_process';
import type { Request, Response } from 'express';

const COMMANDS: ReadonlySet<string> = new Set(['ls', 'pwd']);

function checked(cmd: string): string {
  if (!COMMANDS.has(cmd)) {
    throw new Error('bad command');
  }
  return cmd;
}

function passThrough(cmd: string): string {
  return cmd.trim();
}

function cleaned(req: Request) {
  const cmd = checked(req.query.cmd);
  // safe: cmdi
  exec(cmd);
}

function notCleaned(req: Request) {
  const cmd = passThrough(req.query.cmd);
  // expect: cmdi
  exec(cmd);
}

export { cleaned, notCleaned };
