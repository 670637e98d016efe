// The one git runner: every git call Warden makes (`--changed-since` today; review, agent and
// editor features later) goes through runGit, so none of them can run a command the repository
// configures. A repository's own .git/config (never committed, but shipped inside archives and
// copied folders) can name programs git runs on its own: an fsmonitor hook, hooks, clean/smudge
// filters, textconv and external diff drivers, a pager. Here:
//   - arguments are an array handed to git itself, never to a shell;
//   - core.fsmonitor and core.hooksPath are overridden with `-c`, and the pager is off;
//   - every filter driver the configuration defines is found first (`git config`, which reads
//     files and runs nothing) and emptied with `-c filter.<name>.clean=` etc., so no clean,
//     smudge or process filter runs whatever its name; one whose name `-c` cannot spell is refused;
//   - diff-like subcommands get `--no-ext-diff --no-textconv --ignore-submodules=all`, and status
//     the last: a submodule has its own configuration (filters, fsmonitor) that git would use when
//     it looks inside it, and only the top repository's drivers are known here;
//   - only read-only built-in subcommands run: a repository's alias (`!sh -c …`) named like an
//     unknown subcommand would otherwise be a shell command;
//   - no prompt (GIT_TERMINAL_PROMPT=0, stdin closed), no optional index writes, a timeout and
//     a cap on the output.
//
// Trust contract: the command line runs git because its user asked for it in that folder. The
// editor may run git only in a trusted workspace (vscode.workspace.isTrusted): callers state it
// with `trusted: true`, which a plain boolean does not satisfy, so an editor caller must test
// isTrusted first. This module is pure Node (no vscode, no LSP) so every front end can use it.

import { spawnSync } from 'child_process';
import * as os from 'os';

export interface GitOptions {
  /** The folder git runs in. */
  cwd: string;
  /** The caller has established the folder is trusted (the CLI's user asked; the editor checked isTrusted). */
  trusted: true;
  /** Default 30 s: git is then killed and a GitError thrown. */
  timeoutMs?: number;
  /** Default 32 MB of stdout (and of stderr): past it git is killed and a GitError thrown. */
  maxOutputBytes?: number;
}

export interface GitResult {
  ok: boolean;
  status: number | null;
  stdout: string;
  stderr: string;
}

export class GitError extends Error {
  constructor(
    message: string,
    readonly reason: 'not-trusted' | 'not-allowed' | 'not-runnable' | 'timeout' | 'output-limit' | 'unsafe-config',
  ) {
    super(message);
  }
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_OUTPUT = 32 * 1024 * 1024;

/** Subcommands that parse diff options and so accept --no-ext-diff, --no-textconv and --ignore-submodules. */
const DIFF_LIKE = new Set(['diff', 'diff-index', 'diff-files', 'diff-tree', 'log', 'show']);

/** Read-only built-ins (git never lets an alias hide a built-in); anything else is refused. */
const ALLOWED = new Set([
  ...DIFF_LIKE,
  'rev-parse',
  'ls-files',
  'ls-tree',
  'status',
  'config',
  'cat-file',
  'merge-base',
  'rev-list',
  'for-each-ref',
  'blame',
]);

const FILTER_KEYS = ['clean', 'smudge', 'process'];

/** Overrides that hold for every repository, before its own drivers are known. */
export function fixedOverrides(): string[] {
  return [
    '--no-pager',
    '-c',
    'core.fsmonitor=false',
    '-c',
    `core.hooksPath=${os.devNull}`,
    '-c',
    'core.pager=cat',
    '-c',
    'diff.external=',
    '-c',
    'diff.ignoreSubmodules=all',
    '-c',
    'submodule.recurse=false',
    // A signature check runs gpg.program, which the repository may name.
    '-c',
    'log.showSignature=false',
  ];
}

function environment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    GIT_PAGER: 'cat',
    // Read-only calls must not rewrite the index (git refreshes it opportunistically otherwise).
    GIT_OPTIONAL_LOCKS: '0',
  };
  delete env.GIT_EXTERNAL_DIFF;
  return env;
}

function spawn(argv: string[], options: GitOptions): GitResult {
  const maxOutput = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
  const r = spawnSync('git', argv, {
    cwd: options.cwd,
    env: environment(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    maxBuffer: maxOutput,
    shell: false,
    windowsHide: true,
  });
  const code = (r.error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ETIMEDOUT')
    throw new GitError(
      `git ${argv.at(-1)} did not finish within ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms`,
      'timeout',
    );
  if (code === 'ENOBUFS') throw new GitError(`git wrote more than ${maxOutput} bytes of output`, 'output-limit');
  if (r.error) throw new GitError(`git could not be run: ${r.error.message}`, 'not-runnable');
  return { ok: r.status === 0, status: r.status, stdout: r.stdout ?? '', stderr: (r.stderr ?? '').trim() };
}

/**
 * `-c` overrides that empty every filter driver the configuration defines (any scope, includes
 * resolved: git reports what it would use). `-c` splits at the first '=', so a driver whose name
 * holds one, or a line break, cannot be overridden and the repository is refused.
 */
export function filterOverrides(options: GitOptions): string[] {
  const listed = spawn([...fixedOverrides(), 'config', '--null', '--name-only', '--get-regexp', '^filter\\.'], options);
  // Exit 1: no filter configured. Anything else besides 0: the configuration could not be read.
  if (!listed.ok && listed.status !== 1)
    throw new GitError(`git could not read the repository's configuration: ${listed.stderr}`, 'unsafe-config');
  const drivers = new Set<string>();
  for (const name of listed.stdout.split('\0').filter(Boolean)) {
    const m = /^filter\.([\s\S]*)\.[^.]*$/.exec(name);
    if (m) drivers.add(m[1]);
  }
  const overrides: string[] = [];
  for (const driver of drivers) {
    if (/[=\n\r\0]/.test(driver))
      throw new GitError(
        `the repository's git configuration defines a filter named ${JSON.stringify(driver)}, which Warden cannot disable; git was not run`,
        'unsafe-config',
      );
    for (const key of FILTER_KEYS) overrides.push('-c', `filter.${driver}.${key}=`);
    overrides.push('-c', `filter.${driver}.required=false`);
  }
  return overrides;
}

/** The full argument list for `git <args>`, every repository-configured command disabled. */
export function hardenedArgs(args: readonly string[], filters: readonly string[]): string[] {
  const [subcommand, ...rest] = args;
  if (!ALLOWED.has(subcommand))
    throw new GitError(`git ${subcommand} is not one of the read-only commands Warden runs`, 'not-allowed');
  const flags = DIFF_LIKE.has(subcommand)
    ? ['--no-ext-diff', '--no-textconv', '--ignore-submodules=all']
    : subcommand === 'status'
      ? ['--ignore-submodules=all']
      : [];
  return [...fixedOverrides(), ...filters, subcommand, ...flags, ...rest];
}

/**
 * A git runner for one folder: the configured filter drivers are looked up once, then every
 * call runs with all overrides. Throws GitError when git cannot be run safely or in bounds;
 * a non-zero exit is a result (ok: false), not an exception.
 */
export function gitRunner(options: GitOptions): (args: readonly string[]) => GitResult {
  if (options.trusted !== true)
    throw new GitError('git runs only in a trusted workspace (Warden never runs it otherwise)', 'not-trusted');
  let filters: string[] | undefined;
  return (args) => {
    filters ??= filterOverrides(options);
    return spawn(hardenedArgs(args, filters), options);
  };
}

/** One git call; see gitRunner. */
export function runGit(args: readonly string[], options: GitOptions): GitResult {
  return gitRunner(options)(args);
}
