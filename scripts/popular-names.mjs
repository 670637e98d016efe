#!/usr/bin/env node
// Builds advisories/popular/{npm,pypi}.txt, the package popularity lists the invented/misspelled
// package check ships (server/src/sca/invented): one name a line, most downloaded first (the
// line number is the rank), nothing else. Input: the download rankings in ../shared/advisory-data
// (npm-popular.tsv.gz: name, downloads a month; pypi-popular.tsv.gz: name, rank), each with a
// header line. PyPI names are normalised (PEP 503) as the check compares them. Scoped npm names
// (@scope/name, 9,327 of the 20,000) are left out: the check never reports a scoped package (it
// may be private), so it never looks them up, and they were half the list's size.
//
//   node scripts/popular-names.mjs [--from ../shared/advisory-data] [--out advisories/popular]

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const arg = (flag, fallback) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? path.resolve(process.argv[i + 1]) : fallback;
};
const from = arg('--from', path.resolve(root, '..', 'shared', 'advisory-data'));
const out = arg('--out', path.join(root, 'advisories', 'popular'));

const LISTS = [
  {
    input: 'npm-popular.tsv.gz',
    output: 'npm.txt',
    normalize: (n) => n,
    order: (row) => -Number(row[1]),
    keep: (n) => !n.startsWith('@'),
  },
  {
    input: 'pypi-popular.tsv.gz',
    output: 'pypi.txt',
    normalize: (n) => n.toLowerCase().replace(/[-_.]+/g, '-'),
    order: (row) => Number(row[1]),
  },
];

if (!fs.existsSync(from)) {
  console.error(`popular-names: ${from} not found; the committed lists in ${path.relative(root, out)} are kept`);
  process.exit(0);
}
fs.mkdirSync(out, { recursive: true });
for (const list of LISTS) {
  const rows = zlib
    .gunzipSync(fs.readFileSync(path.join(from, list.input)))
    .toString('utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split('\t'))
    .filter((row) => row[0] && Number.isFinite(list.order(row)));
  // Stable order: rank (or downloads), then name, so a rebuild from the same data is identical.
  rows.sort((a, b) => list.order(a) - list.order(b) || (a[0] < b[0] ? -1 : 1));
  const seen = new Set();
  const names = [];
  for (const [name] of rows) {
    const n = list.normalize(name);
    if (!seen.has(n) && /^[@a-z0-9][\w.@/-]*$/i.test(n) && (list.keep?.(n) ?? true)) {
      seen.add(n);
      names.push(n);
    }
  }
  fs.writeFileSync(path.join(out, list.output), `${names.join('\n')}\n`);
  console.log(`${list.output}: ${names.length} names, ${fs.statSync(path.join(out, list.output)).size} bytes`);
}
