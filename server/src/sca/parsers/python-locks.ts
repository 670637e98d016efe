// Python lockfiles: poetry.lock and uv.lock (TOML, `[[package]]` entries with their dependencies,
// so transitive packages get the chain from a direct one) and Pipfile.lock (JSON, flat: `default`
// and `develop` sections of pins). Located in the text by the one-pass indexes (toml-index.ts,
// json-keys.ts).

import { parse as parseToml } from 'smol-toml';
import type { Dependency } from '../model';
import { pathsFromRoots, unreferenced } from './graph';
import { indexJsonKeys, jsonObjectAt } from './json-keys';
import { normalizePyPIName } from './python';
import { indexToml } from './toml-index';
import { LineIndex } from './text';

interface LockPackage {
  name?: unknown;
  version?: unknown;
  source?: unknown;
  /** poetry: name → spec table; uv: array of `{ name }`. */
  dependencies?: unknown;
  'optional-dependencies'?: unknown;
  'dev-dependencies'?: unknown;
}

/** The (normalised) names a lock entry depends on, in either tool's shape. */
function namesIn(value: unknown): string[] {
  if (Array.isArray(value))
    return value.flatMap((d) =>
      d && typeof (d as { name?: unknown }).name === 'string' ? [normalizePyPIName((d as { name: string }).name)] : [],
    );
  return value && typeof value === 'object' ? Object.keys(value).map(normalizePyPIName) : [];
}

/** uv's groups and extras: `{ dev = [ { name = … } ] }`. */
const groupNames = (value: unknown): string[] =>
  value && typeof value === 'object' ? Object.values(value).flatMap(namesIn) : [];

/** The project itself in uv.lock: a virtual, editable or directory source, not an installed package. */
function isProject(pkg: LockPackage): boolean {
  const source = pkg.source as Record<string, unknown> | undefined;
  return (
    !!source && typeof source === 'object' && ('virtual' in source || 'editable' in source || 'directory' in source)
  );
}

function parseTomlLock(text: string, tool: 'poetry' | 'uv'): Dependency[] {
  const data = parseToml(text) as { package?: LockPackage[] };
  const lines = new LineIndex(text);
  const where = indexToml(text, lines);
  const packages = (Array.isArray(data.package) ? data.package : []).filter(
    (p): p is LockPackage & { name: string; version: string } =>
      !!p && typeof p.name === 'string' && (typeof p.version === 'string' || (tool === 'uv' && isProject(p))),
  );
  const edges = new Map<string, string[]>();
  for (const p of packages) {
    const name = normalizePyPIName(p.name);
    const deps = [
      ...namesIn(p.dependencies),
      ...groupNames(p['optional-dependencies']),
      ...groupNames(p['dev-dependencies']),
    ];
    edges.set(name, [...(edges.get(name) ?? []), ...deps]);
  }
  const children = (name: string): string[] => edges.get(name) ?? [];
  // uv names the project; poetry.lock does not, so its direct dependencies are taken to be the
  // packages nothing else depends on.
  const projects = packages.filter((p) => tool === 'uv' && isProject(p)).map((p) => normalizePyPIName(p.name));
  const roots = projects.length > 0 ? projects.flatMap(children) : unreferenced(edges.keys(), children);
  const paths = pathsFromRoots(roots, children);
  const out: Dependency[] = [];
  let from = 0;
  for (const p of packages) {
    // Entries appear in file order: search onwards from the previous one.
    const at = where.names.first(p.name, from);
    if (at === undefined) continue;
    from = at + 1;
    if (isProject(p) || typeof p.version !== 'string') continue;
    const name = normalizePyPIName(p.name);
    const via = paths.get(name);
    out.push({
      ecosystem: 'PyPI',
      name,
      version: p.version,
      exact: true,
      spec: p.version,
      range: lines.lineRange(lines.lineOf(at)),
      ...(via && via.length > 0 ? { via } : {}),
    });
  }
  return out;
}

export const parsePoetryLock = (text: string): Dependency[] => parseTomlLock(text, 'poetry');
export const parseUvLock = (text: string): Dependency[] => parseTomlLock(text, 'uv');

export function parsePipfileLock(text: string): Dependency[] {
  const data = JSON.parse(text) as Record<string, Record<string, { version?: unknown }> | undefined>;
  const keys = indexJsonKeys(text);
  const lines = new LineIndex(text);
  const out: Dependency[] = [];
  for (const section of ['default', 'develop']) {
    const table = data[section];
    const tableKeys = jsonObjectAt(keys, section);
    if (!table || typeof table !== 'object' || !tableKeys) continue;
    for (const [name, entry] of Object.entries(table)) {
      // Pins are `==1.2.3`; git and path entries have no version.
      const pin = typeof entry?.version === 'string' ? /^===?(.+)$/.exec(entry.version) : null;
      const at = tableKeys.keys.get(name)?.at;
      if (!pin || at === undefined) continue;
      out.push({
        ecosystem: 'PyPI',
        name: normalizePyPIName(name),
        version: pin[1].trim(),
        exact: true,
        spec: entry!.version as string,
        range: lines.lineRange(lines.lineOf(at)),
      });
    }
  }
  return out;
}
