import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import Koa from 'koa';

export async function POST(request: Request) {
  const { token } = await request.json();
  // expect: insecure-cookie
  cookies().set('token', token);
  const response = NextResponse.json({ ok: true });
  // expect: insecure-cookie
  response.cookies.set('session', token, { path: '/' });
  // safe: insecure-cookie
  response.cookies.set('session2', token, { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 3600 });
  return response;
}

const app = new Koa();
app.use(async (ctx) => {
  // expect: insecure-cookie
  ctx.cookies.set('uid', String(ctx.state.user.id), { httpOnly: true });
  // safe: insecure-cookie
  ctx.cookies.set('uid2', String(ctx.state.user.id), { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 3600000 });
  // safe: insecure-cookie
  const seen = ctx.cookies.get('uid');
  ctx.body = seen;
});

export async function rememberLocale(locale: 'en' | 'fr') {
  // expect: insecure-cookie
  (await cookies()).set('locale', locale, { path: '/', sameSite: 'lax' });
  // A missing expiry or SameSite alone is not a finding (policy.md, "Cookies").
  // safe: insecure-cookie
  (await cookies()).set('locale', locale, { httpOnly: true, secure: true });
}
