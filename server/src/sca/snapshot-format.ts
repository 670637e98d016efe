// The snapshot file: advisories merged across databases (one per vulnerability and package),
// written compactly (an advisory is an array, one package per line so a refresh diffs readably)
// and read back into the `AdvisorySnapshot` the matcher uses. Pure, so a web build can fetch and
// read the same file.

import type { Advisory, AdvisorySnapshot, AdvisorySource, AffectedRange, GoVulnerableImport } from './model';
import { advisoryUrl, PackageAdvisory } from './osv';

/** Version of the file layout below; files without it are the older object form, read as is. */
export const SNAPSHOT_FORMAT = 2;

type Packages = AdvisorySnapshot['packages'];
type PackedRange = [string] | [string, string] | [string, null, string];
type PackedImport = [string] | [string, string[]];
/** id, summary, severity letter, source key, ranges, aliases, then Go imports and explicit versions when present. */
type Packed = [string, string, string, string, PackedRange[], string[], PackedImport[]?, string[]?];

const LETTER: Record<string, string> = { CRITICAL: 'C', HIGH: 'H', MODERATE: 'M', LOW: 'L' };
const SEVERITY_OF = Object.fromEntries(Object.entries(LETTER).map(([k, v]) => [v, k]));

const keysOf = (a: Advisory): string[] => [a.id, ...a.aliases];

/**
 * Merges advisories, earlier lists first: one naming the same vulnerability (id or alias) of the
 * same package as one already kept is dropped, and the kept one takes its Go imports if it has none.
 */
export function mergeAdvisories(lists: PackageAdvisory[][]): Packages {
  const packages: Packages = {};
  const seen = new Map<string, Map<string, Advisory>>();
  for (const list of lists)
    for (const { ecosystem, name, advisory } of list) {
      const pkgKey = `${ecosystem}\u0000${name}`;
      let known = seen.get(pkgKey);
      if (!known) seen.set(pkgKey, (known = new Map()));
      const kept = keysOf(advisory)
        .map((k) => known!.get(k))
        .find((a) => a);
      if (kept) {
        if (!kept.imports && advisory.imports) kept.imports = advisory.imports;
        continue;
      }
      const copy = { ...advisory };
      for (const k of keysOf(copy)) known.set(k, copy);
      ((packages[ecosystem] ??= {})[name] ??= []).push(copy);
    }
  for (const byName of Object.values(packages))
    for (const list of Object.values(byName)) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return packages;
}

/** The snapshot of merged packages: dated by its newest source, counting each advisory id once. */
export function snapshotOf(packages: Packages, sources: Record<string, AdvisorySource>): AdvisorySnapshot {
  const ids = new Set<string>();
  for (const byName of Object.values(packages))
    for (const list of Object.values(byName)) for (const a of list) ids.add(a.id);
  const date = Object.values(sources).reduce((d, s) => (s.date > d ? s.date : d), '');
  return { date, generated: date, count: ids.size, sources, packages };
}

/** The snapshot's advisories back as a list, to merge an import over them. */
export function packageAdvisories(snapshot: AdvisorySnapshot): PackageAdvisory[] {
  return Object.entries(snapshot.packages).flatMap(([ecosystem, byName]) =>
    Object.entries(byName).flatMap(([name, list]) =>
      list.map((advisory) => ({ ecosystem: ecosystem as PackageAdvisory['ecosystem'], name, advisory })),
    ),
  );
}

function pack(a: Advisory): Packed {
  const ranges = a.ranges.map((r): PackedRange =>
    r.fixed !== undefined
      ? [r.introduced, r.fixed]
      : r.lastAffected !== undefined
        ? [r.introduced, null, r.lastAffected]
        : [r.introduced],
  );
  const out: Packed = [a.id, a.summary, LETTER[a.severity] ?? 'M', a.source ?? '', ranges, a.aliases];
  const imports = a.imports?.map((i): PackedImport => (i.symbols ? [i.path, i.symbols] : [i.path]));
  if (imports || a.versions?.length) out.push(imports ?? []);
  if (a.versions?.length) out.push(a.versions);
  return out;
}

