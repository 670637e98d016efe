// Version ordering per ecosystem. npm and Go use semver (Go's `v` prefix and `+incompatible`
// dropped), PyPI uses PEP 440 (@renovatebot/pep440: epochs, pre/post/dev releases and local
// versions are easy to get wrong by hand), Maven uses the ComparableVersion rules written below
// (no maintained npm implementation exists).

import * as pep440 from '@renovatebot/pep440';
import * as semver from 'semver';
import type { AffectedRange, Ecosystem } from './model';

function semverOf(v: string): string | null {
  const cleaned = v.replace(/^v/, '').replace(/\+incompatible$/, '');
  return semver.valid(cleaned) ?? semver.valid(semver.coerce(cleaned, { includePrerelease: true }));
}

type MavenItem = number | string;

const QUALIFIER_RANK: Record<string, number> = {
  alpha: 1,
  a: 1,
  beta: 2,
  b: 2,
  milestone: 3,
  m: 3,
  rc: 4,
  cr: 4,
  snapshot: 5,
  '': 6,
  ga: 6,
  final: 6,
  release: 6,
  sp: 7,
};

/** Splits at `.`/`-` and at digit↔letter changes: `2.0-beta9` → [2, 0, 'beta', 9]; trailing zeros and release qualifiers dropped. */
export function mavenItems(version: string): MavenItem[] {
  const items: MavenItem[] = (version.toLowerCase().match(/\d+|[a-z]+/g) ?? []).map((t) =>
    /^\d/.test(t) ? Number(t) : t,
  );
  while (items.length > 1 && (items[items.length - 1] === 0 || QUALIFIER_RANK[items[items.length - 1] as string] === 6))
    items.pop();
  return items;
}

function compareMavenItem(a: MavenItem | undefined, b: MavenItem | undefined): number {
  // A missing item is 0 next to a number and a release next to a qualifier (1.0 = 1.0.0 = 1.0-ga).
  if (a === undefined) a = typeof b === 'number' ? 0 : '';
  if (b === undefined) b = typeof a === 'number' ? 0 : '';
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return 1; // 1.0.1 > 1.0-sp > 1.0 > 1.0-rc1
  if (typeof b === 'number') return -1;
  const ra = QUALIFIER_RANK[a] ?? 8;
  const rb = QUALIFIER_RANK[b] ?? 8;
  return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
}

export function compareMaven(a: string, b: string): number {
  const x = mavenItems(a);
  const y = mavenItems(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const c = compareMavenItem(x[i], y[i]);
    if (c !== 0) return Math.sign(c);
  }
  return 0;
}

/** Negative, zero or positive like a sort comparator; undefined when a version cannot be read. */
export function compareVersions(ecosystem: Ecosystem, a: string, b: string): number | undefined {
  switch (ecosystem) {
    case 'npm':
    case 'Go': {
      const x = semverOf(a);
      const y = semverOf(b);
      return x && y ? semver.compare(x, y) : undefined;
    }
    case 'PyPI':
      return pep440.valid(a) && pep440.valid(b) ? Math.sign(pep440.compare(a, b)) : undefined;
    case 'Maven':
      return compareMaven(a, b);
  }
}

export function isValidVersion(ecosystem: Ecosystem, v: string): boolean {
  if (ecosystem === 'PyPI') return !!pep440.valid(v);
  if (ecosystem === 'Maven') return /^\d/.test(v);
  return !!semverOf(v);
}

/** Whether `version` falls in the OSV range (introduced inclusive, fixed exclusive, lastAffected inclusive). */
export function inRange(ecosystem: Ecosystem, version: string, range: AffectedRange): boolean {
  if (range.introduced !== '0') {
    const c = compareVersions(ecosystem, version, range.introduced);
    if (c === undefined || c < 0) return false;
  }
  if (range.fixed !== undefined) {
    const c = compareVersions(ecosystem, version, range.fixed);
    return c !== undefined && c < 0;
  }
  if (range.lastAffected !== undefined) {
    const c = compareVersions(ecosystem, version, range.lastAffected);
    return c !== undefined && c <= 0;
  }
  return true;
}
