// point 2: unresolved calls with no tainted argument — unknown origin is reported, not treated as a constant
import { NextRequest, NextResponse } from 'next/server';
import { exec, execFile } from 'node:child_process';
import { getCmd } from '@/lib/helpers';
import { settings } from '@/lib/settings';
import { pool } from '@/lib/db';

export async function POST(_req: NextRequest): Promise<NextResponse> {
  // policy: origin-not-traced
  // expect: cmdi
  exec(getCmd());
  // expect: cmdi
  exec('logrotate ' + settings.rotateTarget());
  return NextResponse.json({ ok: true });
}

export async function GET(_req: NextRequest): Promise<NextResponse> {
  // expect: sqli
  const pending = await pool.query(`SELECT id FROM jobs WHERE queue = '${settings.currentQueue()}'`);
  // safe: sqli
  const queued = await pool.query('SELECT id FROM jobs WHERE queue = $1', [settings.currentQueue()]);
  return NextResponse.json({ pending: pending.rows, queued: queued.rows });
}

function defaultCommand(): string {
  return 'vacuumdb --all';
}

export async function PUT(_req: NextRequest): Promise<NextResponse> {
  // safe: cmdi
  exec(defaultCommand());
  // safe: cmdi
  execFile('rsync', ['-a', settings.syncSource(), '/backups/']);
  return NextResponse.json({ ok: true });
}
