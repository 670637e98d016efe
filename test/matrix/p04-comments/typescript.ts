// p04-comments: comments inside a call (before the first argument, between arguments, before .method) hide nothing
import { Request, Response } from 'express';
import * as childProcess from 'child_process';
import * as fs from 'fs';

export function handler(req: Request, res: Response): void {
  // expect: cmdi
  childProcess.execSync(/* user supplied */ 'ping -c 1 ' + req.query.host);

  // expect: cmdi
  childProcess.spawn('sh', /* shell */ ['-c', /* script */ 'ping ' + req.query.host]);

  // expect: path-traversal
  fs /* the disk */ .readFileSync(/* path */ '/srv/files/' + req.query.name);

  // safe: cmdi
  childProcess.execSync(/* fixed */ 'uptime');
  res.end();
}
