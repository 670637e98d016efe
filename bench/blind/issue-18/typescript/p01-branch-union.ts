// point 1: branch union — after an if/else a variable carries what every path gave it
import { Controller, Get, Post, Query, Body } from '@nestjs/common';
import { exec } from 'child_process';
import { readFile } from 'fs/promises';
import { join } from 'path';

@Controller('reports')
export class ReportsController {
  @Post('run')
  run(@Body('name') name?: string): string {
    if (name === undefined) name = '';
    // expect: cmdi
    exec(`generate-report ${name}`);
    return 'started';
  }

  @Get('view')
  async view(@Query('file') file?: string): Promise<string> {
    if (!file) {
      file = 'index.txt';
    }
    // expect: path-traversal
    return readFile(join('/srv/reports', file), 'utf8');
  }

  @Get('latest')
  async latest(@Query('file') file: string): Promise<string> {
    // the request value is dropped on every path
    file = 'latest.txt';
    // safe: path-traversal
    return readFile(join('/srv/reports', file), 'utf8');
  }

  @Post('rebuild')
  rebuild(@Body('mode') mode: 'full' | 'quick'): string {
    let script: string;
    if (mode === 'full') {
      script = 'full-report.sh';
    } else {
      script = 'quick-report.sh';
    }
    // safe: cmdi
    exec('/opt/reports/' + script);
    return 'ok';
  }

  @Post('archive')
  archive(@Body() body: { target?: string }): string {
    let target = 'default';
    if (body.target) {
      target = body.target;
    }
    // expect: cmdi
    exec('tar czf /backups/' + target + '.tgz /srv/reports');
    return 'archived';
  }
}
