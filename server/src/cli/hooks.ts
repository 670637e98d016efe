// `warden hooks install|uninstall --agent claude|cursor|copilot|codex [--dry-run]`: merges Warden's
// hook entries and MCP registration (hooks-agents.ts) into the agent's config files in the current
// folder. JSON is edited in place (jsonc-parser: only Warden's entries change, the user's bytes,
// comments and layout stay), TOML gets one block between marker comments; the diff is shown first,
// files are written whole through core/io's atomic writer, and uninstall removes exactly what
// install added. Hooks never write suppressions or approval markers anywhere.

import * as fs from 'fs';
import * as path from 'path';
import { parse, ParseError } from 'jsonc-parser';
import { appendAt, nodeAt, removeNode, setAt } from './hooks-json';
import { parse as parseToml } from 'smol-toml';
import { readWorkspaceFile } from '../../../core/io/read-file';
import { writeFileAtomic, WriteError } from '../../../core/io/write-file';
import { UsageError } from './args';
import {
  changesFor,
  ConfigChange,
  HOOK_AGENTS,
  HookAgent,
  isHookAgent,
  JsonEntry,
  JsonProperty,
  Launch,
  TomlBlock,
  WARDEN_HOOK,
} from './hooks-agents';

export const TOML_BEGIN = '# >>> warden: added by `warden hooks install`; `warden hooks uninstall` removes it';
export const TOML_END = '# <<< warden';

export interface FilePlan {
  /** Relative to the project folder, `/` separators. */
  path: string;
  before: string | undefined;
  /** undefined: the file is deleted (Warden created it and nothing else is left in it). */
  after: string | undefined;
}

