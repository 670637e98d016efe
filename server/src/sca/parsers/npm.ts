// package.json and package-lock.json (lockfileVersion 1, 2 and 3). JSON.parse reads them (a
// malformed file is reported, not guessed at); each dependency is then located in the text by
// its key in an index built in one pass (json-keys.ts), since JSON.parse keeps no positions.
// (jsonc-parser keeps positions but its UMD build does not survive bundling.)

import * as semver from 'semver';
import type { Dependency } from '../model';
import { indexJsonKeys, JsonObject, jsonObjectAt } from './json-keys';
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
  const keys = indexJsonKeys(text);
  const lines = new LineIndex(text);
  const out: Dependency[] = [];
  const seen = new Set<string>();
  const add = (name: string, entry: LockEntry, at: number | undefined): void => {
    const version = entry.version;
    if (typeof version !== 'string' || !semver.valid(version) || seen.has(`${name}@${version}`) || at === undefined)
      return;
    seen.add(`${name}@${version}`);
    out.push({ ecosystem: 'npm', name, version, exact: true, spec: version, range: lines.lineRange(lines.lineOf(at)) });
  };
  // v2/v3: flat "packages" keyed by install path; the root package is "".
  if (data.packages && typeof data.packages === 'object') {
    const packageKeys = jsonObjectAt(keys, 'packages');
    for (const [key, entry] of Object.entries(data.packages)) {
      const at = key.lastIndexOf('node_modules/');
      if (at < 0 || !entry || typeof entry !== 'object') continue;
      add(key.slice(at + 'node_modules/'.length), entry, packageKeys?.keys.get(key)?.at);
    }
    return out;
  }
  // v1: nested "dependencies", each entry's own under its key.
  const visit = (deps: Record<string, LockEntry> | undefined, depKeys: JsonObject | undefined): void => {
    for (const [name, entry] of Object.entries(deps ?? {})) {
      if (!entry || typeof entry !== 'object') continue;
      const key = depKeys?.keys.get(name);
      add(name, entry, key?.at);
      if (entry.dependencies) visit(entry.dependencies, jsonObjectAt(key?.value, 'dependencies'));
    }
  };
  visit(data.dependencies, jsonObjectAt(keys, 'dependencies'));
  return out;
}
