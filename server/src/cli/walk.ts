// Finds the files a scan covers: walks folders, skips vendored and generated trees, keeps only
// languages Warden scans and dependency manifests. Paths stay as the user wrote them (relative in,
// relative out). A folder that cannot be listed is reported and skipped, never fatal.

import * as fs from 'fs';
import * as path from 'path';
import { languageForPath } from '../engine';
import { SKIPPED_DIRS } from '../workspace/files';
import { isManifest } from '../sca';

export interface WalkResult {
  files: string[];
  missing: string[];
  /** Folders (or named files) that could not be read, with why: reported as not scanned. */
  unreadable: Array<{ path: string; detail: string }>;
}

function errorDetail(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code ? `${err.code}: ${err.message}` : String(err?.message ?? e);
}

export function collectFiles(inputs: string[]): WalkResult {
  const files: string[] = [];
  const missing: string[] = [];
  const unreadable: WalkResult['unreadable'] = [];
  const visit = (p: string, explicit: boolean): void => {
    let stat: fs.Stats;
    try {
      stat = explicit ? fs.statSync(p) : fs.lstatSync(p);
    } catch (e) {
      if (explicit && (e as NodeJS.ErrnoException).code === 'ENOENT') missing.push(p);
      else unreadable.push({ path: p, detail: errorDetail(e) });
      return;
    }
    if (stat.isDirectory()) {
      if (!explicit && (SKIPPED_DIRS.has(path.basename(p)) || path.basename(p).startsWith('.'))) return;
      let names: string[];
      try {
        names = fs.readdirSync(p).sort();
      } catch (e) {
        unreadable.push({ path: p, detail: errorDetail(e) });
        return;
      }
      for (const name of names) visit(path.join(p, name), false);
    } else if (stat.isFile() && (explicit || languageForPath(p) || isManifest(p))) {
      files.push(p);
    }
  };
  for (const input of inputs) visit(input, true);
  return { files: [...new Set(files)], missing, unreadable };
}
