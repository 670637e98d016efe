// The one place `npm run bench:coach` reaches the coach: the function behind
// `warden prompt harden --format json` (core/coach/prompt.ts hardenJson), with the rules' coaching
// data the extension and the CLI read. Requirements carry their concept ids already.
// The BEFORE figures (bench/coach.md of the commit that added them) came from the coach before
// issue 26, through a mapping of its appended `- ` lines (rule -> class, the validation ask ->
// input-validation, else 'other'); see this file's first version in git history.

import * as fs from 'fs';
import * as path from 'path';
import type { CoachRule } from '../core/coach/knowledge';
import { Knowledge } from '../core/coach/knowledge';
import { hardenJson } from '../core/coach/prompt';
import type { LanguageId } from '../core/protocol/languages';

export interface BenchRequirement {
  /** A concept id (core/coach/concepts.ts), or 'other' when the line names none. */
  id: string;
  text: string;
  rule?: string;
}

export interface BenchHardened {
  prompt: string;
  followUp: string;
  requirements: BenchRequirement[];
  language?: string;
  topics: string[];
}

export const ADAPTER_DESCRIPTION =
  "hardenJson (core/coach/prompt.ts, what `warden prompt harden --format json` prints) with the rules' " +
  'coaching data (dist/coach-knowledge.json); the editor language for editor prompts, no workspace language';

let knowledge: Knowledge | undefined;

/** The coaching data the extension reads: the build writes it to dist/ at the repository root. */
function coachKnowledge(): Knowledge {
  if (!knowledge) {
    for (let dir = __dirname; dir !== path.dirname(dir) && !knowledge; dir = path.dirname(dir)) {
      const file = path.join(dir, 'dist', 'coach-knowledge.json');
      if (fs.existsSync(file)) knowledge = new Knowledge(JSON.parse(fs.readFileSync(file, 'utf8')) as CoachRule[]);
    }
    if (!knowledge) throw new Error('dist/coach-knowledge.json not found: run `node esbuild.config.mjs` first');
  }
  return knowledge;
}

export function hardenForBench(text: string, language: LanguageId | undefined): BenchHardened {
  const out = hardenJson(text, coachKnowledge(), { editor: language });
  return { ...out, language: out.language ?? undefined };
}
