import { NextRequest, NextResponse } from 'next/server';

export async function GET(request: NextRequest) {
  const feed = request.nextUrl.searchParams.get('feed');
  // expect: ssrf
  const res = await fetch(feed!, { cache: 'no-store' });
  // safe: ssrf
  const local = await fetch('/api/defaults');
  return NextResponse.json({ body: await res.text(), local: local.ok });
}
