// class: redos — typed validators on Next.js and Express input: nested quantifiers, new RegExp from the request
import { NextRequest, NextResponse } from 'next/server';
import express, { Request, Response } from 'express';
import escapeRegExp from 'lodash/escapeRegExp';

const URL_RE = /^(https?:\/\/)?([\w-]+\.)+[\w-]+(\/[\w-]*)*\/?$/;
const TAG_RE = /^(\w+|\w+-)+$/;
const ZIP_RE = /^\d{5}(-\d{4})?$/;

export async function POST(request: NextRequest) {
  const { website } = (await request.json()) as { website: string };
  // expect: redos
  if (!URL_RE.test(website)) return NextResponse.json({ error: 'bad url' }, { status: 400 });
  return NextResponse.json({ ok: true });
}

export async function GET(request: NextRequest) {
  const pattern = request.nextUrl.searchParams.get('filter') ?? '';
  // expect: redos
  const re = new RegExp(pattern);
  return NextResponse.json({ matches: ['alpha', 'beta'].filter((s) => re.test(s)) });
}

export const router = express.Router();

router.get('/tags', (req: Request, res: Response) => {
  // expect: redos
  res.json({ valid: TAG_RE.test(String(req.query.tag)) });
});

router.get('/zip', (req: Request, res: Response) => {
  // safe: redos
  res.json({ valid: ZIP_RE.test(String(req.query.zip)) });
});

router.get('/find', (req: Request, res: Response) => {
  // safe: redos
  const re = new RegExp(escapeRegExp(String(req.query.q)), 'i');
  res.json({ match: re.test('The quick brown fox') });
});

router.get('/words', (req: Request, res: Response) => {
  const input = String(req.query.text);
  // expect: redos
  res.json({ words: input.replace(/(\s*,\s*)+$/, '') });
});
