// `npm run bench`: Warden's speed where users feel it, on generated (seeded, reproducible) code.
//   1. keystroke latency: single-character edits → first publishDiagnostics of that version, through
//      the real server over stdio, per language at 2,000 and 10,000 lines; plus the full scan that
//      follows once typing pauses;
//   2. server cold start: spawn → first diagnostics of an opened file;
//   3. workspace scan over LSP (`warden/scanWorkspace`) of a ≥ 2,000-file workspace, with peak RSS;
//   4. CLI throughput on the same ≥ 20 MB corpus, with peak RSS;
//   5. peers on the same files: bandit on the Python part, ESLint + eslint-plugin-security on the
//      JavaScript part, installed on demand (skipped with a message when that is impossible);
//   6. small real files per language, one small file, rule-count scaling (bench/small-files.ts).
// Prints a table and writes bench/results.md and bench/results.json. Options: --quick (fewer
// samples, smaller corpus; for trying changes), --skip-peers, --only small-files.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEBOUNCE_MS, FULL_SCAN_IDLE_MS } from '../server/src/lsp/timing';
import { CLI, CORPUS_BYTES, CORPUS_MIN_FILES, only, PEER_RUNS, quick, REPO, SERVER, skipPeers } from './bench-options';
import { smallFilesBench } from './small-files';
import { coldStart, keystrokeLatency, pacing } from './editor-bench';
import { generateCorpus } from './generate';
import { BenchLspClient } from './lsp-client';
import { ensureBandit, ensureEslint, PeerTool } from './peers';
import { cpuMs, cpuSince, log, medianRun, peakRssMb, timed } from './proc';
import { renderMarkdown, renderTable, Results } from './report';

function writeCorpus(dir: string): {
  files: number;
  bytes: number;
  byLanguage: Record<string, { files: number; bytes: number }>;
} {
  let files = 0;
  let bytes = 0;
  const byLanguage: Record<string, { files: number; bytes: number }> = {};
  const corpus = generateCorpus(CORPUS_BYTES, 2026);
  for (;;) {
    const next = corpus.next();
    if (next.done) break;
    const f = next.value;
    const full = path.join(dir, f.relativePath);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, f.text);
    const size = Buffer.byteLength(f.text);
    files++;
    bytes += size;
    const l = (byLanguage[f.language] ??= { files: 0, bytes: 0 });
    l.files++;
    l.bytes += size;
    if (bytes >= CORPUS_BYTES && files >= CORPUS_MIN_FILES) break;
  }
  return { files, bytes, byLanguage };
}

function wardenCli(target: string, cwd: string): ReturnType<typeof timed> {
  const run = timed(
    process.execPath,
    [
      CLI,
      'scan',
      target,
      '--format',
      'json',
      '--fail-on',
      'none',
      '--output',
      path.join(os.tmpdir(), `warden-bench-${process.pid}.json`),
    ],
    cwd,
  );
  if (run.status !== 0) throw new Error(`warden scan ${target} failed (${run.status}): ${run.stderr.slice(0, 2000)}`);
  return run;
}

async function workspaceScan(dir: string, corpus: { files: number; bytes: number }, results: Results): Promise<void> {
  const client = new BenchLspClient(SERVER);
  try {
    await client.initialize(dir);
    const cpuBefore = cpuMs(client.process.pid!);
    const started = performance.now();
    const reply = (await client.connection.sendRequest('warden/scanWorkspace', {})) as {
      files: number;
      scanned: number;
      findings: number;
    };
    const seconds = (performance.now() - started) / 1000;
    results.workspaceScan = {
      files: reply.files,
      scanned: reply.scanned,
      findings: reply.findings,
      mb: corpus.bytes / 1e6,
      seconds,
      filesPerSecond: reply.scanned / seconds,
      peakRssMb: peakRssMb(client.process.pid!),
      cpuSeconds: (cpuSince(client.process.pid!, cpuBefore) ?? NaN) / 1000,
    };
    log(
      `workspace scan: ${reply.scanned} files in ${seconds.toFixed(1)} s, peak RSS ${results.workspaceScan.peakRssMb?.toFixed(0)} MB`,
    );
  } finally {
    await client.shutdown();
  }
}

