// class: xss — NestJS handlers returning HTML built from @Query/@Param/@Headers, vs JSON and text/plain responses
import { Controller, Get, Header, Headers, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import escapeHtml from 'escape-html';

@Controller('pages')
export class PagesController {
  @Get('welcome')
  @Header('Content-Type', 'text/html')
  welcome(@Query('name') name?: string): string {
    // expect: xss
    return `<h1>Welcome, ${name}</h1>`;
  }

  @Get('welcome-escaped')
  @Header('Content-Type', 'text/html')
  welcomeEscaped(@Query('name') name?: string): string {
    // safe: xss
    return `<h1>Welcome, ${escapeHtml(name ?? '')}</h1>`;
  }

  @Get('teams/:slug')
  team(@Param('slug') slug: string, @Res() res: Response): void {
    // expect: xss
    res.send('<section><h2>' + slug + '</h2></section>');
  }

  @Get('agent')
  agent(@Headers('user-agent') userAgent: string, @Res() res: Response): void {
    // expect: xss
    res.type('html').send(`<p>Your browser: ${userAgent}</p>`);
  }

  @Get('agent.txt')
  agentText(@Headers('user-agent') userAgent: string, @Res() res: Response): void {
    // safe: xss
    res.type('text/plain').send(`Your browser: ${userAgent}`);
  }

  @Get('status')
  status(@Query('service') service: string) {
    // safe: xss
    return { service, healthy: true };
  }
}
