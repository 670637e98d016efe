// `--changed-since <ref>`: the files changed since a git ref (committed, staged or not) plus the
// untracked ones, so a pre-commit hook or a pull-request job scans only what the change touches.

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { UsageError } from './args';

function git(cwd: string, args: string[]): { ok: boolean; out: string; err: string } {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new UsageError(`--changed-since needs git, which could not be run: ${r.error.message}`);
  return { ok: r.status === 0, out: r.stdout, err: r.stderr.trim() };
}

/** Absolute paths of the files changed since `ref` (deleted files excluded) and of untracked files. */
export function changedFiles(ref: string, cwd = process.cwd()): Set<string> {
  const top = git(cwd, ['rev-parse', '--show-toplevel']);
  if (!top.ok) throw new UsageError(`--changed-since needs a git repository, and ${cwd} is not inside one`);
  const root = top.out.trim();
  if (!git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).ok) {
    throw new UsageError(
      `--changed-since: '${ref}' is not a commit in this repository (try a branch, a tag or a hash, e.g. origin/main or HEAD~1)`,
    );
  }
  const diff = git(root, ['diff', '--name-only', '--no-renames', '--diff-filter=d', '-z', ref, '--']);
  if (!diff.ok) throw new UsageError(`--changed-since: git diff failed: ${diff.err}`);
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '-z']);
  const names = [...diff.out.split('\0'), ...(untracked.ok ? untracked.out.split('\0') : [])].filter(Boolean);
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
