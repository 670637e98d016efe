// package.json and package-lock.json (lockfileVersion 1, 2 and 3). JSON.parse reads them (a
// malformed file is reported, not guessed at); each dependency is then located in the text by
// its key in an index built in one pass (json-keys.ts), since JSON.parse keeps no positions.
// (jsonc-parser keeps positions but its UMD build does not survive bundling.)

import * as semver from 'semver';
import type { Dependency } from '../model';
import { indexJsonKeys, JsonObject, jsonObjectAt } from './json-keys';
import { pathsFromRoots, unreferenced } from './graph';
import { LineIndex, MAX_SPEC_LENGTH, scanWork } from './text';

const SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

/** `^4.17.0` → 4.17.0; undefined for tags, URLs, `*`, workspaces and other non-version specs. */
export function lowestAllowed(spec: string): string | undefined {
  if (!spec || spec.length > MAX_SPEC_LENGTH || /^(\*|x|latest|next)$/i.test(spec.trim()) || /[:/]/.test(spec))
    return undefined;
  // Most specs are one full version behind an operator: its lowest version is that version,
  // without building a semver Range (which costs more than the rest of the parse).
  const single = /^(\^|~|>=|=)?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(spec.trim());
  if (single && semver.valid(single[2])) return semver.valid(single[2])!;
  try {
    const range = new semver.Range(spec);
    if (range.range === '' || range.range === '*') return undefined;
    return semver.minVersion(range)?.version ?? undefined;
  } catch {
    return undefined;
  }
}

/** Offset just after `"key"` + whitespace + `:` + whitespace + `"` (the value string's content), or -1. */
function stringValueAt(text: string, keyAt: number): number {
  let i = keyAt + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  i++;
  while (/\s/.test(text[i] ?? '')) i++;
  if (text[i++] !== ':') return -1;
  while (/\s/.test(text[i] ?? '')) i++;
  scanWork.chars += i - keyAt;
  return text[i] === '"' ? i + 1 : -1;
}

/** `^1.2.3`, `~1.2`, `>=1.0.0`, `=1.0.0`, `1.2.3`: a single version the quick-fix may rewrite. */
const SIMPLE_SPEC = /^(\^|~|>=|=)?\s*v?\d[\w.+-]*$/;

export function parsePackageJson(text: string): Dependency[] {
  const data = JSON.parse(text) as Record<string, unknown>;
  const keys = indexJsonKeys(text);
  const lines = new LineIndex(text);
  const out: Dependency[] = [];
  for (const section of SECTIONS) {
    const deps = data[section];
    const sectionKeys = jsonObjectAt(keys, section);
    if (!deps || typeof deps !== 'object' || !sectionKeys) continue;
    for (const [name, spec] of Object.entries(deps as Record<string, unknown>)) {
      if (typeof spec !== 'string') continue;
      const version = lowestAllowed(spec);
      if (!version) continue;
      const at = sectionKeys.keys.get(name)?.at;
      if (at === undefined) continue;
      const specAt = stringValueAt(text, at);
      const operator = /^\s*(\^|~|>=|=)?/.exec(spec)![1] ?? '';
      // Only simple specs are rewritten by the quick-fix (a compound range is the user's to edit).
      const simple = SIMPLE_SPEC.test(spec.trim()) && specAt >= 0 && text.startsWith(spec, specAt);
      out.push({
        ecosystem: 'npm',
        name,
        version,
        exact: semver.valid(spec) !== null,
        spec,
        range: lines.lineRange(lines.lineOf(at)),
        ...(text.startsWith(name, at + 1) ? { nameRange: lines.range(at + 1, at + 1 + name.length) } : {}),
        ...(simple
          ? { versionRange: lines.range(specAt, specAt + spec.length), bump: (fixed: string) => `${operator}${fixed}` }
          : {}),
      });
    }
  }
  return out;
}

interface LockEntry {
  version?: unknown;
  dependencies?: Record<string, unknown>;
  optionalDependencies?: Record<string, unknown>;
  peerDependencies?: Record<string, unknown>;
  devDependencies?: Record<string, unknown>;
  /** v1: what the entry depends on (name → range). */
  requires?: Record<string, unknown>;
}

/** Enclosing levels searched for a dependency before the top level. */
const MAX_LOOKUP_DEPTH = 32;

const MAX_INSTALL_PATH = 1024;

const EDGE_SECTIONS = ['dependencies', 'optionalDependencies', 'peerDependencies'] as const;

/** The names a v2/v3 entry depends on (the root's devDependencies too). */
function dependedOn(entry: LockEntry | undefined, withDev: boolean): string[] {
  const sections = withDev ? [...EDGE_SECTIONS, 'devDependencies' as const] : EDGE_SECTIONS;
  return sections.flatMap((s) => (entry?.[s] && typeof entry[s] === 'object' ? Object.keys(entry[s]!) : []));
}

