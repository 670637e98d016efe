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

export function runCoach(command: 'prompt' | 'instructions', argv: string[], io: CoachIo = NODE_IO): number {
  if (command === 'prompt') {
    const [sub, ...rest] = argv;
    if (sub === 'harden') return runHarden(rest, io);
    throw new UsageError(`unknown subcommand 'warden prompt ${sub ?? ''}': expected 'harden' or 'challenge'`);
  }
  throw new UsageError(`'warden ${command}' is not available yet`);
}
