// yarn.lock (classic v1 and berry) and pnpm-lock.yaml (lockfile v5, v6 and v9): every installed
// package with its exact version, on the line of its entry, with the chain from a direct
// dependency when the file records one. yarn.lock is read line by line (classic is not YAML; berry
// is, but the same two-level reading serves both); pnpm-lock.yaml with the `yaml` library, whose
// nodes keep their offsets.

import * as semver from 'semver';
import { isMap, isScalar, parseDocument, YAMLMap } from 'yaml';
import type { Dependency } from '../model';
import { pathsFromRoots, unreferenced } from './graph';
import { LineIndex } from './text';

/** `@scope/name@range` → [`@scope/name`, `range`] (the last `@` not at the start). */
function splitDescriptor(descriptor: string): [string, string] {
  const at = descriptor.indexOf('@', 1);
  return at < 0 ? [descriptor, ''] : [descriptor.slice(0, at), descriptor.slice(at + 1)];
}

const unquote = (s: string): string => s.trim().replace(/^"(.*)"$/, '$1');

interface YarnEntry {
  name: string;
  version: string;
  line: number;
  descriptors: string[];
  dependencies: Array<[string, string]>;
  workspace: boolean;
}

export function parseYarnLock(text: string): Dependency[] {
  const lines = new LineIndex(text);
  const entries: YarnEntry[] = [];
  const byDescriptor = new Map<string, number>();
  let entry: YarnEntry | undefined;
  let inDependencies = false;
  for (let i = 0; i < lines.lineCount; i++) {
    const row = text.slice(lines.lineStart(i), lines.lineEnd(i));
    if (!row.trim() || row.trimStart().startsWith('#')) continue;
    const indent = row.length - row.trimStart().length;
    if (indent === 0) {
      inDependencies = false;
      entry = undefined;
      if (!row.endsWith(':') || row.startsWith('__metadata')) continue;
      const descriptors = row
        .slice(0, -1)
        .split(',')
        .map(unquote)
        .filter((d) => d);
      if (descriptors.length === 0) continue;
      entry = {
        name: splitDescriptor(descriptors[0])[0],
        version: '',
        line: i,
        descriptors,
        dependencies: [],
        workspace: descriptors.some((d) => /@workspace:/.test(d)),
      };
      for (const d of descriptors) byDescriptor.set(d, entries.length);
      entries.push(entry);
      continue;
    }
    if (!entry) continue;
    const body = row.trim();
    if (indent <= 2) {
      inDependencies = /^(dependencies|optionalDependencies):$/.test(body);
      // classic `version "1.2.3"`, berry `version: 1.2.3`
      const version = /^version:?\s+"?([^"\s]+)"?$/.exec(body);
      if (version) entry.version = version[1];
    } else if (inDependencies) {
      // classic `name "range"`, berry `name: "npm:range"`; either may quote the name.
      const dep = /^("[^"]+"|[^\s:"]+):?\s+"?([^"]*)"?$/.exec(body);
      if (dep) entry.dependencies.push([unquote(dep[1]), dep[2]]);
    }
  }
  const children = (id: string): string[] =>
    entries[+id].dependencies.flatMap(([name, range]) => {
      const target =
        byDescriptor.get(`${name}@${range}`) ??
        byDescriptor.get(`${name}@npm:${range}`) ??
        byDescriptor.get(`${name}@${range.replace(/^npm:/, '')}`);
      return target === undefined ? [] : [String(target)];
    });
  const ids = entries.map((_, i) => String(i));
  // Berry names the project (its workspace entries); classic does not, so its direct dependencies
  // are taken to be the entries nothing else depends on.
  const workspaces = ids.filter((id) => entries[+id].workspace);
  const roots = workspaces.length > 0 ? workspaces.flatMap(children) : unreferenced(ids, children);
  const paths = pathsFromRoots(roots, children);
  const out: Dependency[] = [];
  entries.forEach((e, i) => {
    if (e.workspace || !semver.valid(e.version)) return;
    const via = paths.get(String(i))?.map((id) => entries[+id]?.name ?? id);
    out.push({
      ecosystem: 'npm',
      name: e.name,
      version: semver.valid(e.version)!,
      exact: true,
      spec: e.version,
      range: lines.lineRange(e.line),
      ...(via && via.length > 0 ? { via } : {}),
    });
  });
  return out;
}

