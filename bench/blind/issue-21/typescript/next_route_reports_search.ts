// class: sqli, cmdi, path-traversal — Next.js app-router route handlers: nextUrl.searchParams, await request.json(), params
import { NextRequest, NextResponse } from 'next/server';
import { sql } from '@vercel/postgres';
import { Pool } from 'pg';
import { exec } from 'child_process';
import { readFile } from 'fs/promises';
import path from 'path';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const REPORT_DIR = path.join(process.cwd(), 'reports');

export async function GET(request: NextRequest) {
  const term = request.nextUrl.searchParams.get('term') ?? '';
  // expect: sqli
  const { rows } = await pool.query(`SELECT id, title FROM reports WHERE title ILIKE '%${term}%'`);
  return NextResponse.json(rows);
}

export async function PUT(request: NextRequest) {
  const term = request.nextUrl.searchParams.get('term') ?? '';
  // safe: sqli
  const { rows } = await sql`SELECT id, title FROM reports WHERE title ILIKE ${'%' + term + '%'}`;
  return NextResponse.json(rows);
}

export async function POST(request: NextRequest) {
  const body = await request.json();
  // expect: cmdi
  exec(`./scripts/render-report.sh ${body.reportId} ${body.format}`);
  return NextResponse.json({ queued: true }, { status: 202 });
}

export async function PATCH(request: Request, { params }: { params: { slug: string } }) {
  // expect: path-traversal
  const text = await readFile(path.join(REPORT_DIR, params.slug), 'utf8');
  return new Response(text, { headers: { 'content-type': 'text/plain' } });
}

export async function DELETE(request: NextRequest) {
  const text = await request.text();
  // expect: sqli
  await pool.query("DELETE FROM reports WHERE owner = '" + text.trim() + "'");
  return new Response(null, { status: 204 });
}