function peers(dir: string, corpus: ReturnType<typeof writeCorpus>, results: Results): void {
  const parts: Array<{ language: string; sub: string; tool: () => PeerTool | string }> = [
    { language: 'python', sub: 'python', tool: () => ensureBandit(log) },
    {
      language: 'javascript',
      sub: 'javascript',
      tool: () => ensureEslint(path.join(REPO, 'node_modules', '.cache', 'warden-bench-peers'), log),
    },
  ];
  for (const part of parts) {
    const target = path.join(dir, part.sub);
    const mb = (corpus.byLanguage[part.language]?.bytes ?? 0) / 1e6;
    const files = corpus.byLanguage[part.language]?.files ?? 0;
    const tool = skipPeers ? 'skipped (--skip-peers)' : part.tool();
    if (typeof tool === 'string') {
      const warden = wardenCli(target, dir);
      log(`peer for ${part.language} skipped: ${tool}`);
      results.peers.push({
        language: part.language,
        files,
        mb,
        wardenSeconds: warden.seconds,
        peer: undefined,
        skipped: tool,
      });
      continue;
    }
    // Warden and the peer take turns, PEER_RUNS times each, and each reports its median run: a
    // single run of each swung the ratio by a third on a shared machine.
    const wardenRuns: Array<ReturnType<typeof timed>> = [];
    const peerRuns: Array<ReturnType<typeof timed>> = [];
    for (let k = 0; k < PEER_RUNS; k++) {
      wardenRuns.push(wardenCli(target, dir));
      peerRuns.push(timed(tool.command, tool.args(target), dir));
    }
    const warden = medianRun(wardenRuns);
    const run = medianRun(peerRuns);
    if (!tool.okStatus.includes(run.status ?? -1)) {
      const why = `${tool.name} exited with ${run.status}: ${run.stderr.trim().slice(0, 300)}`;
      log(why);
      results.peers.push({
        language: part.language,
        files,
        mb,
        wardenSeconds: warden.seconds,
        peer: undefined,
        skipped: why,
      });
      continue;
    }
    results.peers.push({
      language: part.language,
      files,
      mb,
      wardenSeconds: warden.seconds,
      wardenCpuSeconds: warden.cpuSeconds,
      peer: {
        name: tool.name,
        version: tool.version,
        seconds: run.seconds,
        cpuSeconds: run.cpuSeconds,
        peakRssMb: run.peakRssMb,
      },
    });
    log(`${part.language}: warden ${warden.seconds.toFixed(1)} s, ${tool.name} ${run.seconds.toFixed(1)} s`);
  }
}

function machine(): Results['machine'] {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverageAtStart: os.loadavg()[0],
  };
}

/** Parts 1-5, on generated code. */
async function generatedParts(work: string, results: Results): Promise<void> {
  const docs = path.join(work, 'docs');
  fs.mkdirSync(docs);
  await keystrokeLatency(docs, results);
  await coldStart(docs, results);
  await pacing(results);
  const corpusDir = path.join(work, 'corpus');
  const corpus = writeCorpus(corpusDir);
  log(`corpus: ${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(1)} MB`);
  await workspaceScan(corpusDir, corpus, results);
  const cli = wardenCli('.', corpusDir);
  results.cli = {
    files: corpus.files,
    mb: corpus.bytes / 1e6,
    seconds: cli.seconds,
    cpuSeconds: cli.cpuSeconds,
    jobs: os.availableParallelism?.() ?? os.cpus().length,
    filesPerSecond: corpus.files / cli.seconds,
    mbPerSecond: corpus.bytes / 1e6 / cli.seconds,
    peakRssMb: cli.peakRssMb,
  };
  log(`cli: ${corpus.files} files in ${cli.seconds.toFixed(1)} s`);
  peers(corpusDir, corpus, results);
}

async function main(): Promise<void> {
  if (!fs.existsSync(SERVER) || !fs.existsSync(CLI)) throw new Error('dist/ is missing: run `npm run build` first');
  const started = Date.now();
  const results: Results = {
    date: new Date().toISOString(),
    quick,
    machine: machine(),
    debounceMs: DEBOUNCE_MS,
    fullScanIdleMs: FULL_SCAN_IDLE_MS,
    latency: [],
    coldStart: [],
    peers: [],
  };
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-bench-'));
  try {
    if (only !== 'small-files') await generatedParts(work, results);
    smallFilesBench(work, results);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  results.durationSeconds = (Date.now() - started) / 1000;
  results.machine.loadAverageAtEnd = os.loadavg()[0];
  process.stdout.write(renderTable(results) + '\n');
  if (!quick && !only) {
    fs.writeFileSync(path.join(REPO, 'bench', 'results.md'), renderMarkdown(results));
    fs.writeFileSync(path.join(REPO, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
    log('wrote bench/results.md and bench/results.json');
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
