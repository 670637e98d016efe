// construct: collections (array push then index, Map set then get) carry what was put in
import { exec } from 'child_process';
import { Request } from 'express';

function arrayPush(req: Request): void {
  const parts: string[] = [];
  parts.push(req.query.dir);
  // expect: cmdi
  exec('ls ' + parts[0]);
}

function mapGet(req: Request): void {
  const opts = new Map<string, string>();
  opts.set('cmd', req.query.cmd);
  opts.set('dir', '/tmp');
  // expect: cmdi
  exec(opts.get('cmd'));

  // safe: cmdi
  exec('ls ' + opts.get('dir'));
}

function constantArray(): void {
  const parts = ['ls'];
  parts.push('-l');
  // safe: cmdi
  exec(parts.join(' '));
}

function arrayLiteral(req: Request): void {
  const words = ['ls', req.query.dir];
  // expect: cmdi
  exec(words.join(' '));
}

export { arrayPush, mapGet, constantArray, arrayLiteral };