/**
 * A pnpm package key → name and version: `/name/1.0.0_peer` (v5), `/name@1.0.0(peer@2)` (v6),
 * `name@1.0.0(peer@2)` (v9).
 */
export function pnpmKey(key: string): { name: string; version: string } | undefined {
  const bare = key.replace(/^\//, '').replace(/\(.*$/, '');
  const v5 = /^((?:@[^/@]+\/)?[^/@]+)\/([^/]+)$/.exec(bare);
  if (v5) return { name: v5[1], version: v5[2].replace(/_.*$/, '') };
  const [name, version] = splitDescriptor(bare);
  return version ? { name, version } : undefined;
}

/** The `name: version` pairs of a YAML map of dependencies (v6+ importers hold `{ version }`). */
function versionsOf(node: unknown): Array<[string, string]> {
  if (!isMap(node)) return [];
  return node.items.flatMap((pair) => {
    const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const value = isMap(pair.value) ? pair.value.get('version') : isScalar(pair.value) ? pair.value.value : undefined;
    return name && typeof value === 'string' ? [[name, value] as [string, string]] : [];
  });
}

const DEP_SECTIONS = ['dependencies', 'optionalDependencies', 'devDependencies'];

export function parsePnpmLock(text: string): Dependency[] {
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0) throw new Error(doc.errors[0].message);
  const lines = new LineIndex(text);
  const packages = doc.get('packages');
  if (!isMap(packages)) return [];
  // v9 keeps the dependency graph in `snapshots`, earlier versions in `packages` itself.
  const graph = isMap(doc.get('snapshots')) ? (doc.get('snapshots') as YAMLMap) : packages;
  const idOf = (name: string, version: string): string =>
    `${name}@${version.replace(/^\//, '').replace(/[(_].*$/, '')}`;
  const edges = new Map<string, string[]>();
  for (const pair of graph.items) {
    const parsed = isScalar(pair.key) ? pnpmKey(String(pair.key.value)) : undefined;
    if (!parsed) continue;
    const id = idOf(parsed.name, parsed.version);
    const targets = edges.get(id) ?? [];
    for (const section of ['dependencies', 'optionalDependencies'])
      for (const [name, version] of versionsOf(isMap(pair.value) ? pair.value.get(section) : undefined))
        targets.push(depId(name, version));
    edges.set(id, targets);
  }
  // A dependency's version is a plain version, or (v5/v6) a key path such as `/other/1.0.0`.
  function depId(name: string, version: string): string {
    const path = version.startsWith('/') ? pnpmKey(version) : undefined;
    return path ? idOf(path.name, path.version) : idOf(name, version);
  }
  const importers = isMap(doc.get('importers'))
    ? (doc.get('importers') as YAMLMap).items.map((p) => p.value)
    : [doc.contents];
  const roots = importers.flatMap((importer) =>
    DEP_SECTIONS.flatMap((section) =>
      versionsOf(isMap(importer) ? importer.get(section) : undefined).map(([n, v]) => depId(n, v)),
    ),
  );
  const paths = pathsFromRoots(roots, (id) => edges.get(id) ?? []);
  const out: Dependency[] = [];
  for (const pair of packages.items) {
    const parsed = isScalar(pair.key) ? pnpmKey(String(pair.key.value)) : undefined;
    const at = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    const version = parsed && semver.valid(parsed.version);
    if (!parsed || !version || at === undefined) continue;
    const via = paths.get(idOf(parsed.name, parsed.version))?.map((id) => splitDescriptor(id)[0]);
    out.push({
      ecosystem: 'npm',
      name: parsed.name,
      version,
      exact: true,
      spec: parsed.version,
      range: lines.lineRange(lines.lineOf(at)),
      ...(via && via.length > 0 ? { via } : {}),
    });
  }
  return out;
}
