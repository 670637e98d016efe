// Finds the files a scan covers: each named file as given, each named folder through the one
// workspace walk (ignore files, build and vendored folders: workspace/files.ts). Paths stay as the
// user wrote them (relative in, relative out). A folder that cannot be listed is reported and
// skipped, never fatal.

import * as fs from 'fs';
import { errorDetail } from '../../../core/io/read-file';
import { listWorkspaceFiles } from '../workspace/files';

export interface WalkResult {
  files: string[];
  missing: string[];
  /** Folders (or named files) that could not be read, with why: reported as not scanned. */
  unreadable: Array<{ path: string; detail: string }>;
}

export interface WalkOptions {
  /** Walk into vendored folders too (`--include-vendored`). */
  includeVendored?: boolean;
}

export function collectFiles(inputs: string[], options: WalkOptions = {}): WalkResult {
  const files: string[] = [];
  const missing: string[] = [];
  const unreadable: WalkResult['unreadable'] = [];
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') missing.push(input);
      else unreadable.push({ path: input, detail: errorDetail(e) });
      continue;
    }
    if (stat.isDirectory()) {
      files.push(
        ...listWorkspaceFiles(input, {
          manifests: true,
          includeVendored: options.includeVendored,
          onUnreadable: (folder, detail) => unreadable.push({ path: folder, detail }),
        }),
      );
    } else if (stat.isFile()) {
      files.push(input);
    }
  }
  return { files: [...new Set(files)], missing, unreadable };
}
