// `warden` command line: the same engine as the editor, as a CI gate. Exit codes: 0 clean,
// 1 findings at/above --fail-on, 2 usage or input errors.

import * as fs from 'fs';
import { createNodeScanner, readRuleDir } from '../host/node-assets';
import * as path from 'path';
import { ScanPool } from '../workspace/pool';
import { formatJson } from '../report/json';
import { FileReport, ScanReport } from '../report/model';
import { formatSarif } from '../report/sarif';
import { formatText } from '../report/text';
import { VERSION } from '../version';
import { Args, parseArgs, ReportArgs, ScanArgs, USAGE, UsageError } from './args';
import { collectReport } from '../report/collect';
import { formatComplianceHtml, formatComplianceMarkdown } from '../report/compliance';
import { collectFiles } from './walk';
import { applyBaseline, createBaseline, readBaseline } from './baseline';
import { changedFiles, isChanged } from './changed';
import { writeOutputFile } from './output';
import { ruleCatalogue } from '../sca';
import type { AdvisorySnapshot } from '../sca';
import { fileKind, outcomeOf, scanFailed, scanFile, ScanFileOptions, ScanOutcome } from '../workspace/scan-file';
import { loadSnapshot } from '../sca/snapshot-file';
import { runCoach } from './coach';
import { runReview } from './review';
import { runExercise } from './exercise';
import { runFeedback } from './feedback';
import { applyPolicy, gateFailures, loadPolicy, tierTable } from './policy';
import { formatAddedSuppressions, suppressionsAddedSince } from './audit-suppressions';
import { runAdvisories, versionText } from './advisories';
import { runMcp } from '../mcp';
import { addedSuppressions, formatAgent } from './agent-format';
import { runHooks } from './hooks';
import { runHook } from './hooks-run';

/**
 * Less code than this is scanned in-process alone: a worker's start-up (bundle, rules, grammars:
 * ~0.3-0.5 s of CPU) costs more than it saves on about 1.5 s of scanning.
 */
export const WORKER_MIN_BYTES = 1024 * 1024;

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** The scan worker beside the bundle (dist/scan-worker.js), or the transpiled one in a source run. */
function workerFile(): string | undefined {
  return [path.join(__dirname, 'scan-worker.js'), path.join(__dirname, '..', 'workspace', 'worker.js')].find((f) =>
    fs.existsSync(f),
  );
}

export async function runScan(
  args: ScanArgs,
  tuning = { workerMinBytes: WORKER_MIN_BYTES },
): Promise<{ report: ScanReport; exitCode: number; policyTable?: string }> {
  const started = Date.now();
  const extra = args.rules.flatMap((dir) => {
    if (!fs.existsSync(dir)) throw new UsageError(`--rules folder '${dir}' does not exist`);
    return readRuleDir(dir);
  });
  const scanner = createNodeScanner(extra);
  const collected = collectFiles(args.paths, { includeVendored: args.includeKinds.includes('vendored') });
  if (collected.missing.length > 0) throw new UsageError(`no such file or folder: ${collected.missing.join(', ')}`);
  const changed = args.changedSince ? changedFiles(args.changedSince) : undefined;
  const files = changed ? collected.files.filter((f) => isChanged(changed, f)) : collected.files;
  const accepted = args.baseline ? readBaseline(args.baseline) : undefined;
  let snapshot: AdvisorySnapshot | undefined;
  const options: ScanFileOptions = {
    maxBytes: args.maxBytes,
    limitSetting: '--max-file-kb',
    disabledRules: args.disabledRules,
    minimumSeverity: args.minimumSeverity,
    snapshot: () => (snapshot ??= loadSnapshot()),
    includeKinds: args.includeKinds,
  };
  // Relative to the working folder, so baselines match across checkouts and path spellings.
  const fingerprintAs = (file: string): string => path.relative(process.cwd(), path.resolve(file));
  const outcomes: Array<ScanOutcome | undefined> = files.map(() => undefined);
  // Code files are scanned in-process from the start; worker threads join only when there is
  // enough code to pay for their start-up (each loads the bundle, rules and grammars again).
  const code = [...files.keys()].filter((i) => fileKind(files[i])?.kind === 'code');
  const worker = workerFile();
  const codeBytes = code.reduce((n, i) => n + sizeOf(files[i]), 0);
  const helpers =
    args.jobs > 1 && worker && codeBytes >= tuning.workerMinBytes ? Math.min(args.jobs - 1, code.length - 1) : 0;
  let next = 0;
  const take = (): number | undefined => (next < code.length ? code[next++] : undefined);
  const inProcess = async (): Promise<void> => {
    for (let i = take(); i !== undefined; i = take()) {
      const as = fingerprintAs(files[i]);
      outcomes[i] = outcomeOf(await scanFile(scanner, files[i], { ...options, fingerprintAs: as, codeKindPath: as }));
    }
  };
  const pool =
    helpers > 0
      ? new ScanPool(
          worker!,
          {
            extraRules: extra,
            maxBytes: args.maxBytes,
            disabledRules: args.disabledRules,
            minimumSeverity: args.minimumSeverity,
            includeKinds: args.includeKinds,
          },
          helpers,
          {},
        )
      : undefined;
  const helped = async (): Promise<void> => {
    for (let i = take(); i !== undefined; i = take()) {
      const as = fingerprintAs(files[i]);
      outcomes[i] = await pool!
        .scan(files[i], { fingerprintAs: as, codeKindPath: as, limitSetting: '--max-file-kb' })
        .then(
          (r) => r,
          // Its worker died on it (twice, the second time with V8's default limits): skipped, not fatal.
          (e: Error) => scanFailed(e),
        );
    }
  };
  try {
    await Promise.all([inProcess(), ...Array.from({ length: helpers }, helped)]);
  } finally {
    await pool?.close();
  }
  for (const [index, file] of files.entries()) {
    outcomes[index] ??= outcomeOf(
      await scanFile(scanner, file, {
        ...options,
        fingerprintAs: fingerprintAs(file),
        codeKindPath: fingerprintAs(file),
      }),
    );
  }
  const reports: FileReport[] = [
    ...files.map((file, index) => ({
      path: file,
      findings: outcomes[index]!.findings,
      problems: outcomes[index]!.problems,
    })),
    ...collected.unreadable.map((u) => ({
      path: u.path,
      findings: [],
      problems: [{ message: `not scanned: ${u.detail}` }],
    })),
  ];
  const skipped = outcomes.filter((o) => o!.skipped).length + collected.unreadable.length;
  if (args.writeBaseline)
    writeOutputFile('--write-baseline', args.writeBaseline, JSON.stringify(createBaseline(reports), null, 2) + '\n');
  const baselined = accepted ? applyBaseline(reports, accepted) : undefined;
  const report: ScanReport = {
    files: reports,
    baselined,
    rules: ruleCatalogue(scanner.ruleSet.rules),
    ruleProblems: scanner.problems,
    filesScanned: reports.length - skipped,
    filesSkipped: skipped,
    durationMs: Date.now() - started,
  };
  const policy = loadPolicy(process.cwd(), (m) => process.stderr.write(`warden: ${m}\n`));
  const policyRun = policy ? applyPolicy(reports, policy, process.cwd()) : undefined;
  const failing = gateFailures(reports, args.failOn, args.includeKinds, policyRun);
  const added = args.auditSuppressions ? suppressionsAddedSince(args.auditSuppressions, files) : [];
  if (args.auditSuppressions) process.stderr.write(formatAddedSuppressions(args.auditSuppressions, added));
  return {
    report,
    exitCode: (failing.length > 0 || added.length > 0) && !args.writeBaseline ? 1 : 0,
    policyTable: policyRun && tierTable(reports, args.failOn, args.includeKinds, policyRun),
  };
}

