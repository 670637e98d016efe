// construct: a switch over constants whose default leaves cleans the variable it switches on
import { exec } from 'child_process';
import type { Request, Response } from 'express';

function leavingDefault(req: Request) {
  const cmd = req.query.cmd;
  switch (cmd) {
    case 'ls':
    case 'pwd':
      break;
    default:
      return;
  }
  // safe: cmdi
  exec(cmd);
}

function stayingDefault(req: Request) {
  const cmd = req.query.cmd;
  switch (cmd) {
    case 'ls':
      break;
    default:
      console.log('other');
  }
  // expect: cmdi
  exec(cmd);
}

export { leavingDefault, stayingDefault };
