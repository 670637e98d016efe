// Where the Node processes find the advisory snapshot: advisories/snapshot.json of the package
// (beside dist/ in the extension and the CLI, at the repository root in a checkout). Read once.

import * as fs from 'fs';
import * as path from 'path';
import type { AdvisorySnapshot } from './model';

const cache = new Map<string, AdvisorySnapshot>();

export function snapshotPath(from = __dirname): string | undefined {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'advisories', 'snapshot.json');
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

export function loadSnapshot(file = snapshotPath()): AdvisorySnapshot {
  if (!file) throw new Error('Warden advisory snapshot (advisories/snapshot.json) not found');
  let data = cache.get(file);
  if (!data) {
    data = JSON.parse(fs.readFileSync(file, 'utf8')) as AdvisorySnapshot;
    cache.set(file, data);
  }
  return data;
}
