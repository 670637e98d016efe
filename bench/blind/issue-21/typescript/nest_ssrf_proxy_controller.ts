// class: ssrf, open-redirect — NestJS link previews via HttpService/axios, redirects via @Res, fixed-host near-misses
import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import type { Request, Response } from 'express';
import axios from 'axios';

@Controller('links')
export class LinksController {
  constructor(private readonly http: HttpService) {}

  @Get('preview')
  async preview(@Query('url') url: string) {
    // expect: ssrf
    const response = await firstValueFrom(this.http.get(url));
    return { status: response.status };
  }

  @Get('repo')
  async repo(@Query('name') name: string) {
    // safe: ssrf
    const response = await axios.get(`https://api.github.com/repos/${encodeURIComponent(name)}`);
    return response.data;
  }

  @Get('raw')
  async raw(@Req() req: Request) {
    // expect: ssrf
    const response = await fetch(String(req.query.target));
    return response.text();
  }

  @Get('out')
  out(@Query('to') to: string, @Res() res: Response) {
    // expect: open-redirect
    res.redirect(to);
  }

  @Get('help')
  help(@Query('topic') topic: string, @Res() res: Response) {
    // safe: open-redirect
    res.redirect('https://help.example.com/articles/' + encodeURIComponent(topic));
  }
}