/** `warden report`: the compliance report of the given paths, as Markdown or HTML. */
async function runReportCommand(args: ReportArgs): Promise<number> {
  try {
    const extra = args.rules.flatMap((dir) => {
      if (!fs.existsSync(dir)) throw new UsageError(`--rules folder '${dir}' does not exist`);
      return readRuleDir(dir);
    });
    const { files, missing, unreadable } = collectFiles(args.paths);
    if (missing.length > 0) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);
    const snapshot = loadSnapshot();
    const report = await collectReport(createNodeScanner(extra), files, {
      root: process.cwd(),
      snapshot,
      disabledRules: args.disabledRules,
      minimumSeverity: args.minimumSeverity,
    });
    // Problems (files and folders not scanned) go to stderr: the report itself goes to stdout or --out.
    report.filesSkipped += unreadable.length;
    for (const u of unreadable) process.stderr.write(`warden: ${u.path}: not scanned: ${u.detail}\n`);
    for (const f of report.files) for (const p of f.problems) process.stderr.write(`warden: ${f.path}: ${p.message}\n`);
    const meta = {
      title: args.paths.length === 1 && args.paths[0] === '.' ? path.basename(process.cwd()) : args.paths.join(', '),
      generated: new Date().toISOString().slice(0, 10),
      version: VERSION,
      advisoryDate: snapshot.date,
    };
    const out = args.format === 'html' ? formatComplianceHtml(report, meta) : formatComplianceMarkdown(report, meta);
    if (args.output) writeOutputFile('--out', args.output, out);
    else process.stdout.write(out);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`warden: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

function render(args: ScanArgs, report: ScanReport): string {
  switch (args.format) {
    case 'json':
      return formatJson(report, VERSION);
    case 'sarif':
      return formatSarif(report, VERSION);
    default:
      return formatText(report, !args.output && process.stdout.isTTY === true);
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
      process.stdout.write(versionText());
      return 0;
    case 'rules': {
      const scanner = createNodeScanner();
      const rules = ruleCatalogue(scanner.ruleSet.rules);
      if (args.format === 'json')
        process.stdout.write(
          JSON.stringify(
            rules.map(({ patterns: _p, ...meta }) => meta),
            null,
            2,
          ) + '\n',
        );
      else
        for (const r of rules)
          process.stdout.write(`${r.id.padEnd(44)} ${r.severity.padEnd(8)} CWE-${r.cwe[0]}  ${r.title}\n`);
      return 0;
    }
  }
  if (args.command === 'report') return runReportCommand(args);
  if (args.command === 'mcp') return runMcp();
  try {
    if (args.command === 'coach') return await runCoach(args.sub, args.argv);
    if (args.command === 'review') return await runReview(args.argv, (t) => process.stdout.write(t));
    if (args.command === 'exercise') return runExercise(args.argv, (t) => process.stdout.write(t));
    if (args.command === 'feedback') return runFeedback(args.argv, (t) => process.stdout.write(t));
    if (args.command === 'advisories') return runAdvisories(args.argv);
    if (args.command === 'hooks')
      return args.argv[0] === 'run' ? await runHook(args.argv.slice(1)) : runHooks(args.argv);
    const { report, exitCode, policyTable } = await runScan(args);
    const added =
      args.format === 'agent'
        ? addedSuppressions(
            report.files.map((f) => f.path),
            args.changedSince,
          )
        : [];
    const out =
      args.format === 'agent'
        ? formatAgent(report, added)
        : render(args, report) + (args.format === 'text' && policyTable ? `\n${policyTable}` : '');
    if (args.output) writeOutputFile('--output', args.output, out);
    else process.stdout.write(out);
    return added.length > 0 ? Math.max(exitCode, 1) : exitCode;
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
