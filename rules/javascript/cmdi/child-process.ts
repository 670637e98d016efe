import { exec } from 'child_process';
import { promisify } from 'util';
import { NextRequest, NextResponse } from 'next/server';

const execAsync = promisify(exec);

export async function POST(request: NextRequest) {
  const { repo } = await request.json();
  // expect: cmdi
  const { stdout } = await execAsync(`git clone ${repo} /tmp/checkout`);
  return NextResponse.json({ stdout });
}

export async function GET(request: NextRequest) {
  const branch = request.nextUrl.searchParams.get('branch');
  // safe: cmdi
  const { stdout } = await execAsync('git branch --list');
  return NextResponse.json({ stdout, branch });
}
