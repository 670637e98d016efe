// point 4: a comment between the opening parenthesis and the first argument does not hide the call
import { Controller, Get, Post, Query, Body } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { exec, execFile } from 'child_process';

@Controller('accounts')
export class AccountsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('find')
  async find(@Query('email') email: string): Promise<unknown> {
    // expect: sqli
    const found = await this.dataSource.query(/* lookup by email */ `SELECT id FROM accounts WHERE email = '${email}'`);
    // safe: sqli
    const total = await this.dataSource.query(/* all accounts */ 'SELECT COUNT(*) FROM accounts');
    return { found, total };
  }

  @Post('export')
  export(@Body('name') name: string): string {
    // expect: cmdi
    exec( // the export tool takes a shell line
      'export-account ' + name,
    );
    // safe: cmdi
    execFile(/* fixed argv */ '/usr/bin/sync', []);
    return 'ok';
  }
}
