// `npm run bench`: Warden's speed where users feel it, on generated (seeded, reproducible) code.
//   1. keystroke latency: single-character edits → first publishDiagnostics of that version, through
//      the real server over stdio, per language at 2,000 and 10,000 lines; plus the full scan that
//      follows once typing pauses;
//   2. server cold start: spawn → first diagnostics of an opened file;
//   3. workspace scan over LSP (`warden/scanWorkspace`) of a ≥ 2,000-file workspace, with peak RSS;
//   4. CLI throughput on the same ≥ 20 MB corpus, with peak RSS;
//   5. peers on the same files: bandit on the Python part, ESLint + eslint-plugin-security on the
//      JavaScript part, installed on demand (skipped with a message when that is impossible).
// Prints a table and writes bench/results.md and bench/results.json. Options: --quick (fewer
// samples, smaller corpus; for trying changes), --skip-peers.

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DEBOUNCE_MS, FULL_SCAN_IDLE_MS, SCAN_SLICE_MS } from '../server/src/lsp/timing';
import { createNodeScanner } from '../server/src/host/node-assets';
import { BENCH_LANGUAGES, generateCorpus, generateFile, rng, TEMPLATES } from './generate';
import { BenchLspClient } from './lsp-client';
import { ensureBandit, ensureEslint, PeerTool } from './peers';
import { percentile, renderMarkdown, renderTable, Results } from './report';

const REPO = path.resolve(__dirname, '..');
const SERVER = path.join(REPO, 'dist', 'server.js');
const CLI = path.join(REPO, 'dist', 'cli.js');
const quick = process.argv.includes('--quick');
const skipPeers = process.argv.includes('--skip-peers');

const SIZES = [2000, 10000];
const EDITS: Record<number, number> = quick ? { 2000: 12, 10000: 8 } : { 2000: 25, 10000: 15 };
const IDLE_SAMPLES = quick ? 1 : 2;
const COLD_RUNS = quick ? 1 : 3;
const PEER_RUNS = quick ? 1 : 3;
/** An editor's own start-up between starting the language server and sending the first document. */
const CLIENT_STARTUP_MS = 300;
const CORPUS_BYTES = quick ? 4 * 1024 * 1024 : 21 * 1024 * 1024;
const CORPUS_MIN_FILES = quick ? 300 : 2000;
/** Pause between keystrokes: a fast typist's pace. */
const TYPING_PAUSE_MS = 40;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const editorLanguage = (l: string): string => l;

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

/** A memory figure of a live process from /proc/<pid>/status, in MB: VmHWM is the peak resident set, VmRSS the current one. */
function procMemoryMb(pid: number, field: 'VmHWM' | 'VmRSS'): number | undefined {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}
const peakRssMb = (pid: number): number | undefined => procMemoryMb(pid, 'VmHWM');
const currentRssMb = (pid: number): number | undefined => procMemoryMb(pid, 'VmRSS');

/** CPU time (user + system) a live process has used so far, in ms (Linux /proc; 10 ms ticks). */
function cpuMs(pid: number): number | undefined {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}
const cpuSince = (pid: number, before: number | undefined): number | undefined => {
  const now = cpuMs(pid);
  return now === undefined || before === undefined ? undefined : now - before;
};

interface Position {
  line: number;
  character: number;
}

/** A random place inside the text's lines (not past a line's end). */
function randomPlace(lines: string[], r: () => number): Position {
  for (;;) {
    const line = Math.floor(r() * lines.length);
    if (lines[line].trim().length === 0) continue;
    return { line, character: Math.floor(r() * (lines[line].length + 1)) };
  }
}

