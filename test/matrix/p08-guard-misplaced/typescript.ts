// construct: a check on another branch, on another variable, or a mere mention cleans nothing
import { exec } from 'child_process';
import type { Request, Response } from 'express';

const COMMANDS: ReadonlySet<string> = new Set(['ls', 'pwd']);

function otherBranch(req: Request, strict: boolean) {
  const cmd = req.query.cmd;
  if (strict) {
    if (!COMMANDS.has(cmd)) return;
  }
  // expect: cmdi
  exec(cmd);
}

function otherVariable(req: Request) {
  const cmd = req.query.cmd;
  const mode = req.query.mode;
  if (!COMMANDS.has(mode)) return;
  // expect: cmdi
  exec(cmd);
}

function mereMention(req: Request) {
  const cmd = req.query.cmd;
  console.log('allowed:', COMMANDS.has('ls'));
  // expect: cmdi
  exec(cmd);
}

function placedRight(req: Request) {
  const cmd = req.query.cmd;
  if (!COMMANDS.has(cmd)) return;
  // safe: cmdi
  exec(cmd);
}

export { otherBranch, otherVariable, mereMention, placedRight };
