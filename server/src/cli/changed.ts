// `--changed-since <ref>`: the files changed since a git ref (committed, staged or not) plus the
// untracked ones, so a pre-commit hook or a pull-request job scans only what the change touches.
// Git runs through core/io/git.ts: nothing the repository configures (fsmonitor, hooks, filters,
// diff drivers) is run.

import * as fs from 'fs';
import * as path from 'path';
import { GitError, GitResult, gitRunner } from '../../../core/io/git';
import { escapeControls } from '../report/escape';
import { UsageError } from './args';

export type Git = (args: readonly string[]) => GitResult;

function runner(cwd: string, flag: string): Git {
  // The user asked for a git-based option in this folder: that is the CLI's trust.
  const git = gitRunner({ cwd, trusted: true });
  return (args) => {
    try {
      return git(args);
    } catch (e) {
      if (e instanceof GitError) throw new UsageError(`${flag} needs git, which failed: ${e.message}`);
      throw e;
    }
  };
}

/** The repository around `cwd` and `ref` resolved to a commit; `flag` names the option in errors. */
export function openRepository(
  ref: string,
  flag: string,
  cwd = process.cwd(),
): { root: string; git: Git; hash: string } {
  // A ref is never an option: git would read '--output=…' as one.
  if (ref.startsWith('-')) throw new UsageError(`${flag}: '${ref}' is not a git ref`);
  const top = runner(cwd, flag)(['rev-parse', '--show-toplevel']);
  if (!top.ok) throw new UsageError(`${flag} needs a git repository, and ${cwd} is not inside one`);
  const root = top.stdout.trim();
  const git = runner(root, flag);
  const commit = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (!commit.ok) {
    throw new UsageError(
      `${flag}: '${ref}' is not a commit in this repository (try a branch, a tag or a hash, e.g. origin/main or HEAD~1)`,
    );
  }
  return { root, git, hash: commit.stdout.trim() };
}

/** Absolute paths of the files changed since `ref` (deleted files excluded) and of untracked files. */
export function changedFiles(ref: string, cwd = process.cwd(), flag = '--changed-since'): Set<string> {
  const { root, git, hash } = openRepository(ref, flag, cwd);
  const diff = git(['diff', '--name-only', '--no-renames', '--diff-filter=d', '-z', hash, '--']);
  if (!diff.ok) throw new UsageError(`${flag}: git diff failed: ${escapeControls(diff.stderr)}`);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z']);
  const names = [...diff.stdout.split('\0'), ...(untracked.ok ? untracked.stdout.split('\0') : [])].filter(Boolean);
  return new Set(names.map((n) => path.resolve(root, n)));
}

/** Whether `file` (as given on the command line) is in the changed set; symlinked folders (e.g. /tmp on macOS) resolved. */
export function isChanged(changed: Set<string>, file: string): boolean {
  const resolved = path.resolve(file);
  if (changed.has(resolved)) return true;
  try {
    return changed.has(fs.realpathSync(resolved));
  } catch {
    return false;
  }
}
