// `warden prompt harden`, `warden prompt challenge` and `warden instructions`: the coach on the
// command line, over the same pure functions as the extension (core/coach), so coaching is
// scriptable and testable without VS Code.

import * as fs from 'fs';
import * as path from 'path';
import { Knowledge } from '../../../core/coach/knowledge';
import { mainLanguageFromRoot } from '../../../core/coach/detect';
import { hardenJson, hardenPrompt } from '../../../core/coach/prompt';
import { isLanguageId, LANGUAGE_IDS, LanguageId } from '../../../core/protocol/languages';
import { loadRuleSources } from '../engine/rule-loader';
import { defaultAssets, readRules } from '../host/node-assets';
import { UsageError } from './args';
import { AGENTS, AGENT_TARGETS, isAgent } from '../../../core/coach/agents';
import { instructionFiles, planInstructionWrites } from '../../../core/coach/instructions';
import { detectStack, isManifest, WorkspaceFile } from '../../../core/coach/stack';
import { readWorkspaceFile } from '../../../core/io/read-file';
import { writeFileAtomic, WriteError } from '../../../core/io/write-file';
import { listWorkspaceFiles } from '../workspace/files';
import { challengeAssumptions, renderAssumptions } from '../../../core/coach/assumptions';
import { languageForPath } from '../../../core/protocol/languages';
import { createNodeScanner } from '../host/node-assets';
import { scanFile } from '../workspace/scan-file';

export interface CoachIo {
  stdout: (text: string) => void;
  /** Standard input, read whole (for a prompt given as `-`). */
  stdin: () => string;
  cwd: string;
}

const NODE_IO: CoachIo = {
  stdout: (text) => process.stdout.write(text),
  stdin: () => fs.readFileSync(0, 'utf8'),
  cwd: process.cwd(),
};

let cachedKnowledge: Knowledge | undefined;
/** The built-in rules' coaching data: dist/coach-knowledge.json beside the bundle, else the rules. */
export function cliKnowledge(): Knowledge {
  if (!cachedKnowledge) {
    const built = path.join(__dirname, 'coach-knowledge.json');
    cachedKnowledge = fs.existsSync(built)
      ? new Knowledge(JSON.parse(fs.readFileSync(built, 'utf8')))
      : new Knowledge(loadRuleSources(readRules(defaultAssets().rules)).rules);
  }
  return cachedKnowledge;
}

interface Flags {
  values: Map<string, string>;
  switches: Set<string>;
  positional: string[];
}

function parseFlags(argv: string[], valued: string[], switches: string[]): Flags {
  const out: Flags = { values: new Map(), switches: new Set(), positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (valued.includes(flag)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${flag} needs a value`);
      out.values.set(flag, value);
    } else if (switches.includes(flag)) out.switches.add(flag);
    else if (arg === '--') {
      out.positional.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}'`);
    else out.positional.push(arg);
  }
  return out;
}

