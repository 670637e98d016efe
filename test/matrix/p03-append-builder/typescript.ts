// construct: parts pushed into an array, then joined into the command
import { exec } from 'child_process';
import type { Request, Response } from 'express';

function pushThenJoin(req: Request) {
  const parts = ['ls'];
  parts.push(req.query.dir);
  // expect: cmdi
  exec(parts.join(' '));
}

function constantParts() {
  const parts = ['ls'];
  parts.push('-l');
  // safe: cmdi
  exec(parts.join(' '));
}

export { pushThenJoin, constantParts };
