// Command-line parsing for `warden`. Usage errors become a UsageError (exit code 2) with a
// message that says what to type instead.

import * as os from 'os';
import { IncludableKind, SEVERITIES, Severity } from '../engine';

export const FORMATS = ['text', 'json', 'sarif', 'agent'] as const;
export type Format = (typeof FORMATS)[number];

export interface ScanArgs {
  command: 'scan';
  paths: string[];
  format: Format;
  failOn: Severity | 'none';
  minimumSeverity: Severity;
  output?: string;
  rules: string[];
  disabledRules: string[];
  maxBytes: number;
  /** Fail only on findings whose fingerprint is not in this file. */
  baseline?: string;
  /** Write the fingerprints of every finding to this file (and exit 0). */
  writeBaseline?: string;
  /** Scan only files changed since this git ref, plus untracked files. */
  changedSince?: string;
  /** Fail when suppressions were added since this git ref (listed on stderr). */
  auditSuppressions?: string;
  /** Files scanned in parallel (worker threads); 1 scans in-process. */
  jobs: number;
  /** Code kinds scanned like product code (and, for tests, counted by the gate). */
  includeKinds: IncludableKind[];
}
export interface ReportArgs {
  command: 'report';
  paths: string[];
  format: 'md' | 'html';
  output?: string;
  rules: string[];
  disabledRules: string[];
  minimumSeverity: Severity;
}
/** `warden prompt …` and `warden instructions …`, parsed by cli/coach.ts. */
export interface CoachArgs {
  command: 'coach';
  sub: 'prompt' | 'instructions';
  argv: string[];
}
export type Args =
  | ScanArgs
  | ReportArgs
  | CoachArgs
  | { command: 'review'; argv: string[] }
  | { command: 'exercise'; argv: string[] }
  | { command: 'feedback'; argv: string[] }
  | { command: 'advisories'; argv: string[] }
  | { command: 'rules'; format: 'text' | 'json' }
  | { command: 'mcp' }
  | { command: 'hooks'; argv: string[] }
  | { command: 'help' }
  | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: warden scan <paths…> [options]
       warden report [paths…] [--format md|html] [--out file]
       warden rules [--format text|json]
       warden prompt harden [--language <id>] [--format text|json] <text | ->
       warden prompt challenge [--format text|json] [--lines a-b] <file>
       warden instructions [--agent copilot|cursor|claude|codex|agents] [--write]
       warden review (--since <git-ref> | --staged) [--format text|markdown|json]
       warden exercise [--seed <n>] [--language <id>] [--answer <line,line,…>]
       warden feedback add --kind false-positive|missed --file <f> --line <n> (--rule <id> | --class <c>) --reason <text>
       warden feedback export [--out <dir>]
       warden advisories [show | import <OSV folder|zip>… | reset]
       warden mcp
       warden hooks install|uninstall --agent claude|cursor|copilot|codex [--dry-run]

Scan files and folders for security problems. Folders are walked honouring .gitignore and
.wardenignore files; build, VCS and vendored folders (node_modules, vendor, …) are skipped.

