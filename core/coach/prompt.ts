// Prompt hardening: keeps the user's prompt verbatim and appends the security requirements it
// needs (core/coach/harden.ts decides which) and the commentary ask; the follow-up prompt is kept
// apart. A prompt with no security surface is left as it is. The original text can always be
// recovered with extractOriginal().

import { COMMENTARY_ASK, CoachRequirement, followUpFor, HardenContext, selectRequirements } from './harden';
import { commentLines, sharedLinePrefix, uncomment } from './comments';
import type { Knowledge } from './knowledge';
import type { LanguageId } from '../protocol/languages';

export const ADDENDUM_MARK = '--- Security requirements (added by Warden) ---';
export const FOLLOW_UP_MARK = '--- Follow-up prompt (send it after you receive the code) ---';

/** Asked in the security header, whatever the file's topics. */
export const VALIDATION_ASK =
  'Validate every external input (presence, type, length, format and allowed values) before using it, and reject invalid input with a clear client error.';
export { COMMENTARY_ASK };

export type HardenOptions = HardenContext;

export interface HardenedPrompt {
  original: string;
  /** Prompt topics behind the requirements. */
  topics: string[];
  language?: LanguageId;
  requirements: CoachRequirement[];
  /** Lines appended after the original (starting with ADDENDUM_MARK); empty when nothing is added. */
  addendum: string[];
  /** The second-stage prompt, on its own; empty when nothing is added. */
  followUp: string;
  /** Original + addendum: what to send first. */
  prompt: string;
  /** Original + addendum + follow-up section: what is shown or copied. */
  text: string;
}

/** What `warden prompt harden --format json` prints. */
export interface HardenJson {
  prompt: string;
  followUp: string;
  requirements: CoachRequirement[];
  language: LanguageId | null;
  topics: string[];
}

export function hardenPrompt(original: string, knowledge: Knowledge, options: HardenOptions = {}): HardenedPrompt {
  const { language, topics, requirements } = selectRequirements(original, knowledge, options);
  if (requirements.length === 0)
    return { original, topics, language, requirements, addendum: [], followUp: '', prompt: original, text: original };
  const addendum = [ADDENDUM_MARK, ...requirements.map((r) => `- ${r.text}`), COMMENTARY_ASK];
  const followUp = followUpFor(requirements);
  const prompt = `${original}\n\n${addendum.join('\n')}`;
  return {
    original,
    topics,
    language,
    requirements,
    addendum,
    followUp,
    prompt,
    text: `${prompt}\n\n${FOLLOW_UP_MARK}\n${followUp}`,
  };
}

export function hardenJson(original: string, knowledge: Knowledge, options: HardenOptions = {}): HardenJson {
  const h = hardenPrompt(original, knowledge, options);
  return {
    prompt: h.prompt,
    followUp: h.followUp,
    requirements: h.requirements,
    language: h.language ?? null,
    topics: h.topics,
  };
}

/** True when `text` already carries a Warden addendum. */
export function isHardened(text: string): boolean {
  return text.includes(ADDENDUM_MARK);
}

/**
 * The text before Warden's addendum: the exact original prompt (or selection) for any output of
 * hardenPrompt().text / .prompt or replacementFor(); the text itself when it carries no addendum.
 */
export function extractOriginal(text: string): string {
  const mark = text.lastIndexOf(ADDENDUM_MARK);
  if (mark < 0) return text;
  const markLineStart = text.lastIndexOf('\n', mark - 1) + 1;
  if (markLineStart === 0) return text;
  const eol = markLineStart >= 2 && text.slice(markLineStart - 2, markLineStart) === '\r\n' ? '\r\n' : '\n';
  // One separator line (blank, an empty comment or a block-comment opener) sits between the two.
  const originalEol = text.lastIndexOf('\n', markLineStart - eol.length - 1);
  if (originalEol < 0) return text;
  return text.slice(0, originalEol + 1 - eol.length);
}

/**
 * What replaces a selection: the selection verbatim, then the addendum and the follow-up. When the
 * selection is a comment (a prompt written in code), the appended lines are commented the same way.
 */
export function replacementFor(selection: string, hardened: HardenedPrompt, languageId = 'plaintext'): string {
  if (hardened.addendum.length === 0) return selection;
  const eol = selection.includes('\r\n') ? '\r\n' : '\n';
  const generated = [...hardened.addendum, '', FOLLOW_UP_MARK, ...hardened.followUp.split('\n')];
  if (PROSE_LANGUAGES.has(languageId)) return [selection, '', ...generated].join(eol);
  const lines = selection.split(/\r\n|\r|\n/);
  const shared = sharedLinePrefix(lines);
  if (shared && !/^\s*(\/\*|<!--)/.test(selection)) {
    return [selection, ...commentLines(['', ...generated], { line: shared.prefix }, shared.indent)].join(eol);
  }
  const block = /^(\s*)(\/\*+|<!--)[\s\S]*(\*\/|-->)\s*$/.exec(selection);
  if (block) {
    const open = block[2].startsWith('<!--') ? '<!--' : '/*';
    const close = open === '<!--' ? '-->' : '*/';
    return [selection, ...commentLines(generated, { block: [open, close] }, block[1])].join(eol);
  }
  return [selection, '', ...generated].join(eol);
}

/** The text to analyse in a selection: comment markers removed when the prompt sits in a comment. */
export function promptBody(selection: string, languageId = 'plaintext'): string {
  const base = isHardened(selection) ? extractOriginal(selection) : selection;
  return PROSE_LANGUAGES.has(languageId) ? base : uncomment(base);
}

/** Documents whose text is the prompt itself: `#` starts a heading there, not a comment. */
const PROSE_LANGUAGES = new Set([
  'plaintext',
  'markdown',
  'restructuredtext',
  'asciidoc',
  'latex',
  'git-commit',
  'scminput',
]);
