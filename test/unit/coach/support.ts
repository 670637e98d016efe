// Shared fixtures for the coaching tests: Knowledge from the repository's rules, the seed snippets,
// and a seeded random generator so property tests are reproducible.

import * as fs from 'fs';
import * as path from 'path';
import { Knowledge } from '../../../core/coach/knowledge';
import { loadRuleSources } from '../../../server/src/engine/rule-loader';
import { readRuleDir } from '../../../server/src/host/node-assets';
import { REPO } from '../../helpers';
export { rng } from '../../../bench/rng';

let cached: Knowledge | undefined;
export function knowledge(): Knowledge {
  if (!cached) {
    const { rules, problems } = loadRuleSources(readRuleDir(path.join(REPO, 'rules')));
    if (problems.length) throw new Error(`rule problems: ${JSON.stringify(problems)}`);
    cached = new Knowledge(rules);
  }
  return cached;
}

export { seed } from '../../helpers';

const ALPHABET = [
  'a',
  'Z',
  ' ',
  ' ',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '#',
  '//',
  '/*',
  '*/',
  '<!--',
  '-->',
  '--',
  '*',
  '$',
  '${1:x}',
  '`',
  "'",
  '"',
  '\\',
  'upload',
  'SQL',
  'password',
  'cookie',
  'exec',
  'é',
  '漢',
  '🔒',
  '\u0000',
  '---',
  'Security requirements',
  '--- Security requirements (added by Warden) ---',
];

/** A random string built from fragments that stress delimiters, comments and line endings. */
export function randomText(next: () => number, maxParts = 30): string {
  const n = Math.floor(next() * maxParts);
  let s = '';
  for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return s;
}
