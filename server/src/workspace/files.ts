// Which files of a folder Warden scans: the one walk behind the CLI (`warden scan <folder>`, `warden
// report`) and the editor's workspace commands. It honours `.gitignore` and `.wardenignore` files
// (root and nested, git's semantics via the `ignore` package; `.wardenignore` is for what a team
// wants out of Warden but still in git), VS Code's files.exclude globs, skips build and VCS folders
// always and vendored folders unless asked (policy.md, "Code kinds").

import { isConfigFile } from '../../../core/secrets/config-files';
import * as fs from 'fs';
import * as path from 'path';
import ignore, { Ignore } from 'ignore';
import picomatch from 'picomatch';
import { VENDORED_DIRS } from '../../../core/code-kind';
import { errorDetail, readWorkspaceFile } from '../../../core/io/read-file';
import { DEFAULT_MAX_BYTES, languageForPath } from '../engine';
import { isManifest } from '../sca';

/** Build output, caches, virtual environments and version control: never scanned. */
export const SKIPPED_DIRS = new Set([
  '.git',
  '.hg',
  '.svn',
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
]);

/** The ignore files read in every folder, in this order; the later one may re-include (`!path`). */
export const IGNORE_FILES = ['.gitignore', '.wardenignore'] as const;

export interface ListOptions {
  /** files.exclude globs (relative to the folder), e.g. `**\/*.min.js`. */
  exclude?: string[];
  /** Also list dependency manifests (package.json, go.mod, …) for dependency scanning. */
  manifests?: boolean;
  /** Walk into vendor/, third_party/, node_modules/ and bower_components/ (`--include-vendored`). */
  includeVendored?: boolean;
  /** Stop early (cancellation). */
  cancelled?: () => boolean;
  /** A folder that could not be listed, with why (the CLI reports it as not scanned). */
  onUnreadable?: (folder: string, detail: string) => void;
}

interface FolderRules {
  base: string;
  ig: Ignore;
}

/**
 * A folder's ignore rules, each file read like any workspace file: a FIFO, a device or a link out
 * of the workspace (say to /dev/zero) is not read at all, and its rules are not applied.
 */
function readIgnoreRules(dir: string, root: string): Ignore | undefined {
  let rules: Ignore | undefined;
  for (const name of IGNORE_FILES) {
    const read = readWorkspaceFile(path.join(dir, name), { maxBytes: DEFAULT_MAX_BYTES, root });
    if (read.ok) rules = (rules ?? ignore()).add(read.text);
  }
  return rules;
}

/** Whether a folder of this name is walked into at all. */
export function isWalkedFolder(name: string, includeVendored = false): boolean {
  if (SKIPPED_DIRS.has(name) || name.startsWith('.')) return false;
  return includeVendored || !VENDORED_DIRS.has(name);
}

/** The scannable files under root, sorted by name per folder; paths are joined onto root as given. */
export function listWorkspaceFiles(root: string, options: ListOptions = {}): string[] {
  const excluded =
    options.exclude && options.exclude.length > 0 ? picomatch(options.exclude, { dot: true }) : () => false;
  const out: string[] = [];
  const ignoredBy = (active: FolderRules[], full: string, isDir: boolean): boolean =>
    active.some(({ base, ig }) => ig.ignores(path.relative(base, full).split(path.sep).join('/') + (isDir ? '/' : '')));
  // Each ignore file applies to paths relative to its own folder.
  const visit = (dir: string, rules: FolderRules[]): void => {
    if (options.cancelled?.()) return;
    const own = readIgnoreRules(dir, root);
    const active = own ? [...rules, { base: dir, ig: own }] : rules;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      options.onUnreadable?.(dir, errorDetail(e));
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      const rel = path.relative(root, full).split(path.sep).join('/');
      const isDir = entry.isDirectory();
      if (isDir && !isWalkedFolder(entry.name, options.includeVendored)) continue;
      if (excluded(rel) || excluded(isDir ? `${rel}/` : rel)) continue;
      if (ignoredBy(active, full, isDir)) continue;
      if (isDir) visit(full, active);
      else if (
        entry.isFile() &&
        (languageForPath(entry.name) || (options.manifests && isManifest(entry.name)) || isConfigFile(entry.name))
      )
        out.push(full);
    }
  };
  visit(root, []);
  return out;
}
