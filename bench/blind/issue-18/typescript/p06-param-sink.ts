// point 6: a sink whose whole query/command is a parameter — medium/info, high when a same-file caller passes request data
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { exec, execFile } from 'child_process';
import type { Request } from 'express';

@Injectable()
export class ReportRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  runQuery(sql: string): Promise<unknown[]> {
    // policy: origin-not-traced
    // expect: sqli
    return this.db.query(sql);
  }

  private runSearch(sql: string): Promise<unknown[]> {
    // expect: sqli
    return this.db.query(sql);
  }

  search(req: Request): Promise<unknown[]> {
    const where = String(req.query.where ?? '1=1');
    return this.runSearch('SELECT * FROM reports WHERE ' + where);
  }

  byOwner(owner: string): Promise<unknown[]> {
    // safe: sqli
    return this.db.query('SELECT * FROM reports WHERE owner = $1', [owner]);
  }

  byStatus(status: string): Promise<unknown[]> {
    // expect: sqli
    return this.db.query(`SELECT * FROM reports WHERE status = '${status}'`);
  }
}

export function runTool(command: string): void {
  // policy: origin-not-traced
  // expect: cmdi
  exec(command);
}

export function compact(): void {
  // safe: cmdi
  execFile('pg_repack', ['--all']);
}
