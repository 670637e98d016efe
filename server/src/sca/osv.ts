// OSV records (https://ossf.github.io/osv-schema/) and the Node.js security WG's npm index → the
// advisories of the snapshot, keeping only what matching, messages and Go reachability need.
// Pure: the build script (`npm run advisories`) and `warden advisories import` share it.

import * as semver from 'semver';
import { cvss3Severity } from './cvss';
import { Advisory, AffectedRange, ECOSYSTEMS, Ecosystem, GoVulnerableImport } from './model';

/** An advisory and the package it is about. */
export interface PackageAdvisory {
  ecosystem: Ecosystem;
  name: string;
  advisory: Advisory;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- OSV records are foreign JSON, checked field by field */
type Json = any;

export function normalizeName(ecosystem: Ecosystem, name: string): string {
  return ecosystem === 'PyPI' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name;
}

/** OSV events (introduced / fixed / last_affected, in order) → intervals. */
export function rangesOf(events: Json[]): AffectedRange[] {
  const out: AffectedRange[] = [];
  let open: AffectedRange | undefined;
  for (const e of events) {
    if (typeof e?.introduced === 'string') {
      if (open) out.push(open);
      open = { introduced: e.introduced };
    } else if (typeof e?.fixed === 'string' && open) {
      out.push({ ...open, fixed: e.fixed });
      open = undefined;
    } else if (typeof e?.last_affected === 'string' && open) {
      out.push({ ...open, lastAffected: e.last_affected });
      open = undefined;
    }
  }
  if (open) out.push(open);
  return out;
}

const SEVERITIES = new Set(['CRITICAL', 'HIGH', 'MODERATE', 'MEDIUM', 'LOW']);

/** GitHub-style severity of the record, else from its CVSS v3 vector; MODERATE when neither is given. */
function severityOf(osv: Json, affected: Json): string {
  const named =
    osv.database_specific?.severity ?? affected.database_specific?.severity ?? affected.ecosystem_specific?.severity;
  if (typeof named === 'string' && SEVERITIES.has(named.toUpperCase()))
    return named.toUpperCase() === 'MEDIUM' ? 'MODERATE' : named.toUpperCase();
  for (const s of [...(Array.isArray(affected.severity) ? affected.severity : []), ...(osv.severity ?? [])]) {
    const level = s?.type === 'CVSS_V3' && typeof s.score === 'string' ? cvss3Severity(s.score) : undefined;
    if (level) return level;
  }
  return 'MODERATE';
}

export function shortSummary(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 140 ? `${oneLine.slice(0, 137)}…` : oneLine;
}

function summaryOf(osv: Json): string {
  const first = typeof osv.details === 'string' ? osv.details.split(/\n\n|\. /)[0] : '';
  return shortSummary((typeof osv.summary === 'string' && osv.summary) || first || osv.id);
}

/** The aliases a user searches for (CVE, GHSA); also what records of two databases are matched on. */
function aliasesOf(list: Json): string[] {
  return Array.isArray(list) ? list.filter((a) => typeof a === 'string' && /^(CVE|GHSA)-/.test(a)).sort() : [];
}

/** An exported Go name (`Parse`, `Conn.Read`): user code can only call those directly. */
const isExported = (symbol: string): boolean => /^[A-Z]/.test(symbol.split('.').pop() ?? '');

/**
 * vulndb's `imports` with only the symbols a module can call. A package whose listed symbols are
 * all unexported keeps no list: any use of it may reach them.
 */
function goImportsOf(affected: Json): GoVulnerableImport[] | undefined {
  const list = affected.ecosystem_specific?.imports;
  if (!Array.isArray(list)) return undefined;
  const out: GoVulnerableImport[] = [];
  for (const entry of list) {
    if (typeof entry?.path !== 'string') continue;
    const symbols = Array.isArray(entry.symbols) ? [...new Set<string>(entry.symbols.filter(isExported))].sort() : [];
    out.push(symbols.length ? { path: entry.path, symbols } : { path: entry.path });
  }
  return out.length ? out : undefined;
}

/** The advisories of one OSV record (one per affected package it knows), tagged with `source`. */
export function advisoriesOfOsv(osv: Json, source: string): PackageAdvisory[] {
  if (!osv || typeof osv.id !== 'string' || !Array.isArray(osv.affected) || osv.withdrawn) return [];
  const out: PackageAdvisory[] = [];
  for (const affected of osv.affected) {
    const ecosystem = affected?.package?.ecosystem as Ecosystem;
    const rawName = affected?.package?.name;
    if (!ECOSYSTEMS.includes(ecosystem) || typeof rawName !== 'string' || !rawName) continue;
    // The Go standard library and toolchain are not modules a go.mod requires.
    if (ecosystem === 'Go' && (rawName === 'stdlib' || rawName === 'toolchain')) continue;
    const ranges = (Array.isArray(affected.ranges) ? affected.ranges : [])
      .filter((r: Json) => r?.type === 'SEMVER' || r?.type === 'ECOSYSTEM')
      .flatMap((r: Json) => rangesOf(Array.isArray(r.events) ? r.events : []));
    const versions: string[] =
      ranges.length === 0 && Array.isArray(affected.versions)
        ? affected.versions.filter((v: unknown) => typeof v === 'string')
        : [];
    if (ranges.length === 0 && versions.length === 0) continue;
    const imports = ecosystem === 'Go' ? goImportsOf(affected) : undefined;
    out.push({
      ecosystem,
      name: normalizeName(ecosystem, rawName),
      advisory: {
        id: osv.id,
        aliases: aliasesOf(osv.aliases),
        summary: summaryOf(osv),
        severity: severityOf(osv, affected),
        ranges,
        ...(versions.length ? { versions } : {}),
        source,
        ...(imports ? { imports } : {}),
      },
    });
  }
  return out;
}

/** A comparator's version without the `-0` semver gives `x`-ranges (`2.0.x` is `<2.1.0-0`). */
const plain = (v: semver.SemVer): string => v.version.replace(/-0$/, '');

/** The lowest versions a `patched_versions` range starts at (`>=1.5.2`, `>1.10.8` → 1.10.9). */
function patchedFloors(patched: string): semver.SemVer[] {
  let range: semver.Range;
  try {
    range = new semver.Range(patched, { loose: true });
  } catch {
    return [];
  }
  const floors: semver.SemVer[] = [];
  for (const set of range.set)
    for (const c of set) {
      if (c.operator === '>=') floors.push(c.semver);
      else if (c.operator === '>') floors.push(new semver.SemVer(semver.inc(c.semver, 'patch')!));
    }
  return floors.sort(semver.compare);
}

/** A semver range of vulnerable versions → intervals; an inclusive upper bound is closed by the next patched floor. */
export function npmRangesOf(vulnerable: string, patched: string): AffectedRange[] {
  let range: semver.Range;
  try {
    range = new semver.Range(vulnerable, { loose: true });
  } catch {
    return [];
  }
  const floors = patchedFloors(patched);
  const out: AffectedRange[] = [];
  for (const set of range.set) {
    const r: AffectedRange = { introduced: '0' };
    for (const c of set) {
      if (c.value === '') continue; // `*`: no bound
      const v = plain(c.semver);
      if (c.operator === '>=') r.introduced = v;
      else if (c.operator === '>') r.introduced = semver.inc(c.semver, 'patch')!;
      else if (c.operator === '<') r.fixed = v;
      else if (c.operator === '<=') r.lastAffected = v;
      else if (c.operator === '' || c.operator === '=') [r.introduced, r.lastAffected] = [v, v];
    }
    if (r.lastAffected !== undefined && r.fixed === undefined) {
      const next = floors.find((f) => semver.gt(f, r.lastAffected!));
      if (next) {
        r.fixed = plain(next);
        delete r.lastAffected;
      }
    }
    out.push(r);
  }
  return out;
}

function severityOfScore(score: unknown): string {
  if (typeof score !== 'number') return 'MODERATE';
  return score >= 9 ? 'CRITICAL' : score >= 7 ? 'HIGH' : score >= 4 ? 'MODERATE' : 'LOW';
}

/** The Node.js security WG's `vuln/npm/index.json` (advisory id → entry) → advisories named NSWG-ECO-<id>. */
export function advisoriesOfNodeWg(index: Json, source: string): PackageAdvisory[] {
  const out: PackageAdvisory[] = [];
  for (const [key, entry] of Object.entries<Json>(index ?? {})) {
    if (typeof entry?.module_name !== 'string' || typeof entry.vulnerable_versions !== 'string') continue;
    const ranges = npmRangesOf(entry.vulnerable_versions, String(entry.patched_versions ?? ''));
    if (ranges.length === 0) continue;
    out.push({
      ecosystem: 'npm',
      name: entry.module_name,
      advisory: {
        id: `NSWG-ECO-${entry.id ?? key}`,
        aliases: aliasesOf(entry.cves),
        summary: shortSummary(String(entry.title || entry.overview || key)),
        severity: severityOfScore(entry.cvss_score),
        ranges,
        source,
      },
    });
  }
  return out;
}

/** Where a user reads the whole advisory. */
export function advisoryUrl(id: string): string {
  if (id.startsWith('GO-')) return `https://pkg.go.dev/vuln/${id}`;
  if (id.startsWith('GHSA-')) return `https://github.com/advisories/${id}`;
  const wg = /^NSWG-ECO-(\d+)$/.exec(id);
  if (wg) return `https://github.com/nodejs/security-wg/blob/main/vuln/npm/${wg[1]}.json`;
  return `https://osv.dev/vulnerability/${id}`;
}
