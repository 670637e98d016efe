// Shared fixtures for the coaching tests: Knowledge from the repository's rules, the seed snippets,
// and a seeded random generator so property tests are reproducible.

import * as fs from 'fs';
import * as path from 'path';
import { readRuleDir } from '../../../server/src/host/node-assets';
import { Knowledge } from '../../../client/src/coach/knowledge';
import { knowledgeFromSources } from '../../../client/src/coach/load';
import { REPO, SHARED } from '../../helpers';

let cached: Knowledge | undefined;
export function knowledge(): Knowledge {
  if (!cached) {
    const { knowledge: k, problems } = knowledgeFromSources(readRuleDir(path.join(REPO, 'rules')));
    if (problems.length) throw new Error(`rule problems: ${JSON.stringify(problems)}`);
    cached = k;
  }
  return cached;
}

export function seed(name: string): string {
  return fs.readFileSync(path.join(SHARED, 'acceptance', 'seed', name), 'utf8');
}

/** mulberry32: small, seeded, good enough to vary test inputs reproducibly. */
export function rng(seedValue: number): () => number {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = [
  'a', 'Z', ' ', ' ', '\n', '\r\n', '\r', '\t', '#', '//', '/*', '*/', '<!--', '-->', '--', '*', '$', '${1:x}', '`', "'", '"', '\\',
  'upload', 'SQL', 'password', 'cookie', 'exec', 'é', '漢', '🔒', '\u0000', '---', 'Security requirements', '--- Security requirements (added by Warden) ---',
];

/** A random string built from fragments that stress delimiters, comments and line endings. */
export function randomText(next: () => number, maxParts = 30): string {
  const n = Math.floor(next() * maxParts);
  let s = '';
  for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return s;
}
