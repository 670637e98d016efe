// Scans one noise-benchmark project with the built CLI, twice: as a user would (`warden scan .`,
// default options) and over every file of every code kind (each file named on the command line,
// with every --include-* flag the CLI offers), and classifies every file by code kind.

import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { classifyCode, CodeKind } from '../core/code-kind';
import { languageForPath } from '../server/src/engine';
import { isManifest } from '../server/src/sca';

export interface NoiseFinding {
  path: string;
  line: number;
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  confidence?: string;
  message: string;
  kind: CodeKind;
}
export interface ScannedFile {
  path: string;
  kind: CodeKind;
  reason: string;
  /** Non-blank lines; 0 for dependency manifests, which are not code. */
  lines: number;
}
export interface ProjectScan {
  files: ScannedFile[];
  /** Every file scanned (named explicitly, every include flag on). */
  all: NoiseFinding[];
  /** `warden scan .` with default options, what a user sees. */
  byDefault: NoiseFinding[];
  /** Files the every-file run reported a problem for (a rule stopped, a budget ran out, not parsed). */
  problems: Array<{ path: string; message: string }>;
  seconds: { all: number; byDefault: number };
}

/** The built CLI beside this bundle, or another build (WARDEN_NOISE_CLI) to measure an older commit. */
export const CLI = process.env.WARDEN_NOISE_CLI
  ? path.resolve(process.env.WARDEN_NOISE_CLI)
  : path.resolve(__dirname, 'cli.js');

/** Every regular file Warden has rules for or reads as a manifest, relative to root, no symlinks. */
export function listScannable(root: string): string[] {
  const out: string[] = [];
  const visit = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(child);
      else if (entry.isFile() && (languageForPath(child) || isManifest(child))) out.push(child);
    }
  };
  visit('');
  return out.sort();
}

/** The CLI's --include-* switches (none today), so the "every file" run keeps covering every kind. */
export function includeFlags(): string[] {
  const help = execFileSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
  const flags = new Set<string>();
  for (const m of help.matchAll(/(--include-[a-z-]+)(\s+<)?/g)) if (!m[2]) flags.add(m[1]);
  return [...flags];
}

function nonBlankLines(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) if (line.trim() !== '') n++;
  return n;
}

interface CliFinding {
  path: string;
  line: number;
  ruleId: string;
  severity: NoiseFinding['severity'];
  confidence?: string;
  message: string;
}

interface CliRun {
  findings: CliFinding[];
  problems: Array<{ path: string; message: string }>;
  seconds: number;
}

function runCli(root: string, args: string[]): CliRun {
  const out = path.join(os.tmpdir(), `warden-noise-${process.pid}.json`);
  const started = Date.now();
  // Exit code 1 only means findings were reported (--fail-on none keeps it 0 anyway).
  execFileSync(process.execPath, [CLI, 'scan', ...args, '--format', 'json', '--fail-on', 'none', '--output', out], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    maxBuffer: 1 << 26,
  });
  const seconds = (Date.now() - started) / 1000;
  const report = JSON.parse(fs.readFileSync(out, 'utf8')) as Omit<CliRun, 'seconds'>;
  fs.rmSync(out, { force: true });
  return { findings: report.findings, problems: report.problems, seconds };
}

/** Explicit file lists go in slices, well under the kernel's argument-size limit. */
function runCliOnFiles(root: string, files: string[], flags: string[]): CliRun {
  const run: CliRun = { findings: [], problems: [], seconds: 0 };
  for (let i = 0; i < files.length; i += 2000) {
    const result = runCli(root, [...files.slice(i, i + 2000), ...flags]);
    run.findings.push(...result.findings);
    run.problems.push(...result.problems);
    run.seconds += result.seconds;
  }
  return run;
}

export function scanProject(root: string, flags: string[]): ProjectScan {
  const files: ScannedFile[] = listScannable(root).map((rel) => {
    const text = fs.readFileSync(path.join(root, rel), 'utf8');
    const { kind, reason } = classifyCode(rel, text);
    return { path: rel, kind, reason, lines: languageForPath(rel) ? nonBlankLines(text) : 0 };
  });
  const kindOf = new Map(files.map((f) => [f.path, f.kind]));
  const tag = (findings: CliFinding[]): NoiseFinding[] =>
    findings
      .map((f) => {
        const rel = path.relative(root, path.resolve(root, f.path)).split(path.sep).join('/');
        const kind = kindOf.get(rel) ?? classifyCode(rel, fs.readFileSync(path.join(root, rel), 'utf8')).kind;
        return {
          path: rel,
          line: f.line,
          ruleId: f.ruleId,
          severity: f.severity,
          confidence: f.confidence,
          message: f.message,
          kind,
        };
      })
      .sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.ruleId.localeCompare(b.ruleId));
  const byDefault = runCli(root, ['.']);
  const all = runCliOnFiles(
    root,
    files.map((f) => f.path),
    flags,
  );
  return {
    files,
    all: tag(all.findings),
    byDefault: tag(byDefault.findings),
    problems: all.problems.map((p) => ({ path: p.path, message: p.message.slice(0, 200) })),
    seconds: { all: all.seconds, byDefault: byDefault.seconds },
  };
}
