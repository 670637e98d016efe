// The package popularity lists (advisories/popular/{npm,pypi}.txt, built by
// scripts/popular-names.mjs): one name a line, most downloaded first. A name in a list is a real,
// widely used package; a name one or two edits from a much more popular one is likely a typo, or
// a squatted lookalike of it.

import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

export type PopularEcosystem = 'npm' | 'PyPI';

export class PopularNames {
  private readonly rank = new Map<string, number>();
  /** Names by length, most popular first, for the near-miss search. */
  private readonly byLength = new Map<number, string[]>();

  constructor(names: readonly string[]) {
    names.forEach((n, i) => {
      if (this.rank.has(n)) return;
      this.rank.set(n, i);
      const same = this.byLength.get(n.length);
      if (same) same.push(n);
      else this.byLength.set(n.length, [n]);
    });
  }

  get size(): number {
    return this.rank.size;
  }

  has(name: string): boolean {
    return this.rank.has(name);
  }

  rankOf(name: string): number | undefined {
    return this.rank.get(name);
  }

  /**
   * The most popular name within `maxEdits` edits of `name` among the `top` most popular, or
   * undefined. Only lengths within `maxEdits` are compared, each with a bounded edit distance.
   */
  closest(name: string, maxEdits: number, top: number): string | undefined {
    let best: string | undefined;
    let bestRank = Infinity;
    for (let len = name.length - maxEdits; len <= name.length + maxEdits; len++) {
      for (const candidate of this.byLength.get(len) ?? []) {
        const rank = this.rank.get(candidate)!;
        if (rank >= top || rank >= bestRank) break; // most popular first: the rest rank lower
        if (candidate !== name && withinEdits(name, candidate, maxEdits)) {
          best = candidate;
          bestRank = rank;
          break;
        }
      }
    }
    return best;
  }
}

/**
 * Whether the Damerau-Levenshtein distance (adjacent swaps count as one edit: `reqeusts`) of a
 * and b is at most `max`; the band of width 2·max+1 keeps it O(length·max).
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const INF = max + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => (j <= max ? j : INF));
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = new Array(b.length + 1).fill(INF);
    row[0] = i <= max ? i : INF;
    let rowMin = row[0];
    for (let j = Math.max(1, i - max); j <= Math.min(b.length, i + max); j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row[j] = Math.min(d, INF);
      rowMin = Math.min(rowMin, row[j]);
    }
    if (rowMin > max) return false;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] <= max;
}

const FILES: Record<PopularEcosystem, string> = { npm: 'npm.txt', PyPI: 'pypi.txt' };
const loaded = new Map<string, PopularNames>();

/**
 * Where the lists are: `popular/*.txt.gz` beside the bundle (dist/ in the package, gzipped by the
 * build: a third of the size), or advisories/popular/*.txt at the repository root (a checkout).
 */
export function popularDir(from = __dirname): { dir: string; gzipped: boolean } | undefined {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const packaged = path.join(dir, 'popular');
    if (fs.existsSync(path.join(packaged, `${FILES.npm}.gz`))) return { dir: packaged, gzipped: true };
    const checkout = path.join(dir, 'advisories', 'popular');
    if (fs.existsSync(path.join(checkout, FILES.npm))) return { dir: checkout, gzipped: false };
  }
  return undefined;
}

/** The list of an ecosystem, read once; an empty list when the lists are not installed. */
export function popularNames(ecosystem: PopularEcosystem, where = popularDir()): PopularNames {
  const file = where ? path.join(where.dir, FILES[ecosystem]) + (where.gzipped ? '.gz' : '') : '';
  let names = loaded.get(file);
  if (!names) {
    let text = '';
    try {
      if (file)
        text = where?.gzipped ? zlib.gunzipSync(fs.readFileSync(file)).toString('utf8') : fs.readFileSync(file, 'utf8');
    } catch {
      // No list: the check has nothing to compare with and reports nothing (see check.ts).
    }
    names = new PopularNames(text.split('\n').filter((n) => n));
    loaded.set(file, names);
  }
  return names;
}
