// Lists the files of a workspace folder that Warden scans: honours .gitignore files (root and
// nested, with git's semantics via the `ignore` package) and VS Code's files.exclude globs, and
// skips vendored, build and VCS folders.

import * as fs from 'fs';
import * as path from 'path';
import ignore, { Ignore } from 'ignore';
import picomatch from 'picomatch';
import { readWorkspaceFile } from '../../../core/io/read-file';
import { DEFAULT_MAX_BYTES, languageForPath } from '../engine';
import { isManifest } from '../sca';

export const SKIPPED_DIRS = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'vendor',
  'third_party',
  'dist',
  'build',
  'out',
  'target',
  '__pycache__',
  '.venv',
  'venv',
  '.tox',
  '.mypy_cache',
  '.next',
  'coverage',
  'bower_components',
]);

export interface ListOptions {
  /** files.exclude globs (relative to the folder), e.g. `**\/*.min.js`. */
  exclude?: string[];
  /** Also list dependency manifests (package.json, go.mod, …) for dependency scanning. */
  manifests?: boolean;
  /** Stop early (cancellation). */
  cancelled?: () => boolean;
}

/**
 * A folder's .gitignore, read like any workspace file: a FIFO, a device or a link out of the
 * workspace (say to /dev/zero) is not read at all, and its rules are not applied.
 */
function readGitignore(dir: string, root: string): Ignore | undefined {
  const read = readWorkspaceFile(path.join(dir, '.gitignore'), { maxBytes: DEFAULT_MAX_BYTES, root });
  return read.ok ? ignore().add(read.text) : undefined;
}

export function listWorkspaceFiles(root: string, options: ListOptions = {}): string[] {
  const excluded =
    options.exclude && options.exclude.length > 0 ? picomatch(options.exclude, { dot: true }) : () => false;
  const out: string[] = [];
  // Each .gitignore applies to paths relative to its own folder.
  const visit = (dir: string, rules: Array<{ base: string; ig: Ignore }>): void => {
    if (options.cancelled?.()) return;
    const own = readGitignore(dir, root);
    const active = own ? [...rules, { base: dir, ig: own }] : rules;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      const rel = path.relative(root, full).split(path.sep).join('/');
      const isDir = entry.isDirectory();
      if (isDir && (SKIPPED_DIRS.has(entry.name) || entry.name.startsWith('.'))) continue;
      if (excluded(rel) || excluded(isDir ? `${rel}/` : rel)) continue;
      if (
        active.some(({ base, ig }) =>
          ig.ignores(path.relative(base, full).split(path.sep).join('/') + (isDir ? '/' : '')),
        )
      )
        continue;
      if (isDir) visit(full, active);
      else if (entry.isFile() && (languageForPath(entry.name) || (options.manifests && isManifest(entry.name))))
        out.push(full);
    }
  };
  visit(root, []);
  return out;
}
