// construct: fluent chains carry what enters them, and a callback in the chain decides what leaves
import { exec } from 'child_process';
import { Request } from 'express';

function mapped(req: Request): void {
  const cmd = [req.query.dir].map((d: string) => 'ls ' + d).join(' ');
  // expect: cmdi
  exec(cmd);
}

function mappedAway(req: Request): void {
  const cmd = [req.query.dir].map(() => 'uptime').join(' ');
  // safe: cmdi
  exec(cmd);
}

const COMMANDS = new Set(['ls', 'pwd']);

function allowListed(req: Request): void {
  const cmd = [req.query.cmd].filter((c) => COMMANDS.has(c)).join(' ');
  // safe: cmdi
  exec(cmd);
}

class Command {
  private parts: string[];

  constructor() {
    this.parts = [];
  }

  add(part: string): this {
    this.parts.push(part);
    return this;
  }

  text(): string {
    return this.parts.join(' ');
  }
}

function builder(req: Request): void {
  const cmd = new Command().add('ls').add(req.query.dir).text();
  // expect: cmdi
  exec(cmd);
}

export { mapped, mappedAway, allowListed, builder };
