// "Create Next.js App Router API routes for an admin dashboard: run maintenance commands, export a
//  CSV report, import settings from YAML, and test a webhook URL."
import { NextRequest, NextResponse } from 'next/server';
import { execSync, execFile } from 'child_process';
import { writeFile, readFile } from 'fs/promises';
import path from 'path';
import https from 'https';
import yaml from 'js-yaml';
import mysql from 'mysql2/promise';

const pool = mysql.createPool({ host: 'db', user: 'admin', database: 'app', password: process.env.DB_PASSWORD });
const EXPORT_DIR = '/var/app/exports';
const ALLOWED_TASKS: Record<string, string[]> = {
  'clear-cache': ['rm', '-rf', '/var/app/cache'],
  'disk-usage': ['df', '-h'],
};

// POST /api/admin/run  { "command": "ls -la /var/log" }
export async function POST(request: NextRequest) {
  const { command } = await request.json();
  try {
    // expect: cmdi
    const output = execSync(command, { encoding: 'utf8', timeout: 10000 });
    return NextResponse.json({ output });
  } catch (error) {
    // expect: info-leak
    return NextResponse.json({ error: String(error) }, { status: 500 });
  }
}

// PUT /api/admin/run?task=clear-cache
export async function PUT(request: NextRequest) {
  const task = request.nextUrl.searchParams.get('task') ?? '';
  const argv = ALLOWED_TASKS[task];
  if (!argv) return NextResponse.json({ error: 'Unknown task' }, { status: 400 });
  return new Promise<NextResponse>((resolve) => {
    // safe: cmdi
    execFile(argv[0], argv.slice(1), (err, stdout) => {
      resolve(NextResponse.json({ ok: !err, stdout }));
    });
  });
}

// GET /api/admin/export?table=orders&from=2024-01-01
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const table = params.get('table') ?? 'orders';
  const from = params.get('from') ?? '1970-01-01';
  // expect: sqli
  const [rows] = await pool.query(`SELECT * FROM ${table} WHERE created_at >= ?`, [from]);
  const list = rows as Record<string, unknown>[];
  const header = list.length ? Object.keys(list[0]).join(',') : '';
  const csv = [header, ...list.map((r) => Object.values(r).join(','))].join('\n');
  const fileName = params.get('name') ?? `${table}-${Date.now()}.csv`;
  // expect: path-traversal
  await writeFile(path.join(EXPORT_DIR, fileName), csv);
  return new NextResponse(csv, { headers: { 'Content-Type': 'text/csv' } });
}

// PATCH /api/admin/settings  (body: YAML)
export async function PATCH(request: NextRequest) {
  const body = await request.text();
  // safe: deserialization
  const settings = yaml.load(body, { schema: yaml.JSON_SCHEMA }) as Record<string, unknown>;
  // safe: path-traversal
  const current = JSON.parse(await readFile(path.join(EXPORT_DIR, 'settings.json'), 'utf8'));
  return NextResponse.json({ ...current, ...settings });
}

// DELETE /api/admin/webhook?url=https://example.com/hook  (sends a test event)
export async function DELETE(request: NextRequest) {
  const url = request.nextUrl.searchParams.get('url');
  if (!url) return NextResponse.json({ error: 'url is required' }, { status: 400 });
  // expect: tls-verify
  const agent = new https.Agent({ rejectUnauthorized: false });
  // expect: ssrf
  const res = await fetch(url, { method: 'POST', body: JSON.stringify({ test: true }), agent } as RequestInit);
  return NextResponse.json({ status: res.status });
}