function formatOf(flags: Flags): 'text' | 'json' {
  const format = flags.values.get('--format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json (got '${format}')`);
  return format;
}

function languageOf(flags: Flags): LanguageId | undefined {
  const value = flags.values.get('--language')?.toLowerCase();
  if (value === undefined) return undefined;
  const aliases: Record<string, LanguageId> = {
    golang: 'go',
    node: 'javascript',
    js: 'javascript',
    ts: 'typescript',
    py: 'python',
  };
  const id = aliases[value] ?? value;
  if (!isLanguageId(id)) throw new UsageError(`--language must be one of ${LANGUAGE_IDS.join(', ')} (got '${value}')`);
  return id;
}

function rootNames(cwd: string): string[] {
  try {
    return fs.readdirSync(cwd);
  } catch {
    return [];
  }
}

/** `warden prompt harden`: the hardened prompt as text (prompt, then the follow-up) or JSON. */
export function runHarden(argv: string[], io: CoachIo = NODE_IO): number {
  const flags = parseFlags(argv, ['--language', '--format'], []);
  const format = formatOf(flags);
  const editor = languageOf(flags);
  if (flags.positional.length === 0)
    throw new UsageError('warden prompt harden needs the prompt text, or - to read it from standard input');
  const text = flags.positional.length === 1 && flags.positional[0] === '-' ? io.stdin() : flags.positional.join(' ');
  if (text.trim() === '') throw new UsageError('the prompt is empty');
  const context = { editor, workspace: mainLanguageFromRoot(rootNames(io.cwd)) };
  if (format === 'json') {
    io.stdout(JSON.stringify(hardenJson(text, cliKnowledge(), context), null, 2) + '\n');
    return 0;
  }
  const h = hardenPrompt(text, cliKnowledge(), context);
  io.stdout(h.text.endsWith('\n') ? h.text : `${h.text}\n`);
  return 0;
}

function isSymlink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The source files and manifests under `root` (relative, `/` separators), manifests with their text. */
export function workspaceFiles(root: string): WorkspaceFile[] {
  return listWorkspaceFiles(root).map((full) => {
    const rel = path.relative(root, full).split(path.sep).join('/');
    if (!isManifest(rel)) return { path: rel };
    const read = readWorkspaceFile(full, { maxBytes: 1024 * 1024, root });
    return read.ok ? { path: rel, text: read.text } : { path: rel };
  });
}

/**
 * `warden instructions`: prints what Warden would write for the agent, or with --write writes it
 * (each file whole through the atomic writer; nothing at all when one file cannot be updated).
 */
export function runInstructions(argv: string[], io: CoachIo = NODE_IO): number {
  const flags = parseFlags(argv, ['--agent'], ['--write']);
  if (flags.positional.length > 0) throw new UsageError(`unexpected argument '${flags.positional[0]}'`);
  const agent = flags.values.get('--agent') ?? 'copilot';
  if (!isAgent(agent)) throw new UsageError(`--agent must be one of ${AGENTS.join(', ')} (got '${agent}')`);
  const stack = detectStack(workspaceFiles(io.cwd));
  const files = instructionFiles(stack, agent);
  const read = (rel: string): string | undefined => {
    const full = path.join(io.cwd, rel);
    if (!fs.existsSync(full) && !isSymlink(full)) return undefined;
    const r = readWorkspaceFile(full, { maxBytes: 1024 * 1024, root: io.cwd });
    if (r.ok) return r.text;
    throw new UsageError(`${rel}: ${r.detail}; nothing written`);
  };
  const plan = planInstructionWrites(files, read);
  if (!plan.ok) throw new UsageError(`${plan.error}; nothing written`);
  if (!flags.switches.has('--write')) {
    for (const f of files)
      io.stdout(
        `==> ${f.path} (${f.ownership === 'whole' ? "Warden's file" : "Warden's section"})\n${f.content.trimEnd()}\n\n`,
      );
    io.stdout(`Run with --write to write ${AGENT_TARGETS[agent].name}'s instructions.\n`);
    return 0;
  }
  for (const w of plan.writes) {
    if (!w.changed) {
      io.stdout(`unchanged ${w.path}\n`);
      continue;
    }
    try {
      fs.mkdirSync(path.dirname(path.join(io.cwd, w.path)), { recursive: true });
      writeFileAtomic(path.join(io.cwd, w.path), w.text, { confineTo: io.cwd });
    } catch (e) {
      if (e instanceof WriteError) throw new UsageError(`${w.path}: ${e.message}`);
      throw e;
    }
    io.stdout(`wrote ${w.path}\n`);
  }
  return 0;
}

/** `--lines 10-40` (one-based, inclusive) as zero-based bounds. */
function lineRange(value: string | undefined, count: number): { start: number; end: number } {
  if (value === undefined) return { start: 0, end: count - 1 };
  const m = /^(\d+)(?:-(\d+))?$/.exec(value);
  const start = m ? Number(m[1]) : 0;
  const end = m ? Number(m[2] ?? m[1]) : 0;
  if (!m || start < 1 || end < start) throw new UsageError(`--lines needs a range such as 10-40 (got '${value}')`);
  return { start: start - 1, end: Math.min(end, count) - 1 };
}

/**
 * `warden prompt challenge <file>`: the assumptions of the file (or of --lines), one per Warden
 * finding with its rule's requirement and source → sink path, plus the heuristic questions.
 */
export async function runChallenge(argv: string[], io: CoachIo = NODE_IO): Promise<number> {
  const flags = parseFlags(argv, ['--format', '--lines'], []);
  const format = formatOf(flags);
  if (flags.positional.length !== 1) throw new UsageError('warden prompt challenge needs one file');
  const file = path.resolve(io.cwd, flags.positional[0]);
  const read = readWorkspaceFile(file, { maxBytes: 2048 * 1024 });
  if (!read.ok) throw new UsageError(`${flags.positional[0]}: ${read.detail}`);
  const all = read.text.split(/\r\n|\r|\n/);
  const { start, end } = lineRange(flags.values.get('--lines'), all.length);
  const scan = await scanFile(createNodeScanner(), file, {});
  const findings = scan.findings.map((f) => ({
    ruleId: f.ruleId,
    class: f.class,
    line: f.range.start.line,
    trace: f.trace?.map((s) => ({ line: s.range.start.line, label: s.label })),
  }));
  const items = challengeAssumptions(all.slice(start, end + 1).join('\n'), findings, cliKnowledge(), {
    startLine: start,
    language: languageForPath(file),
  });
  io.stdout(
    format === 'json'
      ? JSON.stringify({ file: flags.positional[0], assumptions: items }, null, 2) + '\n'
      : renderAssumptions(items, flags.positional[0]),
  );
  return 0;
}

export async function runCoach(
  command: 'prompt' | 'instructions',
  argv: string[],
  io: CoachIo = NODE_IO,
): Promise<number> {
  if (command === 'prompt') {
    const [sub, ...rest] = argv;
    if (sub === 'harden') return runHarden(rest, io);
    if (sub === 'challenge') return runChallenge(rest, io);
    throw new UsageError(`unknown subcommand 'warden prompt ${sub ?? ''}': expected 'harden' or 'challenge'`);
  }
  return runInstructions(argv, io);
}
