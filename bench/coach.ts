// `npm run bench:coach [-- <prompts.yaml>]`: scores Harden prompt on the labeled prompt set of issue 26
// (bench/blind/issue-26/prompts.yaml, written and frozen before the coach work it measures). The
// coach is reached only through bench/coach-adapter.ts; the arithmetic is in bench/coach-score.ts.
// Writes bench/coach.md and bench/coach.json and prints the table: aggregate figures only, so whoever
// tunes the coach sees where it stands without learning which prompts or concepts the set holds.
// `-- --detail` prints the per-concept table and the misses per prompt to stdout, never to a file:
// it is for the set's author and the product side, not for the coach's author.

import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { LanguageId } from '../core/protocol/languages';
import { ADAPTER_DESCRIPTION, hardenForBench } from './coach-adapter';
import {
  figuresByLanguage,
  parseSet,
  renderConcepts,
  renderMisses,
  renderTable,
  scorePrompt,
  TARGETS,
} from './coach-score';

const REPO = path.resolve(__dirname, '..');
const DEFAULT_SET = path.join(REPO, 'bench', 'blind', 'issue-26', 'prompts.yaml');

function main(): void {
  const args = process.argv.slice(2);
  const detail = args.includes('--detail');
  const setFile = path.resolve(args.find((a) => !a.startsWith('--')) ?? DEFAULT_SET);
  const entries = parseSet(fs.readFileSync(setFile, 'utf8'));
  const answers = entries.map((e) =>
    // The language is the coach's to find in the text, except when an editor is open on a file.
    hardenForBench(e.prompt, e.context === 'editor' ? (e.language as LanguageId) : undefined),
  );
  const scores = entries.map((e, i) => scorePrompt(e, answers[i]));
  const byLanguage = figuresByLanguage(scores);
  const table = renderTable(byLanguage);
  const setName = path.relative(REPO, setFile);
  const md = [
    '# Harden prompt on the labeled prompt set (`npm run bench:coach`)',
    '',
    `Set: \`${setName}\` (${entries.length} prompts). Coach: ${ADAPTER_DESCRIPTION}.`,
    'Noise counts the requirement lines of the security prompts; controls are scored by their line count.',
    'Editor prompts get the language of the open file; the others none.',
    '',
    table,
    '',
  ].join('\n');
  fs.writeFileSync(path.join(REPO, 'bench', 'coach.md'), md);
  const json = {
    set: setName,
    coach: ADAPTER_DESCRIPTION,
    targets: TARGETS,
    figures: byLanguage,
  };
  const jsonFile = path.join(REPO, 'bench', 'coach.json');
  fs.writeFileSync(jsonFile, `${JSON.stringify(json, null, 2)}\n`);
  // The JSON is checked by `prettier --check .` like every other JSON file of the repository.
  execFileSync(path.join(REPO, 'node_modules', '.bin', 'prettier'), ['--write', jsonFile], { stdio: 'ignore' });
  process.stdout.write(`${table}\n\nWrote bench/coach.md and bench/coach.json\n`);
  if (detail) {
    const misses = renderMisses(scores);
    process.stdout.write(
      `\n## Per must concept\n\n${renderConcepts(entries, scores)}\n\n## Misses per prompt\n\n${misses}\n`,
    );
  }
}

main();
