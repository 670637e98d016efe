// construct: a definition inside a loop reaches the code after the loop and the next iteration
import { exec } from 'child_process';
import type { Request, Response } from 'express';

function assignedInLoop(req: Request, names: string[]) {
  let cmd: string = 'ls';
  for (const name of names) {
    if (name === 'x') cmd = req.query[name];
  }
  // expect: cmdi
  exec(cmd);
}

function nextIteration(req: Request, n: number) {
  let cmd: string = 'ls';
  let next = 'ls';
  let i = 0;
  while (i < n) {
    // expect: cmdi
    exec(cmd);
    cmd = next;
    next = req.query.c;
    i++;
  }
}

function constantInLoop(req: Request, n: number) {
  let cmd = req.query.c;
  for (let i = 0; i < n; i++) {
    cmd = 'ls';
    // safe: cmdi
    exec(cmd);
  }
}

export { assignedInLoop, nextIteration, constantInLoop };
