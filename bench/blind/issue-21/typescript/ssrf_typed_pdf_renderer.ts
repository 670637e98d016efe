// class: ssrf — NestJS "download invoice as PDF" service: puppeteer/playwright navigation and content from the request
import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import puppeteer from 'puppeteer';
import { chromium } from 'playwright';

class RenderDto {
  html!: string;
  url?: string;
}

@Controller('pdf')
export class PdfController {
  @Get('from-url')
  async fromUrl(@Query('url') url: string, @Res() res: Response) {
    const browser = await puppeteer.launch();
    const page = await browser.newPage();
    // expect: ssrf
    await page.goto(url);
    res.type('application/pdf').send(await page.pdf({ format: 'A4' }));
    await browser.close();
  }

  @Post('from-html')
  async fromHtml(@Body() dto: RenderDto, @Res() res: Response) {
    const browser = await chromium.launch();
    const page = await browser.newPage();
    // expect: ssrf
    await page.setContent(dto.html, { waitUntil: 'load' });
    res.type('application/pdf').send(await page.pdf());
    await browser.close();
  }

  @Get('invoice/:id')
  async invoice(@Param('id') id: string, @Res() res: Response) {
    const browser = await chromium.launch();
    const page = await browser.newPage();
    // safe: ssrf
    await page.goto(`https://billing.example.com/invoices/${encodeURIComponent(id)}/print`);
    res.type('application/pdf').send(await page.pdf());
    await browser.close();
  }

  @Post('script')
  async script(@Body('expression') expression: string) {
    const browser = await puppeteer.launch();
    const page = await browser.newPage();
    await page.goto('https://billing.example.com/');
    // expect: code-injection
    const result = await page.evaluate(expression);
    await browser.close();
    return { result };
  }
}