/** Node's lookup: `<from>/node_modules/<name>`, then the same from each enclosing install path. */
function resolveInstall(packages: Record<string, LockEntry>, from: string, name: string): string | undefined {
  let dir = from;
  for (let depth = 0; ; depth++) {
    // Past MAX_LOOKUP_DEPTH enclosing folders the top level answers (a hostile key stays linear).
    if (depth === MAX_LOOKUP_DEPTH) dir = '';
    const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (Object.prototype.hasOwnProperty.call(packages, candidate)) return candidate;
    if (!dir) return undefined;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut < 0 ? '' : dir.slice(0, cut);
  }
}

const installName = (key: string): string => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

export function parsePackageLock(text: string): Dependency[] {
  const data = JSON.parse(text) as { packages?: Record<string, LockEntry>; dependencies?: Record<string, LockEntry> };
  const keys = indexJsonKeys(text);
  const lines = new LineIndex(text);
  const out: Dependency[] = [];
  const seen = new Set<string>();
  const add = (name: string, entry: LockEntry, at: number | undefined, via: string[] | undefined): void => {
    const version = entry.version;
    if (typeof version !== 'string' || !semver.valid(version) || seen.has(`${name}@${version}`) || at === undefined)
      return;
    seen.add(`${name}@${version}`);
    out.push({
      ecosystem: 'npm',
      name,
      version,
      exact: true,
      spec: version,
      range: lines.lineRange(lines.lineOf(at)),
      ...(via && via.length > 0 ? { via } : {}),
    });
  };
  // v2/v3: flat "packages" keyed by install path; the root package is "", workspace members are
  // keyed by their folder. Who depends on whom follows Node's node_modules lookup.
  if (data.packages && typeof data.packages === 'object') {
    const packages = data.packages;
    const packageKeys = jsonObjectAt(keys, 'packages');
    const members = Object.keys(packages).filter((k) => !k.includes('node_modules/'));
    const paths = pathsFromRoots(
      members.flatMap((m) =>
        dependedOn(packages[m], true)
          .map((n) => resolveInstall(packages, m, n))
          .filter((k): k is string => !!k),
      ),
      // A key longer than any real install path is a leaf, so lookups stay linear in the file.
      (key) =>
        dependedOn(key.length > MAX_INSTALL_PATH ? undefined : packages[key], false)
          .map((n) => resolveInstall(packages, key, n))
          .filter((k): k is string => !!k),
    );
    for (const [key, entry] of Object.entries(packages)) {
      if (!key.includes('node_modules/') || !entry || typeof entry !== 'object') continue;
      add(installName(key), entry, packageKeys?.keys.get(key)?.at, paths.get(key)?.map(installName));
    }
    return out;
  }
  // v1: nested "dependencies", each entry's own under its key; `requires` names what an entry
  // depends on, found in its own nested copies first, then in its ancestors'.
  interface Node {
    name: string;
    entry: LockEntry;
    at: number | undefined;
    parent: number | undefined;
  }
  const nodes: Node[] = [];
  const idOf = new Map<LockEntry, number>();
  const visit = (deps: unknown, depKeys: JsonObject | undefined, parent: number | undefined): void => {
    if (!deps || typeof deps !== 'object') return;
    for (const [name, entry] of Object.entries(deps as Record<string, LockEntry>)) {
      if (!entry || typeof entry !== 'object') continue;
      const key = depKeys?.keys.get(name);
      idOf.set(entry, nodes.length);
      nodes.push({ name, entry, at: key?.at, parent });
      visit(entry.dependencies, jsonObjectAt(key?.value, 'dependencies'), nodes.length - 1);
    }
  };
  visit(data.dependencies, jsonObjectAt(keys, 'dependencies'), undefined);
  const top = (data.dependencies ?? {}) as Record<string, LockEntry>;
  const own = (holder: unknown, name: string): LockEntry | undefined =>
    holder && typeof holder === 'object' && Object.prototype.hasOwnProperty.call(holder, name)
      ? (holder as Record<string, LockEntry>)[name]
      : undefined;
  const children = (id: string): string[] =>
    Object.keys(nodes[+id].entry.requires ?? {}).flatMap((n) => {
      // Real lockfiles nest a few levels; past MAX_LOOKUP_DEPTH the top level answers (keeps it linear).
      let at: number | undefined = +id;
      for (let depth = 0; at !== undefined && depth < MAX_LOOKUP_DEPTH; depth++, at = nodes[at].parent) {
        const found = own(nodes[at].entry.dependencies, n);
        if (found) return [String(idOf.get(found))];
      }
      const found = own(top, n);
      return found && idOf.has(found) ? [String(idOf.get(found))] : [];
    });
  const ids = nodes.map((_, i) => String(i));
  const roots = new Set(unreferenced(ids, children));
  const paths = pathsFromRoots(
    ids.filter((id) => nodes[+id].parent === undefined && roots.has(id)),
    children,
  );
  nodes.forEach((node, i) =>
    add(
      node.name,
      node.entry,
      node.at,
      paths.get(String(i))?.map((x) => nodes[+x]?.name ?? x),
    ),
  );
  return out;
}
