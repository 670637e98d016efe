// point 7: flow through class fields, same-file helper returns, Map/array collections and destructuring
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { readFileSync } from 'fs';
import { join } from 'path';
import { exec } from 'child_process';

interface BatchRequest {
  target: string;
  format: string;
  src: string;
  dest?: string;
}

function userFile(file: string): string {
  return join('/srv/exports', file);
}

function templateFile(): string {
  return '/srv/templates/default.txt';
}

@Controller('export')
export class ExportController {
  private exportDir?: string;
  private readonly archiveName = 'export.zip';

  @Post('prepare')
  prepare(@Body('dir') dir: string): string {
    this.exportDir = dir;
    return 'prepared';
  }

  @Post('run')
  run(): string {
    // expect: cmdi
    exec(`zip -r /tmp/out.zip ${this.exportDir}`);
    // safe: cmdi
    exec(`zip -r /tmp/${this.archiveName} /srv/static`);
    return 'running';
  }

  @Get('file')
  file(@Query('file') file: string): string {
    // expect: path-traversal
    const body = readFileSync(userFile(file), 'utf8');
    // safe: path-traversal
    const template = readFileSync(templateFile(), 'utf8');
    return template + body;
  }

  @Post('batch')
  batch(@Body() body: BatchRequest): string {
    const targets: string[] = [body.target];
    const opts = new Map<string, string>([['level', '9']]);
    opts.set('format', body.format);
    const { src, dest = '/tmp/out' } = body;
    // expect: cmdi
    exec('tar cf /tmp/batch.tar ' + targets[0]);
    // expect: cmdi
    exec('convert --format ' + opts.get('format'));
    // safe: cmdi
    exec('gzip -' + opts.get('level') + ' /tmp/batch.tar');
    // expect: cmdi
    exec(`cp -r ${src} ${dest}`);
    return 'queued';
  }
}