async function keystrokeLatency(dir: string, results: Results): Promise<void> {
  const client = new BenchLspClient(SERVER);
  await client.initialize();
  try {
    for (const language of BENCH_LANGUAGES) {
      for (const size of SIZES) {
        const text = generateFile(language, size, 1000 + size);
        const file = path.join(dir, `latency_${size}.${TEMPLATES[language].extension}`);
        fs.writeFileSync(file, text);
        const uri = pathToFileURL(file).href;
        const opened = performance.now();
        const first = client.next((p) => p.uri === uri && p.version === 1);
        await client.open(uri, editorLanguage(language), text, 1);
        const firstScanMs = (await first).at - opened;
        const lines = text.split('\n');
        const r = rng(size * 31 + language.length);
        const samples: number[] = [];
        let version = 1;
        const cpuBefore = cpuMs(client.process.pid!);
        // Type a character, then delete it: every edit is a single character and the file stays
        // close to the generated one (no drift into a wall of syntax errors).
        for (let k = 0; k < EDITS[size]; k++) {
          const at = randomPlace(lines, r);
          const sample = async (start: Position, end: Position, insert: string): Promise<void> => {
            version++;
            const v = version;
            const published = client.next((p) => p.uri === uri && p.version === v);
            const sent = performance.now();
            await client.change(uri, v, start, end, insert);
            samples.push((await published).at - sent);
            await sleep(TYPING_PAUSE_MS);
          };
          await sample(at, at, 'x');
          await sample(at, { line: at.line, character: at.character + 1 }, '');
        }
        const editCpu = cpuSince(client.process.pid!, cpuBefore);
        // Once typing stops, the server re-scans the whole file: time from the partial result to
        // the full one, less the idle wait.
        const idle: number[] = [];
        for (let k = 0; k < IDLE_SAMPLES; k++) {
          const at = randomPlace(lines, r);
          for (const [start, end, insert] of [
            [at, at, 'x'],
            [at, { line: at.line, character: at.character + 1 }, ''],
          ] as const) {
            version++;
            const v = version;
            const partial = client.next((p) => p.uri === uri && p.version === v);
            await client.change(uri, v, start, end, insert);
            const partialAt = (await partial).at;
            if (insert === '') {
              const full = await client.next((p) => p.uri === uri && p.version === v, 10000).catch(() => undefined);
              if (full) idle.push(full.at - partialAt - FULL_SCAN_IDLE_MS);
            }
          }
        }
        await client.closeDocument(uri);
        results.latency.push({
          language,
          lines: lines.length,
          kb: Math.round(Buffer.byteLength(text) / 1024),
          edits: samples.length,
          p50: percentile(samples, 50),
          p95: percentile(samples, 95),
          max: Math.max(...samples),
          openMs: firstScanMs,
          idleFullScanMs: idle.length ? percentile(idle, 50) : undefined,
          cpuPerEditMs: editCpu === undefined ? undefined : editCpu / samples.length,
        });
        log(
          `latency ${language} ${size}: p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms, open ${firstScanMs.toFixed(0)} ms`,
        );
      }
    }
    // Bounded memory: opening and closing a large document many times must not grow the server.
    const text = generateFile('python', 10000, 7);
    const uri = pathToFileURL(path.join(dir, 'churn.py')).href;
    const rssBefore = currentRssMb(client.process.pid!);
    const churn = quick ? 10 : 40;
    const samples: number[] = [];
    for (let k = 0; k < churn; k++) {
      const p = client.next((x) => x.uri === uri && x.version === k + 1);
      await client.open(uri, 'python', text, k + 1);
      await p;
      await client.closeDocument(uri);
      if ((k + 1) % 10 === 0) {
        await sleep(200);
        samples.push(currentRssMb(client.process.pid!) ?? NaN);
      }
    }
    results.memory = {
      churnDocuments: churn,
      documentKb: Math.round(text.length / 1024),
      rssBeforeMb: rssBefore,
      rssAfterMb: samples[samples.length - 1],
      rssSamplesMb: samples,
    };
  } finally {
    await client.shutdown();
  }
}

