// construct: membership in a constant collection or equality with a constant, tested before the sink
import { exec } from 'child_process';
import type { Request, Response } from 'express';

const COMMANDS: ReadonlySet<string> = new Set(['ls', 'pwd']);
const TOOLS: readonly string[] = ['du', 'df'];

function member(req: Request) {
  const cmd = req.query.cmd;
  if (!COMMANDS.has(cmd)) return;
  // safe: cmdi
  exec(cmd);
}

function includesConstant(req: Request) {
  const tool = req.query.tool;
  if (!TOOLS.includes(tool)) return;
  // safe: cmdi
  exec(tool);
}

function equalsConstant(req: Request) {
  const cmd = req.query.cmd;
  if (cmd === 'ls') {
    // safe: cmdi
    exec(cmd);
  }
}

function notMember(req: Request) {
  const cmd = req.query.cmd;
  if (COMMANDS.has(cmd)) console.log('known');
  // expect: cmdi
  exec(cmd);
}

export { member, includesConstant, equalsConstant, notMember };
