// `warden` command line: the same engine as the editor, as a CI gate. Exit codes: 0 clean,
// 1 findings at/above --fail-on, 2 usage or input errors.

import * as fs from 'fs';
import { createNodeScanner, readRuleDir } from '../host/node-assets';
import * as path from 'path';
import { severityRank, isTestPath, languageForPath, LanguageId } from '../engine';
import { ScanPool } from '../workspace/pool';
import { addFingerprints } from '../report/fingerprint';
import { formatJson } from '../report/json';
import { FileReport, ScanReport } from '../report/model';
import { formatSarif } from '../report/sarif';
import { formatText } from '../report/text';
import { VERSION } from '../version';
import { Args, parseArgs, ScanArgs, USAGE, UsageError } from './args';
import { collectFiles } from './walk';

/** Fewer files than this are scanned in-process: starting workers would cost more than it saves. */
const PARALLEL_MIN_FILES = 8;

/** The scan worker beside the bundle (dist/scan-worker.js), or the transpiled one in a source run. */
function workerFile(): string | undefined {
  return [path.join(__dirname, 'scan-worker.js'), path.join(__dirname, '..', 'workspace', 'worker.js')].find((f) => fs.existsSync(f));
}

export async function runScan(args: ScanArgs): Promise<{ report: ScanReport; exitCode: number }> {
  const started = Date.now();
  const extra = args.rules.flatMap((dir) => {
    if (!fs.existsSync(dir)) throw new UsageError(`--rules folder '${dir}' does not exist`);
    return readRuleDir(dir);
  });
  const scanner = createNodeScanner(extra);
  const { files, missing } = collectFiles(args.paths);
  if (missing.length > 0) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);
  const disabled = new Set(args.disabledRules);
  const reports: FileReport[] = [];
  const toScan: Array<{ index: number; file: string; language: LanguageId }> = [];
  let skipped = 0;
  for (const file of files) {
    const language = languageForPath(file);
    if (!language) {
      reports.push({ path: file, findings: [], problems: [{ message: 'not scanned: no Warden rules for this file type' }] });
      skipped++;
      continue;
    }
    const size = fs.statSync(file).size;
    if (size > args.maxBytes) {
      reports.push({ path: file, findings: [], problems: [{ message: `not scanned: ${Math.round(size / 1024)} KB is over the ${Math.round(args.maxBytes / 1024)} KB limit (--max-file-kb)` }] });
      skipped++;
      continue;
    }
    toScan.push({ index: reports.length, file, language });
    reports.push({ path: file, findings: [], problems: [] });
  }
  const record = (index: number, text: string, result: { findings: FileReport['findings']; problems: FileReport['problems'] }): void => {
    if (result.problems.some((p) => p.message.startsWith('not scanned'))) skipped++;
    addFingerprints(reports[index].path, text, result.findings);
    reports[index] = { path: reports[index].path, findings: result.findings, problems: result.problems };
  };
  const worker = workerFile();
  // Worker threads pay a start-up (grammars, rules) each: worth it only with files to share.
  if (args.jobs > 1 && worker && toScan.length >= PARALLEL_MIN_FILES) {
    const pool = new ScanPool(worker, { extraRules: extra, maxBytes: args.maxBytes, disabledRules: args.disabledRules, minimumSeverity: args.minimumSeverity }, Math.min(args.jobs, toScan.length), {});
    try {
      await Promise.all(toScan.map(({ index, file }) => pool.scan(file).then((reply) => record(index, fs.readFileSync(file, 'utf8'), reply))));
    } finally {
      await pool.close();
    }
  } else {
    for (const { index, file, language } of toScan) {
      const text = fs.readFileSync(file, 'utf8');
      const result = await scanner.scanText(text, language, {
        disabledRules: disabled,
        minimumSeverity: args.minimumSeverity,
        maxBytes: args.maxBytes,
        testFile: isTestPath(file),
      });
      record(index, text, result);
    }
  }
  const report: ScanReport = {
    files: reports,
    rules: scanner.ruleSet.rules,
    ruleProblems: scanner.problems,
    filesScanned: files.length - skipped,
    filesSkipped: skipped,
    durationMs: Date.now() - started,
  };
  const failing = args.failOn === 'none' ? [] : reports.flatMap((r) => r.findings).filter((f) => severityRank(f.severity) >= severityRank(args.failOn as never));
  return { report, exitCode: failing.length > 0 ? 1 : 0 };
}

function render(args: ScanArgs, report: ScanReport): string {
  switch (args.format) {
    case 'json': return formatJson(report, VERSION);
    case 'sarif': return formatSarif(report, VERSION);
    default: return formatText(report, !args.output && process.stdout.isTTY === true);
  }
}

export async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`warden: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  switch (args.command) {
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case 'version':
      process.stdout.write(`${VERSION}\n`);
      return 0;
    case 'rules': {
      const scanner = createNodeScanner();
      const rules = scanner.ruleSet.rules;
      if (args.format === 'json') process.stdout.write(JSON.stringify(rules.map(({ patterns: _p, ...meta }) => meta), null, 2) + '\n');
      else for (const r of rules) process.stdout.write(`${r.id.padEnd(44)} ${r.severity.padEnd(8)} CWE-${r.cwe[0]}  ${r.title}\n`);
      return 0;
    }
  }
  try {
    const { report, exitCode } = await runScan(args);
    const out = render(args, report);
    if (args.output) fs.writeFileSync(args.output, out);
    else process.stdout.write(out);
    return exitCode;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`warden: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`warden: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