/** How long a whole-file scan keeps the event loop, paced as the server runs it and in one go. */
async function pacing(results: Results): Promise<void> {
  const scanner = createNodeScanner();
  results.pacing = [];
  for (const language of BENCH_LANGUAGES) {
    for (const lines of SIZES) {
      const text = generateFile(language, lines, 5000 + lines);
      await scanner.scanText(text, language);
      const unpaced: number[] = [];
      const paced: number[] = [];
      const longest: number[] = [];
      for (let k = 0; k < 3; k++) {
        let started = performance.now();
        await scanner.scanText(text, language);
        unpaced.push(performance.now() - started);
        started = performance.now();
        const result = await scanner.scanText(text, language, { yieldEveryMs: SCAN_SLICE_MS });
        paced.push(performance.now() - started);
        longest.push(result.longestRunMs ?? NaN);
      }
      results.pacing.push({
        language,
        lines,
        unpacedMs: percentile(unpaced, 50),
        pacedMs: percentile(paced, 50),
        longestRunMs: percentile(longest, 50),
      });
      log(
        `pacing ${language} ${lines}: longest stretch ${percentile(longest, 50).toFixed(1)} ms of ${percentile(paced, 50).toFixed(0)} ms`,
      );
    }
  }
}

async function coldStart(dir: string, results: Results): Promise<void> {
  for (const language of BENCH_LANGUAGES) {
    const text = generateFile(language, 2000, 77);
    const file = path.join(dir, `cold.${TEMPLATES[language].extension}`);
    fs.writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    const runs: number[] = [];
    const cpu: number[] = [];
    // As an editor starts: the client announces the open languages at initialize and sends the
    // document once its own start-up is done; the server loads and compiles meanwhile.
    const afterStartup: number[] = [];
    for (let k = 0; k < COLD_RUNS; k++) {
      const spawned = performance.now();
      const client = new BenchLspClient(SERVER, spawned);
      try {
        await client.initialize();
        const first = client.next((p) => p.uri === uri);
        await client.open(uri, language, text);
        runs.push((await first).at - spawned);
        const used = cpuMs(client.process.pid!);
        if (used !== undefined) cpu.push(used);
      } finally {
        await client.shutdown();
      }
      const editor = new BenchLspClient(SERVER);
      try {
        await editor.initialize(undefined, [language]);
        await sleep(CLIENT_STARTUP_MS);
        const opened = performance.now();
        const first = editor.next((p) => p.uri === uri);
        await editor.open(uri, language, text);
        afterStartup.push((await first).at - opened);
      } finally {
        await editor.shutdown();
      }
    }
    results.coldStart.push({
      language,
      lines: 2000,
      ms: percentile(runs, 50),
      cpuMs: cpu.length ? percentile(cpu, 50) : undefined,
      openAfterStartupMs: percentile(afterStartup, 50),
    });
    log(`cold start ${language}: ${percentile(runs, 50).toFixed(0)} ms`);
  }
}

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

/** Runs a command under /usr/bin/time for wall time and peak RSS of the whole process tree's leader. */
function timed(
  command: string,
  args: string[],
  cwd: string,
): { seconds: number; cpuSeconds?: number; peakRssMb?: number; status: number | null; stderr: string } {
  const haveTime = fs.existsSync('/usr/bin/time');
  const started = performance.now();
  const run = haveTime
    ? spawnSync('/usr/bin/time', ['-f', 'WARDEN_BENCH_RSS_KB=%M WARDEN_BENCH_CPU=%U+%S', command, ...args], {
        cwd,
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      })
    : spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  const m = /WARDEN_BENCH_RSS_KB=(\d+) WARDEN_BENCH_CPU=([\d.]+)\+([\d.]+)/.exec(run.stderr ?? '');
  return {
    seconds,
    peakRssMb: m ? Number(m[1]) / 1024 : undefined,
    cpuSeconds: m ? Number(m[2]) + Number(m[3]) : undefined,
    status: run.status,
    stderr: (run.stderr ?? '').replace(/WARDEN_BENCH_RSS_KB=.*\n?/, ''),
  };
}

/** The run with the median wall time. */
function medianRun<T extends { seconds: number }>(runs: T[]): T {
  return [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)];
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
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  results.durationSeconds = (Date.now() - started) / 1000;
  results.machine.loadAverageAtEnd = os.loadavg()[0];
  process.stdout.write(renderTable(results) + '\n');
  if (!quick) {
    fs.writeFileSync(path.join(REPO, 'bench', 'results.md'), renderMarkdown(results));
    fs.writeFileSync(path.join(REPO, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
    log('wrote bench/results.md and bench/results.json');
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
