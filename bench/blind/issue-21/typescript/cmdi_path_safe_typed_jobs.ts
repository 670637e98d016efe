// class: cmdi, path-traversal — near-misses in a NestJS export job: argument arrays, allow-lists, ids, contained paths
import { Controller, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { execFile, spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';

const EXPORT_DIR = path.resolve('/var/exports');
const FORMATS = new Set(['csv', 'xlsx', 'pdf']);

@Controller('exports')
export class ExportsController {
  @Post(':id/run')
  run(@Param('id', ParseIntPipe) id: number, @Query('format') format?: string) {
    const fmt = format && FORMATS.has(format) ? format : 'csv';
    // safe: cmdi
    execFile('/opt/export/bin/export', ['--id', String(id), '--format', fmt]);
    return { queued: true };
  }

  @Post('zip')
  zip(@Query('name') name: string) {
    // safe: cmdi
    spawn('zip', ['-j', path.join(EXPORT_DIR, 'bundle.zip'), '--', name], { shell: false });
    return { queued: true };
  }

  @Post('purge')
  purge() {
    // safe: cmdi
    execFile('find', [EXPORT_DIR, '-mtime', '+7', '-delete']);
    return { ok: true };
  }

  @Get(':id')
  async download(@Param('id', ParseIntPipe) id: number) {
    // safe: path-traversal
    return fs.readFile(path.join(EXPORT_DIR, `${id}.csv`), 'utf8');
  }

  @Get('by-name/:name')
  async byName(@Param('name') name: string) {
    const target = path.resolve(EXPORT_DIR, name);
    if (path.dirname(target) !== EXPORT_DIR) throw new Error('invalid name');
    // safe: path-traversal
    return fs.readFile(target, 'utf8');
  }

  @Get('raw/:name')
  async raw(@Param('name') name: string) {
    // expect: path-traversal
    return fs.readFile(EXPORT_DIR + '/' + name, 'utf8');
  }

  @Post('convert')
  convert(@Query('file') file: string) {
    // expect: cmdi
    spawn('libreoffice --headless --convert-to pdf ' + file, { shell: true });
    return { queued: true };
  }
}
