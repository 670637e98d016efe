// Shared test helpers: the repository layout and one scanner for the whole run (grammars load once).

import * as fs from 'fs';
import * as path from 'path';
import { Scanner, LanguageId, languageForPath } from '../server/src/engine';
import { createNodeScanner } from '../server/src/host/node-assets';

/** tests run from out/test/…; the repository root holds package.json. */
export const REPO = (() => {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'rules'))) return dir;
  }
  throw new Error('repository root not found');
})();

export const SHARED = path.resolve(REPO, '..', 'shared');

let shared: Scanner | undefined;
export function scanner(): Scanner {
  shared ??= createNodeScanner([], { wasmDir: path.join(REPO, 'dist', 'wasm'), rules: path.join(REPO, 'rules') });
  return shared;
}

export function listFiles(dir: string, test: (name: string) => boolean): string[] {
  const out: string[] = [];
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, test));
    else if (test(entry.name)) out.push(full);
  }
  return out.sort();
}

/** Rule fixtures: every file under rules/ in a language Warden scans. */
export function fixtureFiles(): Array<{ file: string; language: LanguageId }> {
  return listFiles(path.join(REPO, 'rules'), (n) => !!languageForPath(n)).map((file) => ({
    file,
    language: languageForPath(file)!,
  }));
}
