// p02 unresolved call: a call Warden cannot resolve yields a value of unknown origin, not a constant
import { exec } from 'child_process';
import * as path from 'path';
import { Request } from 'express';
import { getCmd, archiveName, build } from './helpers';

export function runFromHelper(): void {
  // policy: origin-not-traced
  // expect: cmdi
  exec(getCmd());
}

export function runBuiltFromHelper(): void {
  const cmd = `tar czf ${archiveName()}`;
  // expect: cmdi
  exec(cmd);
}

export function runTainted(req: Request): void {
  // expect: cmdi
  exec(build(String(req.query.x)));
}

function localCmd(): string {
  return 'ls -l';
}

export function runLocalConstant(): void {
  // safe: cmdi
  exec(localCmd());
}

export function runJoinedConstant(): void {
  // safe: cmdi
  exec(path.join(__dirname, 'scripts', 'backup.sh'));
}

export function runCounted(seconds: string): void {
  // safe: cmdi
  exec('sleep ' + Number(seconds));
}
