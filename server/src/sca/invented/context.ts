// The project above a source file, read from disk for the invented-package check: the nearest
// manifest of the file's ecosystem (package.json; pyproject.toml, requirements*.txt, Pipfile…),
// what it and its lockfiles declare, what is installed, and what is the project's own (its
// folders and modules, src/ layout, workspace members, TypeScript path aliases). Nothing above
// the file within the workspace: no context, and the check stays silent. Files are read through
// the one reader (regular files, size-capped); results are cached briefly per folder, so a
// workspace scan reads each project once.

import * as fs from 'fs';
import * as path from 'path';
import { parse as parseToml } from 'smol-toml';
import { readWorkspaceFile } from '../../../../core/io/read-file';
import { parseManifest } from '../index';
import { normalizePyPIName } from '../parsers/python';
import type { ProjectContext } from './check';
import type { PopularEcosystem } from './popular';

const NPM_LOCKS = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml'];
const PY_MANIFEST =
  /^(pyproject\.toml|requirements[-_.\w]*\.(txt|in)|Pipfile|Pipfile\.lock|poetry\.lock|uv\.lock|setup\.py|setup\.cfg)$/;
const CACHE_MS = 10_000;
const MAX_BYTES = 2 * 1024 * 1024;

type Found = ProjectContext | 'none' | 'unknown';

const cache = new Map<string, { at: number; found: Found; git: boolean }>();

function read(file: string): string | undefined {
  const result = readWorkspaceFile(file, { maxBytes: MAX_BYTES, root: path.dirname(file) });
  return result.ok ? result.text : undefined;
}

