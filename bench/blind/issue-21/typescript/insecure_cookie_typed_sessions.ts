// class: insecure-cookie — NestJS res.cookie, Next.js cookies().set / NextResponse cookies, Set-Cookie headers
import { Controller, Post, Res, Body } from '@nestjs/common';
import type { Response } from 'express';
import { cookies } from 'next/headers';
import { NextRequest, NextResponse } from 'next/server';

@Controller('auth')
export class AuthController {
  @Post('login')
  login(@Body('token') token: string, @Res({ passthrough: true }) res: Response) {
    // expect: insecure-cookie
    res.cookie('access_token', token, { sameSite: 'strict' });
    return { ok: true };
  }

  @Post('login-safe')
  loginSafe(@Body('token') token: string, @Res({ passthrough: true }) res: Response) {
    // safe: insecure-cookie
    res.cookie('access_token', token, { httpOnly: true, secure: true, sameSite: 'strict' });
    return { ok: true };
  }
}

export async function setThemeAction(formData: FormData) {
  'use server';
  // expect: insecure-cookie
  cookies().set('session', String(formData.get('session')), { httpOnly: false, secure: true });
}

export async function setSessionAction(formData: FormData) {
  'use server';
  cookies().set({
    name: 'session',
    value: String(formData.get('session')),
    // safe: insecure-cookie
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
  });
}

export async function POST(request: NextRequest) {
  const { sid } = (await request.json()) as { sid: string };
  const response = NextResponse.json({ ok: true });
  // expect: insecure-cookie
  response.cookies.set('sid', sid, { sameSite: 'none', httpOnly: true });
  return response;
}

export async function PUT(request: NextRequest) {
  const { sid } = (await request.json()) as { sid: string };
  return new Response(null, {
    // expect: insecure-cookie
    headers: { 'Set-Cookie': `sid=${sid}; Path=/; HttpOnly` },
  });
}