Options:
  --format <text|json|sarif|agent>
                                  output format (default: text); agent: compact text for an
                                  AI agent, with any suppression comment added since HEAD
                                  (or --changed-since's ref) reported as a finding to fix
  --fail-on <info|warning|error|none>
                                  exit with code 1 when a finding at or above this severity
                                  is reported (default: warning)
  --min-severity <info|warning|error>
                                  do not report findings below this severity (default: info)
  --output <file>                 write the report to a file instead of stdout
  --rules <dir>                   also load rule files from this folder (repeatable)
  --disable <rule-id>             do not run this rule (repeatable)
  --max-file-kb <n>               skip files larger than this (default: 2048)
  --baseline <file>               report and fail only on findings not in this baseline
  --write-baseline <file>         record every finding in a baseline file, exit 0
  --changed-since <git-ref>       scan only files changed since the ref, plus untracked files
  --audit-suppressions <git-ref>  list suppressions added since the ref and exit 1 if there are any
  -j, --jobs <n>                  scan this many files in parallel (default: the number of cores)
  --include-tests                 report test code like product code and let it fail the gate
                                  (by default only traced injection findings, as info, and
                                  provider-format secrets report there, outside the gate)
  --include-vendored              walk into and scan vendored folders (vendor/, third_party/, node_modules/)
  --include-generated             scan generated files (\`Code generated … DO NOT EDIT\`, *.pb.go, …)
  --include-minified              scan minified files (*.min.js, average line over 300 characters)
  -h, --help                      show this help
  -v, --version                   print the version

\`warden report\` writes a compliance report (findings by OWASP category, PCI-DSS requirement and
SOC 2 criterion, counts, a chart per class, suppressions with their reasons) of the paths (default:
the current folder) as Markdown or self-contained HTML (format from --out's extension by default);
it accepts --rules, --disable and --min-severity too, and exits 0 unless the input is wrong.

\`warden prompt harden\` appends the security requirements a prompt for an AI assistant needs (at
most eight, riskiest first, in the prompt's language, else --language's, else the main language of
the current folder's manifests) and prints the follow-up prompt; \`-\` reads the prompt from stdin.
\`warden prompt challenge\` lists the security assumptions of a file (or of --lines): one per
Warden finding, with its rule's requirement and source → sink path, plus authorization,
business-value and timeout questions the scanner cannot answer.
\`warden instructions\` prints (or with --write writes) the security instructions an AI agent reads
for the current folder: Warden's own files whole, and only Warden's section of files you own.
\`warden review\` lists a change (since a ref, or the staged one) security first: findings on changed
lines, broken policy boundaries, AI-labelled hunks in High-tier files, added suppressions and
approvals, unexplained AI regions, then the rest (text, markdown for a pull request, or json).
\`warden exercise\` prints a calibration exercise cut from Warden's own rule fixtures; answer with
the vulnerable line numbers (same --seed) to get hits, misses explained and false alarms.
\`warden feedback\` keeps false positives and missed vulnerabilities in .warden/feedback.json and
exports them as labeled fixture drafts.
A .warden/policy.yaml in the current folder sets AI boundaries, extra tier globs and keywords, and
the gate per tier, which wins over --fail-on (see docs/team-practices.md).
\`warden advisories\` shows the advisory data dependency findings rest on (a date per source);
\`import <folder|zip>…\` adds OSV records (e.g. osv.dev's all.zip exports) into your Warden config
folder, preferred from then on; \`reset\` goes back to the shipped snapshot.
\`warden mcp\` serves MCP over stdio for AI agents (scan_code, scan_files, explain_rule, fix_code,
harden_prompt, security_instructions), confined to the client's roots or the current folder.
\`warden hooks install\` adds an agent's post-edit / end-of-turn hooks and MCP registration to its
config in the current folder (diff shown first, your entries kept); \`uninstall\` removes them.

Exit codes: 0 no finding at/above --fail-on, 1 findings at/above --fail-on, 2 usage or input error.`;

export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined) throw new UsageError(`${flag} needs a value: one of ${allowed.join(', ')}`);
  if (!allowed.includes(value as T))
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got '${value}')`);
  return value as T;
}

export function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') return { command: 'help' };
  if (command === '-v' || command === '--version') return { command: 'version' };
  if (command === 'rules') {
    const i = rest.indexOf('--format');
    return { command: 'rules', format: i >= 0 ? oneOf('--format', rest[i + 1], ['text', 'json'] as const) : 'text' };
  }
  if (command === 'report') return parseReportArgs(rest);
  if (command === 'prompt' || command === 'instructions') return { command: 'coach', sub: command, argv: rest };
  if (command === 'review' || command === 'exercise' || command === 'feedback') return { command, argv: rest };
  if (command === 'advisories') return { command: 'advisories', argv: rest };
  if (command === 'mcp') return { command: 'mcp' };
  if (command === 'hooks') return { command: 'hooks', argv: rest };
  if (command !== 'scan')
    throw new UsageError(
      `unknown command '${command}': expected 'scan', 'report', 'review', 'exercise', 'feedback', 'rules', 'prompt', 'instructions' or 'advisories'`,
    );
  const args: ScanArgs = {
    command: 'scan',
    paths: [],
    format: 'text',
    failOn: 'warning',
    minimumSeverity: 'info',
    rules: [],
    disabledRules: [],
    maxBytes: 2048 * 1024,
    jobs: defaultJobs(),
    includeKinds: [],
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string | undefined => inline ?? rest[++i];
    switch (flag) {
      case '--format':
        args.format = oneOf(flag, value(), FORMATS);
        break;
      case '--fail-on':
        args.failOn = oneOf(flag, value(), [...SEVERITIES, 'none'] as const);
        break;
      case '--min-severity':
        args.minimumSeverity = oneOf(flag, value(), SEVERITIES);
        break;
      case '--baseline':
      case '--write-baseline':
      case '--changed-since':
      case '--audit-suppressions': {
        const v = value();
        if (!v)
          throw new UsageError(
            `${flag} needs a ${flag.includes('baseline') ? 'file name' : 'git ref (e.g. origin/main)'}`,
          );
        if (flag === '--baseline') args.baseline = v;
        else if (flag === '--write-baseline') args.writeBaseline = v;
        else if (flag === '--audit-suppressions') args.auditSuppressions = v;
        else args.changedSince = v;
        break;
      }
      case '--output':
      case '-o': {
        const v = value();
        if (!v) throw new UsageError(`${flag} needs a file name`);
        args.output = v;
        break;
      }
      case '--rules': {
        const v = value();
        if (!v) throw new UsageError('--rules needs a folder');
        args.rules.push(v);
        break;
      }
      case '--disable': {
        const v = value();
        if (!v) throw new UsageError('--disable needs a rule id');
        args.disabledRules.push(v);
        break;
      }
      case '--max-file-kb': {
        const n = Number(value());
        if (!Number.isFinite(n) || n <= 0) throw new UsageError('--max-file-kb needs a positive number');
        args.maxBytes = n * 1024;
        break;
      }
      case '--jobs':
      case '-j': {
        const n = Number(value());
        if (!Number.isInteger(n) || n <= 0)
          throw new UsageError(`${flag} needs a whole number of parallel scans, e.g. --jobs 4`);
        args.jobs = n;
        break;
      }
      case '--include-tests':
      case '--include-vendored':
      case '--include-generated':
      case '--include-minified':
        args.includeKinds.push(flag.slice('--include-'.length) as IncludableKind);
        break;
      case '-h':
      case '--help':
        return { command: 'help' };
      default:
        if (arg.startsWith('-')) throw new UsageError(`unknown option '${arg}'`);
        args.paths.push(arg);
    }
  }
  if (args.paths.length === 0)
    throw new UsageError('warden scan needs at least one file or folder, e.g. `warden scan src`');
  return args;
}

function parseReportArgs(rest: string[]): ReportArgs | { command: 'help' } {
  const args: ReportArgs = {
    command: 'report',
    paths: [],
    format: 'md',
    rules: [],
    disabledRules: [],
    minimumSeverity: 'info',
  };
  let format: 'md' | 'html' | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (what: string): string => {
      const v = inline ?? rest[++i];
      if (!v) throw new UsageError(`${flag} needs ${what}`);
      return v;
    };
    switch (flag) {
      case '--format':
        format = oneOf(flag, inline ?? rest[++i], ['md', 'html'] as const);
        break;
      case '--out':
      case '--output':
      case '-o':
        args.output = value('a file name');
        break;
      case '--rules':
        args.rules.push(value('a folder'));
        break;
      case '--disable':
        args.disabledRules.push(value('a rule id'));
        break;
      case '--min-severity':
        args.minimumSeverity = oneOf(flag, inline ?? rest[++i], SEVERITIES);
        break;
      case '-h':
      case '--help':
        return { command: 'help' };
      default:
        if (arg.startsWith('-')) throw new UsageError(`unknown option '${arg}' for warden report`);
        args.paths.push(arg);
    }
  }
  args.format = format ?? (args.output && /\.html?$/i.test(args.output) ? 'html' : 'md');
  if (args.paths.length === 0) args.paths.push('.');
  return args;
}
