// construct: a class field set from the request in one method and read in another
import { exec } from 'child_process';
import { Request } from 'express';

export class Runner {
  private command = '';
  private readonly fixed: string = 'ls';

  load(req: Request): void {
    this.command = req.query.cmd as string;
  }

  run(): void {
    // expect: cmdi
    exec(this.command);
  }

  runFixed(): void {
    // safe: cmdi
    exec(this.fixed);
  }
}
