// construct: values returned by same-file helpers, through a chain deeper than three calls
import { exec } from 'child_process';
import { Request } from 'express';

function one(v: string): string {
  return two(v: string): string;
}

function two(v: string): string {
  return three(v: string): string;
}

function three(v: string): string {
  return four(v: string): string;
}

function four(v: string): string {
  return 'ls ' + v;
}

function fixedOne(v: string): string {
  return fixedTwo(v: string): string;
}

function fixedTwo(v: string): string {
  return fixedThree(v: string): string;
}

function fixedThree(v: string): string {
  return fixedFour(v: string): string;
}

function fixedFour(v: string): string {
  return 'uptime';
}

function deep(req: Request): void {
  // expect: cmdi
  exec(one(req.query.dir));
}

function deepConstant(req: Request): void {
  // safe: cmdi
  exec(fixedOne(req.query.dir));
}

export { deep, deepConstant };
