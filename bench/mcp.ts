// `npm run bench:mcp`: how long an agent waits for `scan_code` on a 2,000-line file, through the
// real `warden mcp` server over stdio (the SDK's client, as an agent runs it), warm: a few calls
// first, then N timed calls per language; prints p50/p95 and writes bench/results-mcp.md.
// Generated code (bench/generate.ts, seeded), so runs are comparable.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { generateFile } from './generate';
import { createNodeScanner } from '../server/src/host/node-assets';
import { scanCode } from '../server/src/mcp/tools';
import { WorkspaceRoots } from '../server/src/mcp/roots';
import { cliKnowledge } from '../server/src/cli/coach';

/** CPU milliseconds of the scan_code tool in this process: what the server spends, whatever the machine's load. */
async function cpuTimes(language: (typeof LANGUAGES)[number], code: string): Promise<number[]> {
  const ctx = { scanner: createNodeScanner(), knowledge: cliKnowledge, roots: new WorkspaceRoots(os.tmpdir()) };
  for (let i = 0; i < WARM; i++) await scanCode(ctx, { code, language });
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const before = process.cpuUsage();
    await scanCode(ctx, { code, language });
    const used = process.cpuUsage(before);
    out.push((used.user + used.system) / 1000);
  }
  return out.sort((a, b) => a - b);
}

const REPO = path.resolve(__dirname, '..', '..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const LANGUAGES = ['python', 'javascript', 'typescript', 'java', 'go'] as const;
const LINES = 2000;
const WARM = 3;
const RUNS = Number(process.env.WARDEN_BENCH_RUNS ?? 20);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-bench-mcp-'));
  const client = new Client({ name: 'warden-bench', version: '1' });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp'], cwd }));
  const rows: string[] = [];
  try {
    for (const language of LANGUAGES) {
      const code = generateFile(language, LINES, 7);
      const call = async (): Promise<number> => {
        const started = process.hrtime.bigint();
        const r = await client.callTool({ name: 'scan_code', arguments: { code, language } });
        if (r.isError) throw new Error(JSON.stringify(r.content));
        return Number(process.hrtime.bigint() - started) / 1e6;
      };
      for (let i = 0; i < WARM; i++) await call();
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push(await call());
      times.sort((a, b) => a - b);
      const cpu = await cpuTimes(language, code);
      const row = `| ${language} | ${code.split('\n').length} | ${RUNS} | ${percentile(times, 50).toFixed(0)} | ${percentile(times, 95).toFixed(0)} | ${percentile(cpu, 50).toFixed(0)} | ${percentile(cpu, 95).toFixed(0)} |`;
      console.log(row);
      rows.push(row);
    }
  } finally {
    await client.close();
    fs.rmSync(cwd, { recursive: true, force: true });
  }
  const table = [
    '# MCP scan_code latency (warm)',
    '',
    `\`npm run bench:mcp\`, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}: round trip of one`,
    'scan_code call through `warden mcp` over stdio, after 3 warm-up calls (wall clock, so it grows with the',
    "machine's load), and the CPU time of the same tool function in-process (what the server spends).",
    'Generated code (bench/generate.ts, seed 7).',
    '',
    '| language | lines | calls | p50 ms | p95 ms | CPU p50 ms | CPU p95 ms |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
  fs.writeFileSync(path.join(REPO, 'bench', 'results-mcp.md'), table);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