function list(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

const namesCache = new Map<string, { at: number; names: string[] }>();

/** Folder and module names in `dir` (`app/`, `utils.py` → utils, `Button.tsx` → Button), cached briefly. */
function ownNames(dir: string, into: Set<string>): void {
  let cached = namesCache.get(dir);
  if (!cached || Date.now() - cached.at >= CACHE_MS) {
    const names = list(dir)
      .filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules')
      .map((e) => (e.isDirectory() ? e.name : e.name.replace(/\.[^.]+$/, '')));
    cached = { at: Date.now(), names };
    namesCache.set(dir, cached);
  }
  for (const name of cached.names) into.add(name);
}

function json(file: string): Record<string, unknown> | undefined {
  const text = read(file);
  try {
    return text === undefined ? undefined : (JSON.parse(text) as Record<string, unknown>);
  } catch {
    return undefined;
  }
}

const keysOf = (value: unknown): string[] => (value && typeof value === 'object' ? Object.keys(value) : []);

/** The folders `workspaces` globs name (`packages/*`, `apps/web`): each member's package.json name. */
function workspaceMembers(root: string, patterns: string[], into: Set<string>): void {
  for (const pattern of patterns.slice(0, 50)) {
    const base = pattern.replace(/\/\*\*?$/, '');
    const dirs = pattern.endsWith('*')
      ? list(path.join(root, base))
          .filter((e) => e.isDirectory())
          .map((e) => path.join(base, e.name))
      : [base];
    for (const dir of dirs.slice(0, 500)) {
      const name = json(path.join(root, dir, 'package.json'))?.name;
      if (typeof name === 'string') into.add(name);
      into.add(path.basename(dir));
    }
  }
}

/** TypeScript `compilerOptions.paths` keys (`@app/*` → @app, `utils/*` → utils) of a tsconfig/jsconfig (JSONC). */
function pathAliases(text: string, into: Set<string>): void {
  const at = text.indexOf('"paths"');
  if (at < 0) return;
  const open = text.indexOf('{', at);
  let depth = 0;
  let end = open;
  for (; end < text.length && end >= 0; end++) {
    if (text[end] === '{') depth++;
    else if (text[end] === '}' && --depth === 0) break;
  }
  for (const m of text.slice(open, end).matchAll(/"([^"]+)"\s*:\s*\[/g))
    into.add(m[1].replace(/\/?\*$/, '').split('/')[0]);
}

function npmContext(dir: string, manifest: string, stop: string): ProjectContext {
  const pkg = json(manifest) ?? {};
  const declared = new Set<string>();
  for (const section of [
    'dependencies',
    'devDependencies',
    'optionalDependencies',
    'peerDependencies',
    'bundledDependencies',
  ])
    for (const name of keysOf(pkg[section])) declared.add(name);
  for (const lock of NPM_LOCKS) {
    const text = read(path.join(dir, lock));
    if (text === undefined) continue;
    try {
      for (const dep of parseManifest(lock, text)) declared.add(dep.name);
    } catch {
      // A lockfile that does not parse declares nothing here; it is reported when scanned.
    }
  }
  const firstParty = new Set<string>();
  if (typeof pkg.name === 'string') firstParty.add(pkg.name);
  ownNames(dir, firstParty);
  ownNames(path.join(dir, 'src'), firstParty);
  // Workspace members and path aliases may be declared by this package or a monorepo root above it.
  for (let up = dir; ; up = path.dirname(up)) {
    const root = up === dir ? pkg : json(path.join(up, 'package.json'));
    const workspaces = root?.workspaces;
    const patterns = Array.isArray(workspaces) ? workspaces : (workspaces as { packages?: unknown })?.packages;
    if (Array.isArray(patterns))
      workspaceMembers(
        up,
        patterns.filter((p): p is string => typeof p === 'string'),
        firstParty,
      );
    const pnpm = read(path.join(up, 'pnpm-workspace.yaml'));
    if (pnpm)
      workspaceMembers(
        up,
        [...pnpm.matchAll(/^\s*-\s*['"]?([^'"\n#]+?)['"]?\s*$/gm)].map((m) => m[1]),
        firstParty,
      );
    for (const config of ['tsconfig.json', 'jsconfig.json', 'tsconfig.base.json']) {
      const text = read(path.join(up, config));
      if (text) pathAliases(text, firstParty);
    }
    if (up === stop || up === path.dirname(up)) break;
  }
  return { ecosystem: 'npm', manifest: path.basename(manifest), declared, firstParty };
}

/** Distribution names a requirements file, pyproject.toml or Pipfile names, pinned or not. */
function pythonDeclared(file: string, text: string, into: Set<string>): boolean {
  const name = path.basename(file);
  const requirement = (s: unknown): void => {
    const m = typeof s === 'string' ? /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(s) : null;
    if (m) into.add(normalizePyPIName(m[1]));
  };
  if (/^requirements/.test(name)) {
    for (const line of text.split(/\r?\n/)) if (!/^\s*-/.test(line)) requirement(line);
    return true;
  }
  if (name === 'setup.py' || name === 'setup.cfg') return false; // code, or free-form: declared names unknown
  try {
    if (/\.lock$/.test(name)) {
      for (const dep of parseManifest(name, text)) into.add(dep.name);
      return true;
    }
    const data = parseToml(text) as Record<string, any>;
    if (name === 'Pipfile') {
      for (const section of ['packages', 'dev-packages']) keysOf(data[section]).forEach(requirement);
      return true;
    }
    const project = data.project ?? {};
    [
      project.dependencies,
      ...Object.values(project['optional-dependencies'] ?? {}),
      ...Object.values(data['dependency-groups'] ?? {}),
    ]
      .flatMap((list) => (Array.isArray(list) ? list : []))
      .forEach(requirement);
    const poetry = data.tool?.poetry ?? {};
    [
      poetry.dependencies,
      poetry['dev-dependencies'],
      ...Object.values(poetry.group ?? {}).map((g: any) => g?.dependencies),
    ]
      .flatMap(keysOf)
      .forEach(requirement);
    return true;
  } catch {
    return false;
  }
}

function pythonContext(dir: string, manifests: string[]): ProjectContext | undefined {
  const declared = new Set<string>();
  let known = false;
  for (const name of manifests) {
    const text = read(path.join(dir, name));
    if (text !== undefined && pythonDeclared(name, text, declared)) known = true;
  }
  // Only setup.py/setup.cfg (or nothing readable): what the project declares is unknown.
  if (!known) return undefined;
  const firstParty = new Set<string>();
  ownNames(dir, firstParty);
  ownNames(path.join(dir, 'src'), firstParty);
  // One level down too (`backend/app/…` run from backend/).
  for (const entry of list(dir).slice(0, 200))
    if (entry.isDirectory() && !entry.name.startsWith('.')) ownNames(path.join(dir, entry.name), firstParty);
  return {
    ecosystem: 'PyPI',
    manifest: manifests.find((m) => !m.endsWith('.lock')) ?? manifests[0],
    declared,
    firstParty,
  };
}

/** What a folder says about the projects of files below it (cached briefly). */
function folderVerdict(dir: string, ecosystem: PopularEcosystem, stop: string): { found: Found; git: boolean } {
  const key = `${ecosystem}\u0000${dir}\u0000${stop}`;
  const cached = cache.get(key);
  if (cached && Date.now() - cached.at < CACHE_MS) return cached;
  const entries = list(dir).map((e) => e.name);
  let found: Found = 'none';
  if (ecosystem === 'npm' && entries.includes('package.json'))
    found = npmContext(dir, path.join(dir, 'package.json'), stop);
  else if (ecosystem === 'PyPI') {
    const manifests = entries.filter((n) => PY_MANIFEST.test(n)).sort();
    // A Python project whose dependencies cannot be read (setup.py only): no check for its files.
    if (manifests.length > 0) found = pythonContext(dir, manifests) ?? 'unknown';
  }
  const verdict = { at: Date.now(), found, git: entries.includes('.git') };
  cache.set(key, verdict);
  return verdict;
}

/**
 * The project context of `file` for `ecosystem`, or undefined when no manifest of it is found
 * between the file's folder and `root` (the workspace folder; without one, the repository: the
 * walk stops at a folder holding `.git`).
 */
export function projectContext(file: string, ecosystem: PopularEcosystem, root?: string): ProjectContext | undefined {
  const start = path.dirname(path.resolve(file));
  const stop = root ? path.resolve(root) : undefined;
  if (stop && path.relative(stop, start).startsWith('..')) return undefined;
  for (let dir = start; ; dir = path.dirname(dir)) {
    const { found, git } = folderVerdict(dir, ecosystem, stop ?? dir);
    if (found === 'unknown') return undefined;
    if (found !== 'none') return forFile(found, start, dir, stop);
    if (dir === stop || dir === path.dirname(dir) || (!stop && git)) return undefined;
  }
}

/**
 * The project's context completed for one file: the folders between the file and the project
 * root hold its own modules too (Python puts a script's folder on sys.path), and a package
 * installed in a node_modules folder at or above the project exists.
 */
function forFile(
  context: ProjectContext,
  fileDir: string,
  projectDir: string,
  stop: string | undefined,
): ProjectContext {
  const firstParty = new Set(context.firstParty);
  for (let dir = fileDir; dir !== projectDir && dir.startsWith(projectDir); dir = path.dirname(dir))
    ownNames(dir, firstParty);
  const installed = (name: string): boolean => {
    for (let dir = projectDir; ; dir = path.dirname(dir)) {
      if (fs.existsSync(path.join(dir, 'node_modules', name, 'package.json'))) return true;
      if (dir === stop || dir === path.dirname(dir)) return false;
    }
  };
  return { ...context, firstParty, installed: context.ecosystem === 'npm' ? installed : undefined };
}
