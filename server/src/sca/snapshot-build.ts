// Builds the shipped snapshot (advisories/snapshot.json) from the public databases copied into
// ../shared/advisory-data (see its README: dates, formats, licences) and the hand-written OSV
// records of advisories/osv (Maven and recent npm advisories those databases lack). Hand-written
// records come first, so where both name one vulnerability the curated wording and severity stay
// (with vulndb's Go imports added). Run by `npm run advisories` (scripts/build-advisories.mjs).

import * as fs from 'fs';
import * as path from 'path';
import type { AdvisorySnapshot, AdvisorySource } from './model';
import { advisoriesOfNodeWg, advisoriesOfOsv, PackageAdvisory } from './osv';
import { newestRecordDate, readMaybeGzip, readOsvInputs } from './osv-inputs';
import { mergeAdvisories, snapshotOf } from './snapshot-format';

interface ShippedSource extends AdvisorySource {
  key: string;
  file: string;
  kind: 'osv' | 'nodejs-wg';
}

/** The databases of ../shared/advisory-data with the date of each copy (from its README). */
export const SHIPPED_SOURCES: readonly ShippedSource[] = [
  {
    key: 'go',
    file: 'go-vulndb.osv.jsonl.gz',
    kind: 'osv',
    name: 'Go vulndb',
    date: '2026-08-21',
    licence: 'CC-BY-4.0',
    url: 'https://github.com/golang/vulndb',
  },
  {
    key: 'pypi',
    file: 'pypa-advisory-database.osv.jsonl.gz',
    kind: 'osv',
    name: 'PyPI advisory DB',
    date: '2024-10-10',
    licence: 'CC-BY-4.0',
    url: 'https://github.com/pypa/advisory-database',
  },
  {
    key: 'nodejs-wg',
    file: 'nodejs-security-wg.npm.json.gz',
    kind: 'nodejs-wg',
    name: 'Node.js security WG',
    // The copy is of 2026-04-08, but the WG stopped adding advisories in 2020: its newest entry is what ages.
    date: '2020-07-13',
    dateLabel: 'advisories up to 2020',
    licence: 'MIT',
    url: 'https://github.com/nodejs/security-wg',
  },
];

export const CURATED_SOURCE = 'warden';

export interface BuildResult {
  snapshot: AdvisorySnapshot;
  problems: string[];
}

/** The snapshot of the curated records plus every database of `dataDir` that is present. */
export function buildShippedSnapshot(curatedDir: string, dataDir: string | undefined): BuildResult {
  const problems: string[] = [];
  const sources: Record<string, AdvisorySource> = {};
  const curated = readOsvInputs([curatedDir]);
  problems.push(...curated.problems);
  const lists: PackageAdvisory[][] = [curated.records.flatMap((r) => advisoriesOfOsv(r.record, CURATED_SOURCE))];
  sources[CURATED_SOURCE] = {
    name: 'Warden curated',
    date: newestRecordDate(curated.records.map((r) => r.record)),
  };
  for (const source of SHIPPED_SOURCES) {
    const file = dataDir && path.join(dataDir, source.file);
    if (!file || !fs.existsSync(file)) continue;
    const { key, file: _file, kind, ...meta } = source;
    sources[key] = meta;
    if (kind === 'nodejs-wg') {
      lists.push(advisoriesOfNodeWg(JSON.parse(readMaybeGzip(file).toString('utf8')), key));
    } else {
      const read = readOsvInputs([file]);
      problems.push(...read.problems);
      lists.push(read.records.flatMap((r) => advisoriesOfOsv(r.record, key)));
    }
  }
  return { snapshot: snapshotOf(mergeAdvisories(lists), sources), problems };
}
