// The security-requirements header: a comment block at the top of a file stating its purpose,
// usage context, sensitivity tier and the requirements that apply (from the rules, via Knowledge).
// Running it again replaces the block between the begin/end markers and keeps what the user wrote.

import { languageForEditorId } from '../protocol/languages';
import { commentStyle } from './comments';
import { Knowledge } from './knowledge';
import { findHeaderSpan, HEADER_BEGIN, HEADER_END } from './managed';
import { FileProfile, FindingRef, profileFile, topicIds } from './profile';
import { VALIDATION_ASK } from './prompt';
import { TIER_LABEL } from './topics';

export { HEADER_BEGIN, HEADER_END };

export interface HeaderInput {
  /** VS Code language id of the document. */
  languageId: string;
  text: string;
  findings?: FindingRef[];
}

/** Replace text[start, end) with newText (offsets in the original text). */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export type HeaderResult =
  { ok: true; edit: OffsetEdit; profile: FileProfile; updated: boolean } | { ok: false; error: string };

const WIDTH = 100;
const TODO = 'TODO';

/** Lines that must stay first: shebang, encoding declaration, PHP/XML openers. */
const PREAMBLE = /^(#!|#.*coding[:=]|<\?php|<\?xml|\uFEFF?<!DOCTYPE)/i;

function wrap(text: string, first: string, rest: string): string[] {
  const out: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > WIDTH) {
      out.push(line);
      line = rest;
      empty = true;
    }
    line += (empty ? '' : ' ') + word;
    empty = false;
  }
  out.push(line.trimEnd());
  return out;
}

/** Offsets where each line starts (\r\n, \r and \n all end a line). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r') {
      if (text[i + 1] === '\n') i++;
      starts.push(i + 1);
    } else if (text[i] === '\n') starts.push(i + 1);
  }
  return starts;
}

/** Field values of an existing header (Purpose, Usage context), continuation lines joined. */
export function readHeaderFields(lines: string[]): Map<string, string> {
  const fields = new Map<string, string>();
  let current: string | undefined;
  for (const raw of lines) {
    const prefix = /^\s*(?:\/\/+|#+|--|;+|%|\/\*+|<!--|\*)\s?/.exec(raw);
    // Block-style headers indent their inner lines by two spaces instead of a prefix.
    const line = (prefix ? raw.slice(prefix[0].length) : raw.replace(/^ {0,2}/, '')).replace(/\s*(\*\/|-->)\s*$/, '');
    const m = /^([A-Z][A-Za-z ]+):\s*(.*)$/.exec(line);
    if (m) {
      current = m[1];
      fields.set(current, m[2].trim());
    } else if (current && /^\s{2,}\S/.test(line) && !/^\s*- /.test(line)) {
      fields.set(current, `${fields.get(current)} ${line.trim()}`.trim());
    } else {
      current = undefined;
    }
  }
  return fields;
}

const DECLARATION =
  /(?:\bdef|\bfunc(?:\s*\([^)]*\))?|\bfunction|\bclass)\s+([A-Za-z_]\w*)|(?:public|private|protected|static)[\w<>\[\],\s]*\s([A-Za-z_]\w*)\s*\(/g;

function declaredNames(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(DECLARATION)) names.add(m[1] ?? m[2]);
  return [...names].slice(0, 4);
}

function inferUsage(text: string, profile: FileProfile): string {
  const ids = topicIds(profile);
  if (/document\.(cookie|location)|window\.|localStorage/.test(text)) {
    return 'Runs in the browser: anything it stores client-side is readable by every script on the page.';
  }
  if (
    ids.includes('validation') ||
    /http\.Request|@app\.route|req\.(body|query|params)|@\w*Mapping|request\.(files|form|args)/.test(text)
  ) {
    return 'Handles HTTP requests: every field, header, cookie and uploaded file comes from an untrusted client.';
  }
  return `${TODO}: who calls this code, with which data, and what it may access.`;
}

