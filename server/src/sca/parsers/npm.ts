// package.json and package-lock.json (lockfileVersion 1, 2 and 3). JSON.parse reads them (a
// malformed file is reported, not guessed at); each dependency is then located in the text by
// its quoted key, since JSON.parse keeps no positions. (jsonc-parser keeps positions but its UMD
// build does not survive bundling.)

import * as semver from 'semver';
import type { Dependency } from '../model';
import { escapeRegExp, LineIndex } from './text';

const SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

/** `^4.17.0` → 4.17.0; undefined for tags, URLs, `*`, workspaces and other non-version specs. */
export function lowestAllowed(spec: string): string | undefined {
  if (!spec || /^(\*|x|latest|next)$/i.test(spec.trim()) || /[:/]/.test(spec)) return undefined;
  try {
    const range = new semver.Range(spec);
    if (range.range === '' || range.range === '*') return undefined;
    return semver.minVersion(range)?.version ?? undefined;
  } catch {
    return undefined;
  }
}

/** Offset of `"key":` at or after `from`, skipping offsets already taken. */
function findKey(text: string, key: string, from: number, taken: Set<number>): number | undefined {
  const re = new RegExp(`"${escapeRegExp(JSON.stringify(key).slice(1, -1))}"\\s*:`, 'g');
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) if (!taken.has(m.index)) return m.index;
  return undefined;
}

export function parsePackageJson(text: string): Dependency[] {
  const data = JSON.parse(text) as Record<string, unknown>;
  const lines = new LineIndex(text);
  const out: Dependency[] = [];
  const taken = new Set<number>();
  for (const section of SECTIONS) {
    const deps = data[section];
    if (!deps || typeof deps !== 'object') continue;
    const sectionAt = findKey(text, section, 0, taken) ?? 0;
    for (const [name, spec] of Object.entries(deps as Record<string, unknown>)) {
      if (typeof spec !== 'string') continue;
      const version = lowestAllowed(spec);
      if (!version) continue;
      const at = findKey(text, name, sectionAt, taken);
      if (at === undefined) continue;
      taken.add(at);
      const value = new RegExp(`"\\s*:\\s*"`, 'y');
      value.lastIndex = at + JSON.stringify(name).length - 1;
      const valueMatch = value.exec(text);
      const specAt = valueMatch ? valueMatch.index + valueMatch[0].length : -1;
      const operator = /^\s*(\^|~|>=|=)?/.exec(spec)![1] ?? '';
      // Only simple specs are rewritten by the quick-fix (a compound range is the user's to edit).
      const simple = /^\s*(\^|~|>=|=)?\s*v?\d[\w.+-]*\s*$/.test(spec) && specAt >= 0 && text.startsWith(spec, specAt);
      out.push({
        ecosystem: 'npm',
        name,
        version,
        exact: semver.valid(spec) !== null,
        spec,
        range: lines.lineRange(lines.lineOf(at)),
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
  dependencies?: Record<string, LockEntry>;
}

export function parsePackageLock(text: string): Dependency[] {
  const data = JSON.parse(text) as { packages?: Record<string, LockEntry>; dependencies?: Record<string, LockEntry> };
  const lines = new LineIndex(text);
  const out: Dependency[] = [];
  const seen = new Set<string>();
  const taken = new Set<number>();
  const add = (name: string, key: string, entry: LockEntry, from: number): number => {
    const at = findKey(text, key, from, taken);
    if (at !== undefined) taken.add(at);
    const version = entry.version;
    if (typeof version !== 'string' || !semver.valid(version) || seen.has(`${name}@${version}`) || at === undefined)
      return at ?? from;
    seen.add(`${name}@${version}`);
    out.push({ ecosystem: 'npm', name, version, exact: true, spec: version, range: lines.lineRange(lines.lineOf(at)) });
    return at;
  };
  // v2/v3: flat "packages" keyed by install path; the root package is "".
  if (data.packages && typeof data.packages === 'object') {
    const from = findKey(text, 'packages', 0, taken) ?? 0;
    for (const [key, entry] of Object.entries(data.packages)) {
      const at = key.lastIndexOf('node_modules/');
      if (at < 0 || !entry || typeof entry !== 'object') continue;
      add(key.slice(at + 'node_modules/'.length), key, entry, from);
    }
    return out;
  }
  // v1: nested "dependencies", in text order.
  const visit = (deps: Record<string, LockEntry> | undefined, from: number): void => {
    for (const [name, entry] of Object.entries(deps ?? {})) {
      if (!entry || typeof entry !== 'object') continue;
      const at = add(name, name, entry, from);
      if (entry.dependencies) visit(entry.dependencies, at);
    }
  };
  visit(data.dependencies, findKey(text, 'dependencies', 0, taken) ?? 0);
  return out;
}
