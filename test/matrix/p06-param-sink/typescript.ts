// p06 param sink: a sink whose whole query or command is a parameter of the enclosing function
import { exec } from 'child_process';
import { Request, Response } from 'express';
import { db } from './db';

export function runQuery(sql: string) {
  // policy: origin-not-traced
  // expect: sqli
  return db.query(sql);
}

export function runCommand(cmd: string): void {
  // policy: origin-not-traced
  // expect: cmdi
  exec(cmd);
}

export function findUser(name: string) {
  // expect: sqli
  return db.query(`SELECT * FROM users WHERE name = '${name}'`);
}

function runTraced(sql: string) {
  // expect: sqli
  return db.query(sql);
}

export function search(req: Request, res: Response): void {
  res.json(runTraced(String(req.query.q)));
}

function runFixed(sql: string) {
  // safe: sqli
  return db.query(sql);
}

export function countUsers() {
  return runFixed('SELECT count(*) FROM users');
}
