// The editor half of `npm run bench`, through the real language server over stdio: keystroke
// latency (single-character edits → that version's diagnostics), the event-loop stretch of paced
// whole-file scans, and cold start (spawn → first diagnostics).

import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { FULL_SCAN_IDLE_MS, SCAN_SLICE_MS } from '../server/src/lsp/timing';
import { createNodeScanner } from '../server/src/host/node-assets';
import {
  CLIENT_STARTUP_MS,
  COLD_RUNS,
  EDITS,
  IDLE_SAMPLES,
  quick,
  SERVER,
  SIZES,
  TYPING_PAUSE_MS,
} from './bench-options';
import { BENCH_LANGUAGES, generateFile, rng, TEMPLATES } from './generate';
import { BenchLspClient } from './lsp-client';
import { cpuMs, cpuSince, currentRssMb, log, sleep } from './proc';
import { percentile, Results } from './report';

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

export async function keystrokeLatency(dir: string, results: Results): Promise<void> {
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
        await client.open(uri, language, text, 1);
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
export async function pacing(results: Results): Promise<void> {
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

export async function coldStart(dir: string, results: Results): Promise<void> {
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
