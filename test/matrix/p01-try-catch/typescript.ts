// construct: an assignment in try may not have happened in catch; finally sees both
import { exec } from 'child_process';
import type { Request, Response } from 'express';

function fallbackInCatch(req: Request) {
  let cmd = req.query.cmd;
  try {
    cmd = 'ls ' + JSON.parse(cmd).dir;
    cmd = 'ls';
  } catch (e) {
    // expect: cmdi
    exec(cmd);
  }
}

function finallySeesTry(req: Request) {
  let cmd: string = 'ls';
  try {
    cmd = req.query.cmd;
    cmd = 'ls -l';
  } finally {
    // expect: cmdi
    exec(cmd);
  }
}

function constantEverywhere(req: Request) {
  let cmd = req.query.cmd;
  try {
    cmd = 'ls';
  } catch (e) {
    cmd = 'ls -l';
  }
  // safe: cmdi
  exec(cmd);
}

export { fallbackInCatch, finallySeesTry, constantEverywhere };
