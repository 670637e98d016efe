import { Controller, Get, Query, Post, Body } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import axios from 'axios';
import puppeteer from 'puppeteer';

const API_BASE = 'https://api.partner.example.com';

@Controller('integrations')
export class IntegrationsController {
  constructor(private readonly httpService: HttpService) {}

  @Get('preview')
  async preview(@Query('url') url?: string) {
    // expect: ssrf
    const res = await this.httpService.axiosRef.get(url!);
    // expect: ssrf
    const meta = await axios.request({ method: 'GET', url });
    return { status: res.status, meta: meta.data };
  }

  @Post('snapshot')
  async snapshot(@Body() body: { target: string; path: string }) {
    const browser = await puppeteer.launch();
    const page = await browser.newPage();
    // expect: ssrf
    await page.goto(body.target);
    // safe: ssrf
    await page.goto(`https://status.example.com/${encodeURIComponent(body.path)}`);
    // safe: ssrf
    const partner = await axios.request({ url: `${API_BASE}/items/${body.path}` });
    await browser.close();
    return partner.data;
  }

  @Get('proxy')
  async proxy(@Query('id') id: string) {
    // safe: ssrf
    const res = await this.httpService.axiosRef.get(`https://api.partner.example.com/items/${id}`);
    return res.data;
  }
}
