#!/usr/bin/env node
// `npm run advisories`: rebuilds advisories/snapshot.json, the offline advisory data Warden ships,
// from the public databases in ../shared/advisory-data and the hand-written OSV records of
// advisories/osv (server/src/sca/snapshot-build.ts does the work; this runs its transpiled copy
// in out/, which `npm run advisories` builds first). The output depends only on the inputs, so
// building twice gives the same bytes.
//
//   node scripts/build-advisories.mjs [--data ../shared/advisory-data] [--out advisories/snapshot.json]

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const data = path.resolve(option('--data', path.join(root, '..', 'shared', 'advisory-data')));
const out = path.resolve(option('--out', path.join(root, 'advisories', 'snapshot.json')));

const built = path.join(root, 'out', 'server', 'src', 'sca', 'snapshot-build.js');
if (!fs.existsSync(built)) {
  console.error('build-advisories: run `node esbuild.config.mjs` first (or `npm run advisories`)');
  process.exit(2);
}
if (!fs.existsSync(data)) {
  console.error(
    `build-advisories: ${data} not found: the snapshot is built from the databases copied there (--data DIR)`,
  );
  process.exit(2);
}
const { buildShippedSnapshot } = require(built);
const { formatSnapshot } = require(path.join(root, 'out', 'server', 'src', 'sca', 'snapshot-format.js'));

const started = Date.now();
const { snapshot, problems } = buildShippedSnapshot(path.join(root, 'advisories', 'osv'), data);
for (const p of problems) console.warn(`build-advisories: skipped ${p}`);
const text = formatSnapshot(snapshot);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, text);
const counts = Object.entries(snapshot.packages)
  .map(([eco, byName]) => {
    const ids = new Set(Object.values(byName).flatMap((list) => list.map((a) => a.id)));
    return `${eco} ${ids.size} (${Object.keys(byName).length} packages)`;
  })
  .join(', ');
console.log(
  `build-advisories: ${snapshot.count} advisories — ${counts}; ${Buffer.byteLength(text)} bytes → ${path.relative(process.cwd(), out)} in ${Date.now() - started} ms`,
);
