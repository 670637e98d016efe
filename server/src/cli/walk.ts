// Finds the files a scan covers: walks folders, skips vendored and generated trees, keeps only
// languages Warden scans and dependency manifests. Paths stay as the user wrote them (relative in, relative out).

import * as fs from 'fs';
import * as path from 'path';
import { languageForPath } from '../engine';
import { SKIPPED_DIRS } from '../workspace/files';
import { isManifest } from '../sca';

export interface WalkResult {
  files: string[];
  missing: string[];
}

export function collectFiles(inputs: string[]): WalkResult {
  const files: string[] = [];
  const missing: string[] = [];
  const visit = (p: string, explicit: boolean): void => {
    let stat: fs.Stats;
    try {
      stat = explicit ? fs.statSync(p) : fs.lstatSync(p);
    } catch {
      if (explicit) missing.push(p);
      return;
    }
    if (stat.isDirectory()) {
      if (!explicit && (SKIPPED_DIRS.has(path.basename(p)) || path.basename(p).startsWith('.'))) return;
      for (const name of fs.readdirSync(p).sort()) visit(path.join(p, name), false);
    } else if (stat.isFile() && (explicit || languageForPath(p) || isManifest(p))) {
      files.push(p);
    }
  };
  for (const input of inputs) visit(input, true);
  return { files: [...new Set(files)], missing };
}