function unpack(p: Packed): Advisory {
  const [id, summary, letter, source, ranges, aliases, imports, versions] = p;
  const advisory: Advisory = {
    id,
    aliases,
    summary,
    severity: SEVERITY_OF[letter] ?? 'MODERATE',
    ranges: ranges.map(([introduced, fixed, lastAffected]): AffectedRange =>
      fixed != null ? { introduced, fixed } : lastAffected != null ? { introduced, lastAffected } : { introduced },
    ),
    url: advisoryUrl(id),
  };
  if (source) advisory.source = source;
  if (imports?.length)
    advisory.imports = imports.map(([path, symbols]): GoVulnerableImport => (symbols ? { path, symbols } : { path }));
  if (versions?.length) advisory.versions = versions;
  return advisory;
}

/**
 * A package's advisories are decoded when first looked up: a scan looks up a few packages of
 * thousands, and decoding them all would double the snapshot's load time. Only the file's own
 * keys are packages (`constructor` or `__proto__` as a name finds nothing).
 */
function lazyAdvisories(packed: Record<string, Packed[]>): Record<string, Advisory[]> {
  const decoded = new Map<string, Advisory[]>();
  return new Proxy(packed as unknown as Record<string, Advisory[]>, {
    get(target, key) {
      if (typeof key !== 'string' || !Object.prototype.hasOwnProperty.call(target, key)) return undefined;
      let list = decoded.get(key);
      if (!list) decoded.set(key, (list = (target[key] as unknown as Packed[]).map(unpack)));
      return list;
    },
  });
}

const sortedKeys = (o: object): string[] => Object.keys(o).sort();

/** The file text: stable key order and one package per line, so building twice gives the same bytes. */
export function formatSnapshot(s: AdvisorySnapshot): string {
  const sources = Object.fromEntries(sortedKeys(s.sources ?? {}).map((k) => [k, s.sources![k]]));
  const lines = [
    '{',
    `  "format": ${SNAPSHOT_FORMAT},`,
    `  "date": ${JSON.stringify(s.date)},`,
    `  "count": ${s.count},`,
    `  "sources": ${JSON.stringify(sources)},`,
    '  "packages": {',
  ];
  const ecosystems = sortedKeys(s.packages);
  ecosystems.forEach((eco, i) => {
    lines.push(`    ${JSON.stringify(eco)}: {`);
    const names = sortedKeys(s.packages[eco]);
    names.forEach((name, j) =>
      lines.push(
        `      ${JSON.stringify(name)}: ${JSON.stringify(s.packages[eco][name].map(pack))}${j < names.length - 1 ? ',' : ''}`,
      ),
    );
    lines.push(`    }${i < ecosystems.length - 1 ? ',' : ''}`);
  });
  lines.push('  }', '}');
  return lines.join('\n') + '\n';
}

/** Reads a snapshot file's text (this layout, or the older one with advisories as objects). */
export function parseSnapshot(text: string): AdvisorySnapshot {
  const raw = JSON.parse(text) as {
    format?: number;
    date?: string;
    generated?: string;
    count?: number;
    sources?: Record<string, AdvisorySource>;
    packages?: Record<string, Record<string, unknown[]>>;
  };
  if (!raw || typeof raw !== 'object' || typeof raw.date !== 'string' || typeof raw.packages !== 'object')
    throw new Error('not a Warden advisory snapshot (no date or packages)');
  if (raw.format !== SNAPSHOT_FORMAT) return raw as unknown as AdvisorySnapshot;
  const packages: Packages = {};
  for (const [eco, byName] of Object.entries(raw.packages!))
    packages[eco] = lazyAdvisories(byName as Record<string, Packed[]>);
  return {
    date: raw.date,
    generated: raw.generated ?? raw.date,
    count: raw.count ?? 0,
    sources: raw.sources ?? {},
    packages,
  };
}
