// Prompt hardening: keeps the user's prompt verbatim and appends the security requirements of the
// topics it touches, the validation / error-handling / commentary asks, and the second-stage
// review prompt. The original text can always be recovered with extractOriginal().

import type { LanguageId } from '../protocol/languages';
import { commentLines, sharedLinePrefix, uncomment } from './comments';
import { detectLanguage, detectTopics } from './detect';
import { Knowledge, topicLabel } from './knowledge';

export const ADDENDUM_MARK = '--- Security requirements (added by Warden) ---';
export const FOLLOW_UP_MARK = '--- Follow-up prompt (send it after you receive the code) ---';

/** Asked of every prompt, whatever its topics (product.md, "Prompt coaching"). */
export const VALIDATION_ASK =
  'Validate every external input (presence, type, length, format and allowed values) before using it, and reject invalid input with a clear client error.';
export const COMMENTARY_ASKS = [
  'Explain the security considerations in comments next to the code they concern.',
  'After the code, list the remaining security concerns and the assumptions the code makes about its inputs and environment.',
];

export interface HardenOptions {
  /** Language of the surrounding file, when known; otherwise read from the prompt. */
  language?: LanguageId;
}

export interface HardenedPrompt {
  original: string;
  topics: string[];
  language?: LanguageId;
  /** Lines appended after the original (starting with ADDENDUM_MARK). */
  addendum: string[];
  /** The second-stage prompt, on its own. */
  followUp: string;
  /** Original + addendum: what to send first. */
  prompt: string;
  /** Original + addendum + follow-up section: what is shown or copied. */
  text: string;
}

export function hardenPrompt(original: string, knowledge: Knowledge, options: HardenOptions = {}): HardenedPrompt {
  const language = options.language ?? detectLanguage(original);
  const topics = detectTopics(original).map((m) => m.topic.id);
  const lines: string[] = [ADDENDUM_MARK];
  lines.push(
    topics.length > 0
      ? `Implement the task above as secure, production-ready code. It touches: ${topics.map(topicLabel).join(', ')}.`
      : 'Implement the task above as secure, production-ready code.',
  );
  const listed = new Set<string>();
  for (const topic of topics) {
    const reqs = knowledge.requirementsFor(topic, language).filter((r) => !listed.has(r.text));
    if (reqs.length === 0) continue;
    lines.push('', `${topicLabel(topic)}:`);
    for (const r of reqs) {
      listed.add(r.text);
      lines.push(`- ${r.text}`);
    }
  }
  lines.push('', 'For every input and every error:', `- ${VALIDATION_ASK}`);
  for (const r of knowledge.requirementsFor('errors', language)) {
    if (!listed.has(r.text)) lines.push(`- ${r.text}`);
  }
  lines.push('', 'In your answer:', ...COMMENTARY_ASKS.map((a) => `- ${a}`));
  const followUp = followUpPrompt(knowledge, topics);
  const prompt = `${original}\n\n${lines.join('\n')}`;
  return {
    original,
    topics,
    language,
    addendum: lines,
    followUp,
    prompt,
    text: `${prompt}\n\n${FOLLOW_UP_MARK}\n${followUp}`,
  };
}

/** The second-stage prompt: review for the classes these topics are prone to, then fix. */
export function followUpPrompt(knowledge: Knowledge, topics: string[]): string {
  const checks = knowledge.classesToCheck(topics);
  return [
    'Now review the code you wrote for security vulnerabilities and fix them. Check in particular for:',
    ...checks.map((c) => `- ${c.title} (CWE-${c.cwe})`),
    'For each problem: name it, point to the line, explain how it could be exploited, and give the corrected code. Then confirm that every security requirement above is met, or say which one is not.',
  ].join('\n');
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
