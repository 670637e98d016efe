// The one place `npm run bench:coach` reaches the coach. Today's coach (core/coach/prompt.ts) has no
// concept ids, so each appended `- ` line is mapped to one: the rule it came from -> the rule's
// class, the validation ask -> 'input-validation', anything else -> 'other' (never a concept, so it
// counts as noise). When `warden prompt harden --format json` exists (issue 26), this function
// returns its JSON instead and nothing else in the bench changes.

import * as fs from 'fs';
import * as path from 'path';
import type { CoachRule } from '../core/coach/knowledge';
import { Knowledge } from '../core/coach/knowledge';
import { hardenPrompt, VALIDATION_ASK } from '../core/coach/prompt';
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
  "today's hardenPrompt (core/coach/prompt.ts) with the rules' coaching data (dist/coach-knowledge.json); " +
  "each '- ' line -> its rule's class, the validation ask -> input-validation, else 'other'";

let rules: CoachRule[] | undefined;
let knowledge: Knowledge | undefined;

/** The coaching data the extension reads: the build writes it to dist/ at the repository root. */
function coachRules(): CoachRule[] {
  if (!rules) {
    for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
      const file = path.join(dir, 'dist', 'coach-knowledge.json');
      if (fs.existsSync(file)) {
        rules = JSON.parse(fs.readFileSync(file, 'utf8')) as CoachRule[];
        break;
      }
    }
    if (!rules) throw new Error('dist/coach-knowledge.json not found: run `node esbuild.config.mjs` first');
  }
  return rules;
}

export function hardenForBench(text: string, language: LanguageId | undefined): BenchHardened {
  knowledge ??= new Knowledge(coachRules());
  const classOf = new Map(coachRules().map((r) => [r.id, r.class]));
  const hardened = hardenPrompt(text, knowledge, { language });
  const ruleOfLine = new Map<string, string>();
  for (const topic of [...hardened.topics, 'errors'])
    for (const r of knowledge.requirementsFor(topic, hardened.language))
      if (r.ruleIds.length > 0 && !ruleOfLine.has(r.text)) ruleOfLine.set(r.text, r.ruleIds[0]);
  const requirements = hardened.addendum
    .filter((line) => line.startsWith('- '))
    .map((line): BenchRequirement => {
      const lineText = line.slice(2);
      const rule = ruleOfLine.get(lineText);
      if (rule) return { id: classOf.get(rule) ?? 'other', text: lineText, rule };
      return { id: lineText === VALIDATION_ASK ? 'input-validation' : 'other', text: lineText };
    });
  return {
    prompt: hardened.prompt,
    followUp: hardened.followUp,
    requirements,
    language: hardened.language,
    topics: hardened.topics,
  };
}
