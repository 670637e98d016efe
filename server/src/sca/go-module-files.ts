// The .go files of the module a go.mod declares, for Go reachability: its folder and subfolders,
// without tests, vendored copies, testdata, hidden folders and nested modules (their own go.mod),
// read through the one file reader (regular files, size-capped, unreadable ones left out).

import * as fs from 'fs';
import * as path from 'path';
import { readWorkspaceFile } from '../../../core/io/read-file';
import { DEFAULT_MAX_BYTES } from '../../../core/protocol/settings';
import { GoModuleCode, goModuleCode } from './go-reach';

/** Beyond this many files the module is not read: reachability is then unknown and advisories keep their severity. */
const MAX_FILES = 5000;
const SKIPPED_FOLDERS = new Set(['vendor', 'testdata', 'node_modules']);

function goFiles(root: string): string[] | undefined {
  const out: string[] = [];
  const walk = (dir: string, isRoot: boolean): boolean => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return true;
    }
    if (!isRoot && entries.some((e) => e.isFile() && e.name === 'go.mod')) return true;
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) {
        if (SKIPPED_FOLDERS.has(e.name) || /^[._]/.test(e.name)) continue;
        if (!walk(path.join(dir, e.name), false)) return false;
      } else if (e.isFile() && e.name.endsWith('.go') && !e.name.endsWith('_test.go')) {
        out.push(path.join(dir, e.name));
        if (out.length > MAX_FILES) return false;
      }
    }
    return true;
  };
  return walk(root, true) ? out : undefined;
}

/** The imports and uses of the module's code; undefined when there is none to read (reachability unknown). */
export function readGoModuleCode(goModPath: string, maxBytes = DEFAULT_MAX_BYTES): GoModuleCode | undefined {
  const root = path.dirname(path.resolve(goModPath));
  const files = goFiles(root);
  if (!files || files.length === 0) return undefined;
  const texts = function* (): Generator<string> {
    for (const file of files) {
      const read = readWorkspaceFile(file, { maxBytes, root });
      if (read.ok) yield read.text;
    }
  };
  return goModuleCode(texts());
}
