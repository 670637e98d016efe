// point 10: where a finding is reported — explicit insecure setting on the setting, missing setting at the use
import { NestFactory } from '@nestjs/core';
import { Controller, Module, Post, Res, Body } from '@nestjs/common';
import type { Response } from 'express';
import session from 'express-session';
import { DOMParser } from '@xmldom/xmldom';
import * as libxmljs from 'libxmljs2';

@Controller('auth')
class AuthController {
  @Post('login')
  login(@Body('token') token: string, @Res() res: Response): void {
    // safe: insecure-cookie
    const options = { path: '/', maxAge: 86_400_000 };
    res.setHeader('Cache-Control', 'no-store');
    res.status(204);
    // expect: insecure-cookie
    res.cookie('session', token, options);
    res.end();
  }

  @Post('theme')
  theme(@Res() res: Response): void {
    res.cookie('theme', 'dark', {
      httpOnly: true,
      // expect: insecure-cookie
      secure: false,
    });
    res.end();
  }

  @Post('prefs')
  prefs(@Res() res: Response): void {
    // safe: insecure-cookie
    res.cookie('prefs', 'compact', { secure: true, httpOnly: true, sameSite: 'lax' });
    res.end();
  }

  @Post('import')
  importXml(@Body() xml: string): string {
    const doc = libxmljs.parseXml(xml, {
      // expect: xxe
      noent: true,
    });
    // safe: xxe
    const plain = new DOMParser().parseFromString('<config/>', 'text/xml');
    return String(doc.root()?.name()) + plain.documentElement?.nodeName;
  }
}

@Module({ controllers: [AuthController] })
class AppModule {}

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(AppModule);
  app.enableCors({
    // expect: cors
    origin: '*',
    credentials: true,
  });
  app.use(
    session({
      secret: process.env.SESSION_SECRET ?? '',
      resave: false,
      saveUninitialized: false,
      cookie: {
        httpOnly: true,
        // expect: insecure-cookie
        secure: false,
      },
    }),
  );
  await app.listen(3000);
}

void bootstrap();
