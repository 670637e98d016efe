import { readFile } from 'fs/promises';
import path from 'path';
import { NextRequest, NextResponse } from 'next/server';
import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';

const DOCS = path.join(process.cwd(), 'docs');

export async function GET(request: NextRequest) {
  const file = request.nextUrl.searchParams.get('file') ?? 'index.md';
  // expect: path-traversal
  const body = await readFile(path.join(DOCS, file), 'utf8');
  // safe: path-traversal
  const readme = await readFile(path.join(DOCS, 'README.md'), 'utf8');
  return new NextResponse(body + readme);
}

@Controller('exports')
export class ExportController {
  @Get(':name')
  download(@Param('name') name: string, @Res() res: Response) {
    // expect: path-traversal
    return res.sendFile(path.join('/srv/exports', name));
  }
}