function parsed(file: string, text: string): unknown {
  const errors: ParseError[] = [];
  const doc = parse(text, errors, { allowTrailingComma: true });
  if (errors.length > 0 || typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw new UsageError(`${file} is not a JSON object Warden can merge into (fix it first); nothing written`);
  return doc;
}

const isWarden = (value: unknown): boolean => WARDEN_HOOK.test(JSON.stringify(value));

/** Removes the now-empty containers Warden's entry sat in, innermost first, never the document itself. */
function pruneEmpty(text: string, at: string[]): string {
  let out = text;
  for (let depth = at.length; depth > 0; depth--) {
    const node = nodeAt(out, at.slice(0, depth));
    if (!node || (node.children?.length ?? 0) > 0) break;
    out = removeNode(out, node);
  }
  return out;
}

function installJson(file: string, text: string, change: JsonEntry | JsonProperty): string {
  parsed(file, text);
  if (change.kind === 'json-property') return setAt(text, change.path, change.value);
  const out = uninstallJson(file, text, change, false);
  const array = nodeAt(out, change.path);
  if (array && array.type !== 'array')
    throw new UsageError(`${file}: ${change.path.join('.')} is not a list; nothing written`);
  return appendAt(out, change.path, change.value);
}

function uninstallJson(file: string, text: string, change: JsonEntry | JsonProperty, prune = true): string {
  parsed(file, text);
  let out = text;
  const node = nodeAt(out, change.path);
  if (!node) return out;
  if (change.kind === 'json-property') {
    // The `warden` server entry is Warden's own (install sets it whole).
    out = removeNode(out, node);
  } else {
    if (node.type !== 'array') return out;
    for (;;) {
      const children = nodeAt(out, change.path)?.children ?? [];
      const ours = [...children].reverse().find((c) => isWarden(parse(out.slice(c.offset, c.offset + c.length))));
      if (!ours) break;
      out = removeNode(out, ours);
    }
  }
  return prune ? pruneEmpty(out, change.kind === 'json-property' ? change.path.slice(0, -1) : change.path) : out;
}

function installToml(file: string, text: string, change: TomlBlock): string {
  let existing: unknown;
  try {
    existing = parseToml(uninstallToml(text));
  } catch (e) {
    throw new UsageError(`${file} is not valid TOML (${(e as Error).message.split('\n')[0]}); nothing written`);
  }
  const base = uninstallToml(text);
  const block = [TOML_BEGIN, ...change.lines(existing), TOML_END, ''].join('\n');
  const out = base === '' ? block : `${base}${base.endsWith('\n') ? '' : '\n'}\n${block}`;
  parseToml(out);
  return out;
}

function uninstallToml(text: string): string {
  const start = text.indexOf(TOML_BEGIN);
  if (start < 0) return text;
  const endMark = text.indexOf(TOML_END, start);
  if (endMark < 0) return text;
  let end = endMark + TOML_END.length;
  if (text[end] === '\n') end++;
  // The blank line install put before the block goes with it.
  const from = start >= 2 && text.slice(start - 2, start) === '\n\n' ? start - 1 : start;
  return text.slice(0, from) + text.slice(end);
}

function readConfig(root: string, file: string): string | undefined {
  const full = path.join(root, file);
  if (!fs.existsSync(full) && !isLink(full)) return undefined;
  const read = readWorkspaceFile(full, { maxBytes: 1024 * 1024, root });
  if (!read.ok) throw new UsageError(`${file}: ${read.detail}; nothing written`);
  return read.text;
}

function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function skeletonText(change: ConfigChange): string {
  return `${JSON.stringify(change.kind === 'json-array' ? (change.skeleton ?? {}) : {}, null, 2)}\n`;
}

/** The files install (or uninstall) would change, with their text before and after. */
export function plan(root: string, agent: HookAgent, mode: 'install' | 'uninstall', launch: Launch): FilePlan[] {
  const changes = changesFor(agent, launch);
  const files = new Map<string, FilePlan>();
  for (const change of changes) {
    const entry = files.get(change.file) ?? {
      path: change.file,
      before: readConfig(root, change.file),
      after: undefined,
    };
    files.set(change.file, entry);
    const current = entry.after ?? entry.before;
    if (mode === 'install') {
      const start = current ?? (change.kind === 'toml-block' ? '' : skeletonText(change));
      entry.after =
        change.kind === 'toml-block'
          ? installToml(change.file, start, change)
          : installJson(change.file, start, change);
    } else if (current !== undefined) {
      entry.after = change.kind === 'toml-block' ? uninstallToml(current) : uninstallJson(change.file, current, change);
    }
  }
  const out = [...files.values()];
  if (mode === 'uninstall')
    for (const f of out) {
      // A file left as Warden would have created it empty is Warden's: removed.
      const left = f.after ?? f.before;
      const empties = changes
        .filter((c) => c.file === f.path)
        .map((c) => (c.kind === 'toml-block' ? '' : skeletonText(c)));
      if (left !== undefined && (left.trim() === '' || empties.some((e) => sameJson(e, left)))) f.after = undefined;
      else if (f.after === undefined) f.after = f.before;
    }
  return out.filter((f) => f.after !== f.before);
}

function sameJson(a: string, b: string): boolean {
  try {
    return JSON.stringify(parse(a)) === JSON.stringify(parse(b));
  } catch {
    return false;
  }
}

/** A short line diff: the changed middle of the file, `-` for lines removed and `+` for lines added. */
export function diff(f: FilePlan): string {
  const a = f.before === undefined ? [] : f.before.split('\n');
  const b = f.after === undefined ? [] : f.after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const what = f.before === undefined ? 'new file' : f.after === undefined ? 'removed' : `lines ${head + 1}-`;
  return [
    `--- ${f.path} (${what})`,
    ...a.slice(head, a.length - tail).map((l) => `- ${l}`),
    ...b.slice(head, b.length - tail).map((l) => `+ ${l}`),
  ].join('\n');
}

export function apply(root: string, files: FilePlan[]): void {
  for (const f of files) {
    const full = path.join(root, f.path);
    try {
      if (f.after === undefined) {
        if (fs.lstatSync(full).isFile()) fs.unlinkSync(full);
        continue;
      }
      fs.mkdirSync(path.dirname(full), { recursive: true });
      writeFileAtomic(full, f.after, { confineTo: root });
    } catch (e) {
      if (e instanceof WriteError) throw new UsageError(`${f.path}: ${e.message}`);
      throw e;
    }
  }
}

/** How the hooks and MCP registrations start this CLI: the running bundle by default. */
export function defaultLaunch(command?: string): Launch {
  if (command) {
    const parts = command.split(/\s+/).filter(Boolean);
    return { base: command, command: parts[0], args: parts.slice(1) };
  }
  const cli = path.resolve(process.argv[1] ?? path.join(__dirname, 'cli.js'));
  return { base: `node ${JSON.stringify(cli)}`, command: 'node', args: [cli] };
}

export interface HooksIo {
  stdout: (text: string) => void;
  cwd: string;
}

export function runHooks(
  argv: string[],
  io: HooksIo = { stdout: (t) => process.stdout.write(t), cwd: process.cwd() },
): number {
  const [sub, ...rest] = argv;
  if (sub !== 'install' && sub !== 'uninstall')
    throw new UsageError(`warden hooks needs 'install' or 'uninstall' (or 'run', which the agents call)`);
  let agent: string | undefined;
  let command: string | undefined;
  let dryRun = false;
  for (let i = 0; i < rest.length; i++) {
    const [flag, inline] = rest[i].includes('=') ? rest[i].split(/=(.*)/s) : [rest[i], undefined];
    if (flag === '--agent') agent = inline ?? rest[++i];
    else if (flag === '--command') command = inline ?? rest[++i];
    else if (flag === '--dry-run') dryRun = true;
    else throw new UsageError(`unknown option '${rest[i]}' for warden hooks ${sub}`);
  }
  if (!agent || !isHookAgent(agent)) throw new UsageError(`--agent must be one of ${HOOK_AGENTS.join(', ')}`);
  const files = plan(io.cwd, agent, sub, defaultLaunch(command));
  if (files.length === 0) {
    io.stdout(
      sub === 'install' ? `Warden's ${agent} hooks are already installed.\n` : `No Warden ${agent} hooks to remove.\n`,
    );
    return 0;
  }
  for (const f of files) io.stdout(`${diff(f)}\n\n`);
  if (dryRun) {
    io.stdout(`Dry run: nothing written. Run without --dry-run to ${sub} Warden's ${agent} hooks.\n`);
    return 0;
  }
  apply(io.cwd, files);
  io.stdout(
    `${sub === 'install' ? 'Installed' : 'Removed'} Warden's ${agent} hooks (${files.map((f) => f.path).join(', ')}).\n`,
  );
  return 0;
}
