// construct: taint already in a variable survives text appended to it with +=
import { exec } from 'child_process';
import type { Request, Response } from 'express';

function appendToCopy(req: Request) {
  const p = req.query.p;
  let c = p;
  c += ' -l';
  // expect: cmdi
  exec(c);
}

function appendConstants() {
  let c = 'ls';
  c += ' -l';
  // safe: cmdi
  exec(c);
}

export { appendToCopy, appendConstants };
