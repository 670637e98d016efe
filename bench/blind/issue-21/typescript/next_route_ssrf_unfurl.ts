// class: ssrf — Next.js route handler unfurling links: searchParams and formData URLs, fixed-host near-misses
import { NextRequest, NextResponse } from 'next/server';
import axios from 'axios';

const CMS_BASE = process.env.CMS_BASE_URL ?? 'https://cms.example.com';

export async function GET(request: NextRequest) {
  const target = request.nextUrl.searchParams.get('url');
  if (!target) return NextResponse.json({ error: 'url required' }, { status: 400 });
  // expect: ssrf
  const page = await fetch(target, { redirect: 'follow' });
  const html = await page.text();
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? '';
  return NextResponse.json({ title });
}

export async function POST(request: NextRequest) {
  const form = await request.formData();
  const image = String(form.get('imageUrl'));
  // expect: ssrf
  const upstream = await axios.get<ArrayBuffer>(image, { responseType: 'arraybuffer' });
  return new Response(upstream.data, { headers: { 'content-type': 'image/png' } });
}

export async function PUT(request: NextRequest) {
  const slug = request.nextUrl.searchParams.get('slug') ?? 'home';
  // safe: ssrf
  const page = await fetch(`${CMS_BASE}/api/pages/${encodeURIComponent(slug)}`);
  return NextResponse.json(await page.json());
}

export async function PATCH(request: NextRequest) {
  const { id } = (await request.json()) as { id: string };
  // safe: ssrf
  const page = await fetch('https://api.example.com/v1/items/' + encodeURIComponent(id));
  return NextResponse.json(await page.json());
}
