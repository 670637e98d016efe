// construct: await passes on what the awaited promise resolves to
import { exec } from 'child_process';
import { Request } from 'express';

async function readCommand(req: Request): Promise<string> {
  return req.query.cmd as string;
}

async function fixedCommand(req: Request): Promise<string> {
  return 'uptime';
}

async function awaited(req: Request): Promise<void> {
  const cmd = await readCommand(req);
  // expect: cmdi
  exec(cmd);
}

async function awaitedConstant(req: Request): Promise<void> {
  const cmd = await fixedCommand(req);
  // safe: cmdi
  exec(cmd);
}

async function awaitedPromise(req: Request): Promise<void> {
  const cmd = await Promise.resolve(req.query.cmd);
  // expect: cmdi
  exec(cmd);
}

export { awaited, awaitedConstant, awaitedPromise };