function inferPurpose(text: string, profile: FileProfile): string {
  const names = declaredNames(text);
  const topics = profile.topics.map((t) => t.topic.label.toLowerCase());
  const detected = [
    names.length ? `defines ${names.join(', ')}` : '',
    topics.length ? `touches ${topics.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return `${TODO}: describe what this file does${detected ? ` (Warden sees: ${detected})` : ''}.`;
}

/** The header's lines, without comment markers. */
export function headerLines(
  input: HeaderInput,
  knowledge: Knowledge,
  previous = new Map<string, string>(),
): { lines: string[]; profile: FileProfile } {
  const profile = profileFile(input.text, input.findings ?? []);
  const keep = (name: string, inferred: string): string => {
    const old = previous.get(name);
    return old && !old.startsWith(TODO) ? old : inferred;
  };
  const language = languageForEditorId(input.languageId);
  // Requirements of the rules that fired come first: they are what this file already gets wrong.
  const firedRules = (input.findings ?? [])
    .map((f) => knowledge.rule(f.ruleId))
    .filter((r): r is NonNullable<typeof r> => !!r);
  const fired = [...new Set(firedRules.map((r) => r.requirement))];
  // A class that fired is stated once, in the words of the rule that fired: its sibling rules
  // (Flask vs Django upload writes, say) would repeat it in other words.
  const firedClasses = new Set<string>(firedRules.map((r) => r.class));
  const restatesFired = (ruleIds: string[]): boolean =>
    ruleIds.length > 0 && ruleIds.every((id) => firedClasses.has(knowledge.rule(id)?.class ?? ''));
  const fromTopics = knowledge
    .requirementsForTopics(topicIds(profile), language)
    .filter((r) => !restatesFired(r.ruleIds))
    .map((r) => r.text);
  const requirements = [...new Set([...fired, ...fromTopics, VALIDATION_ASK])];
  const tierTopics = profile.topics.filter((t) => t.tier === profile.tier).map((t) => t.topic.label);
  const lines = [
    HEADER_BEGIN,
    ...wrap(keep('Purpose', inferPurpose(input.text, profile)), 'Purpose: ', '  '),
    ...wrap(keep('Usage context', inferUsage(input.text, profile)), 'Usage context: ', '  '),
    ...wrap(
      `${TIER_LABEL[profile.tier]}${tierTopics.length ? ` (${tierTopics.join(', ')})` : ''}`,
      'Sensitivity: ',
      '  ',
    ),
    'Security requirements:',
    ...requirements.flatMap((r) => wrap(r, '- ', '  ')),
  ];
  if (profile.tier === 'high') lines.push('Review: security-focused review required before merge (High sensitivity).');
  lines.push(HEADER_END);
  return { lines, profile };
}

function comment(lines: string[], languageId: string): string[] {
  const style = commentStyle(languageId);
  if (style.line) return lines.map((l) => `${style.line} ${l}`.trimEnd());
  const [open, close] = style.block ?? ['/*', '*/'];
  return lines.map((l, i) => (i === 0 ? `${open} ${l}` : i === lines.length - 1 ? `${l} ${close}` : `  ${l}`));
}

/** The edit that inserts the header, or replaces the existing one. */
export function headerEdit(input: HeaderInput, knowledge: Knowledge): HeaderResult {
  const eol = input.text.includes('\r\n') ? '\r\n' : '\n';
  const lines = input.text.split(/\r\n|\r|\n/);
  const starts = lineStarts(input.text);
  const offsetOf = (line: number): number => (line < starts.length ? starts[line] : input.text.length);
  const span = findHeaderSpan(lines);
  if (span && span.end === undefined) {
    return {
      ok: false,
      error: `the security header starting on line ${span.start + 1} has no '${HEADER_END}' line: add it or delete the header, then run the command again`,
    };
  }
  if (span && span.end !== undefined) {
    const { lines: body, profile } = headerLines(
      input,
      knowledge,
      readHeaderFields(lines.slice(span.start, span.end + 1)),
    );
    const start = offsetOf(span.start);
    const end = offsetOf(span.end) + lines[span.end].length;
    return {
      ok: true,
      edit: { start, end, newText: comment(body, input.languageId).join(eol) },
      profile,
      updated: true,
    };
  }
  let at = 0;
  while (at < lines.length && PREAMBLE.test(lines[at])) at++;
  const { lines: body, profile } = headerLines(input, knowledge);
  const block = comment(body, input.languageId).join(eol);
  if (at >= lines.length) {
    // Only preamble lines (e.g. a lone shebang with no newline): the header goes after them.
    return {
      ok: true,
      edit: { start: input.text.length, end: input.text.length, newText: eol + block + eol },
      profile,
      updated: false,
    };
  }
  const start = offsetOf(at);
  const newText = block + eol + (lines[at].trim() === '' ? '' : eol);
  return { ok: true, edit: { start, end: start, newText }, profile, updated: false };
}

export function applyEdit(text: string, edit: OffsetEdit): string {
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

/** True when the document has a complete Warden security header. */
export function hasHeader(text: string): boolean {
  const span = findHeaderSpan(text.split(/\r\n|\r|\n/));
  return !!span && span.end !== undefined;
}
