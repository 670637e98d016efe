// construct: a template literal built from request data, then extended
import { exec } from 'child_process';
import type { Request, Response } from 'express';

function templateThenAppend(req: Request) {
  let c = `ls ${req.query.dir}`;
  c += ' -l';
  // expect: cmdi
  exec(c);
}

function templateConstants() {
  const dir = '/srv';
  let c = `ls ${dir}`;
  c += ' -l';
  // safe: cmdi
  exec(c);
}

export { templateThenAppend, templateConstants };
