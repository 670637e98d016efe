// construct: String.prototype.concat keeps the taint of its receiver and arguments
import { exec } from 'child_process';
import type { Request, Response } from 'express';

function concatRequest(req: Request) {
  const c = 'ls '.concat(req.query.dir);
  // expect: cmdi
  exec(c);
}

function concatOnTainted(req: Request) {
  let c = req.query.cmd;
  c = c.concat(' -l');
  // expect: cmdi
  exec(c);
}

function concatConstants() {
  const c = 'ls '.concat('-l');
  // safe: cmdi
  exec(c);
}

export { concatRequest, concatOnTainted, concatConstants };
