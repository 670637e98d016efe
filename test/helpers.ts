// Shared test helpers: the repository layout and one scanner for the whole run (grammars load once).

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Finding, Scanner, LanguageId, languageForPath } from '../server/src/engine';
import { createNodeScanner } from '../server/src/host/node-assets';

/** tests run from out/test/…; the repository root holds package.json. */
export const REPO = (() => {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'rules'))) return dir;
  }
  throw new Error('repository root not found');
})();

export const SHARED = path.resolve(REPO, '..', 'shared');

/**
 * The acceptance snippets live beside the repository (../shared), not in it: CI has them, a bare
 * clone does not. A test that reads one through seed() is marked pending (skipped) when they are
 * absent, and the run ends with one line saying how many were skipped and why.
 */
export const SEED_DIR = path.join(SHARED, 'acceptance', 'seed');
export const HAVE_SEEDS = fs.existsSync(SEED_DIR);
let runningTest: Mocha.Test | undefined;
const skippedForSeeds = new Set<string>();
beforeEach(function () {
  runningTest = this.currentTest;
});
after(() => {
  if (skippedForSeeds.size > 0) {
    console.log(`\n  ${skippedForSeeds.size} tests skipped: they read ${SEED_DIR}, which is not there (a bare clone)`);
  }
});

/** A seed snippet's text; skips the running test when ../shared/acceptance is absent. */
export function seed(name: string): string {
  if (!HAVE_SEEDS) {
    if (!runningTest) throw new Error(`${SEED_DIR} not found; seed() outside a test cannot be skipped`);
    runningTest.pending = true;
    skippedForSeeds.add(runningTest.fullTitle());
    throw new Error(`skipped: ${SEED_DIR} not found`);
  }
  return fs.readFileSync(path.join(SEED_DIR, name), 'utf8');
}

let shared: Scanner | undefined;
/**
 * A clock for ScanOptions.clock that counts work instead of time, `msPerReading` per reading (the
 * engine reads it in tree-sitter's progress callbacks and between steps): which budget runs out,
 * if any, then does not depend on how loaded the machine is.
 */
export function workClock(msPerReading = 1): () => number {
  let readings = 0;
  return () => readings++ * msPerReading;
}

export function scanner(): Scanner {
  shared ??= createNodeScanner([], { wasmDir: path.join(REPO, 'dist', 'wasm'), rules: path.join(REPO, 'rules') });
  return shared;
}

/** The finding of `ruleId` (on the 0-based `line`, when given) in `text`; the test fails when there is none. */
export async function reportedFinding(
  text: string,
  language: LanguageId,
  ruleId: string,
  line?: number,
): Promise<Finding> {
  const { findings } = await scanner().scanText(text, language);
  const finding = findings.find((f) => f.ruleId === ruleId && (line === undefined || f.range.start.line === line));
  assert.ok(finding, `${ruleId} is reported on:\n${text}`);
  return finding;
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
