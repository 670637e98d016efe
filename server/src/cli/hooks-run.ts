// `warden hooks run --agent <agent> --event post-edit|stop`: what the installed hooks call. Reads
// the agent's JSON payload on stdin, scans the files it just edited (post-edit) or every file
// changed since HEAD (end of turn), and answers in the agent's own protocol so the agent reads the
// findings and is told to fix them. Nothing is ever written; no finding is ever silenced.

import * as fs from 'fs';
import * as path from 'path';
import { isInside } from '../../../core/io/read-file';
import { parseArgs, ScanArgs, UsageError } from './args';
import { changedFiles } from './changed';
import { addedSuppressions, formatAgent } from './agent-format';
import { runScan } from './main';
import { HookAgent, HookEvent, isHookAgent } from './hooks-agents';

export interface HookIo {
  stdin: () => string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

const NODE_IO: HookIo = {
  stdin: () => fs.readFileSync(0, 'utf8'),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
};

type Payload = Record<string, unknown>;

function payloadOf(text: string): Payload {
  try {
    const value = JSON.parse(text || '{}') as unknown;
    return typeof value === 'object' && value !== null ? (value as Payload) : {};
  } catch {
    return {};
  }
}

/** The edited file paths an agent's post-edit payload names (Claude tool_input, Cursor file_path, Copilot toolArgs). */
export function editedPaths(payload: Payload): string[] {
  const out: string[] = [];
  const take = (o: unknown): void => {
    if (typeof o === 'string') {
      try {
        take(JSON.parse(o));
      } catch {
        /* a tool's arguments that are not JSON name no file */
      }
      return;
    }
    if (typeof o !== 'object' || o === null) return;
    const r = o as Record<string, unknown>;
    for (const key of ['file_path', 'filePath', 'path', 'notebook_path'])
      if (typeof r[key] === 'string') out.push(r[key] as string);
  };
  take(payload);
  take(payload.tool_input);
  take(payload.toolArgs);
  return [...new Set(out)];
}

function projectFiles(cwd: string, files: string[]): string[] {
  const root = fs.realpathSync(cwd);
  return files
    .map((f) => path.resolve(cwd, f))
    .filter((f) => {
      try {
        return fs.statSync(f).isFile() && isInside(root, fs.realpathSync(f));
      } catch {
        return false;
      }
    })
    .map((f) => path.relative(cwd, f) || f);
}

/** The agent text for `files` (relative to `cwd`), and how many items it asks the agent to fix. */
async function report(cwd: string, files: string[]): Promise<{ text: string; count: number }> {
  const absolute = files.map((f) => path.resolve(cwd, f));
  const args = parseArgs([
    'scan',
    ...absolute,
    '--format',
    'agent',
    '--min-severity',
    'warning',
    '--jobs',
    '1',
  ]) as ScanArgs;
  const { report } = await runScan(args);
  const shown = (p: string): string => path.relative(cwd, p) || p;
  const scanned = { ...report, files: report.files.map((f) => ({ ...f, path: shown(f.path) })) };
  const added = addedSuppressions(absolute).map((s) => ({ ...s, path: shown(s.path) }));
  const count = report.files.reduce((n, f) => n + f.findings.length, 0) + added.length;
  return { text: formatAgent(scanned, added), count };
}

export async function runHook(argv: string[], io: HookIo = NODE_IO): Promise<number> {
  let agent: string | undefined;
  let event: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--agent') agent = argv[++i];
    else if (argv[i] === '--event') event = argv[++i];
    else throw new UsageError(`unknown option '${argv[i]}' for warden hooks run`);
  }
  if (!agent || !isHookAgent(agent)) throw new UsageError('warden hooks run needs --agent claude|cursor|copilot|codex');
  if (event !== 'post-edit' && event !== 'stop') throw new UsageError('warden hooks run needs --event post-edit|stop');
  return respond(agent, event, payloadOf(io.stdin()), io);
}

async function respond(agent: HookAgent, event: HookEvent, payload: Payload, io: HookIo): Promise<number> {
  // A turn the stop hook already sent back once ends now: no endless loop over a finding with no fix.
  if (event === 'stop' && (payload.stop_hook_active === true || Number(payload.loop_count ?? 0) >= 1)) {
    if (agent === 'cursor') io.stdout('{}\n');
    return 0;
  }
  let files: string[];
  if (event === 'post-edit') files = projectFiles(io.cwd, editedPaths(payload));
  else {
    try {
      files = projectFiles(io.cwd, [...changedFiles('HEAD', io.cwd)]);
    } catch (e) {
      // Not a git repository (or no commit yet): the post-edit hooks and the MCP tools still work.
      io.stderr(`warden: end-of-turn scan skipped: ${(e as Error).message}\n`);
      files = [];
    }
  }
  const { text, count } = files.length > 0 ? await report(io.cwd, files) : { text: '', count: 0 };
  if (agent === 'cursor') {
    io.stdout(`${JSON.stringify(count > 0 ? { followup_message: text } : {})}\n`);
    return 0;
  }
  if (count === 0) return 0;
  if (event === 'stop') {
    // Claude Code and Codex: `decision: block` keeps the agent working, with `reason` as its instructions.
    io.stdout(`${JSON.stringify({ decision: 'block', reason: text })}\n`);
    return 0;
  }
  if (agent === 'claude') {
    // Claude Code shows a PostToolUse hook's stderr to the model when the hook exits with 2.
    io.stderr(text);
    return 2;
  }
  io.stdout(text);
  return 0;
}
