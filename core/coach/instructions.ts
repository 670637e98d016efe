// Security instructions for AI coding agents: a short always-on list (at most 2,000 characters)
// and, per language, the requirements in that language's idioms (Copilot: one file per language
// with an applyTo glob; other agents: one file, at most 2,500 characters). Sentences come from
// concept-text.ts, one per concept, so no two bullets say the same thing. Files Warden creates
// are written whole; in a file the user owns, only the part between Warden's markers changes.

import { LANGUAGE_INFO, LanguageId } from '../protocol/languages';
import { Agent, AGENT_TARGETS } from './agents';
import type { Concept } from './concepts';
import { conceptText } from './concept-text';
import type { Stack } from './stack';

export const SECTION_BEGIN = '<!-- warden:instructions begin -->';
export const SECTION_END = '<!-- warden:instructions end -->';
export const ALWAYS_ON_LIMIT = 2000;
export const FILE_LIMIT = 2500;

export const LANGUAGE_NAMES: Record<LanguageId, string> = {
  java: 'Java',
  javascript: 'JavaScript',
  typescript: 'TypeScript',
  tsx: 'TSX',
  python: 'Python',
  go: 'Go',
};

/** What every edit in any language must respect; the language files add the idioms. */
export const ALWAYS_ON = [
  'Treat request data, files, messages and headers as untrusted: validate them against a schema (type, length, format, allowed values) and reject invalid input.',
  'Authorize every access to a record: check that the signed-in user owns it or may act on it; never trust an id from the client alone.',
  'Keep CSRF protection on for state-changing requests authenticated by cookies.',
  'Build queries with parameters, run programs without a shell, and keep file paths inside a fixed base folder.',
  'Read secrets from the environment or a secret manager; never hard-code them, and never log secrets, tokens, passwords or personal data.',
  'Add only maintained, widely used dependencies, pinned in the lockfile, and check them for known vulnerabilities.',
  'Before handing code back, run Warden on the changed files (`warden scan <files>` or the editor) and fix what it reports.',
  'Credit AI help with an `Assisted-by: <tool>` trailer in the commit message; use `warden:ai-generated` markers only where code must be labelled in place.',
];

/** Concepts the always-on list states; language files leave them out. */
const STATED_ALWAYS: readonly Concept[] = [
  'input-validation',
  'authorization',
  'csrf',
  'hardcoded-secret',
  'secret-logging',
  'dependency-hygiene',
];

/** Per-language concepts, most important first; frameworks add theirs after these. */
const LANGUAGE_CONCEPTS: readonly Concept[] = [
  'sqli',
  'cmdi',
  'path-traversal',
  'deserialization',
  'xss',
  'ssrf',
  'type-assertion',
  'prototype-pollution',
  'weak-random',
  'password-storage',
  'constant-time',
  'weak-crypto',
  'tls-verify',
  'info-leak',
  'xxe',
  'redos',
];

/** The language's bullets, most important first, within `budget` characters. */
export function languageBullets(language: LanguageId, stack: Stack, budget = FILE_LIMIT): string[] {
  const concepts = [...new Set([...LANGUAGE_CONCEPTS, ...(stack.concepts[language] ?? [])])].filter(
    (c) => !STATED_ALWAYS.includes(c),
  );
  const out: string[] = [];
  let used = 0;
  for (const concept of concepts) {
    const text = conceptText(concept, language);
    if (!text) continue;
    const bullet = `- ${text}`;
    if (used + bullet.length + 1 > budget) break;
    out.push(bullet);
    used += bullet.length + 1;
  }
  return out;
}

export interface InstructionFile {
  /** Workspace-relative, `/` separators. */
  path: string;
  /** `whole`: Warden's own file; `section`: only between Warden's markers in the user's file. */
  ownership: 'whole' | 'section';
  /** The whole file, or the section with its markers. */
  content: string;
}

function alwaysOnLines(stack: Stack, pointer?: string): string[] {
  const names = stack.languages.map((l) => LANGUAGE_NAMES[l]).join(', ');
  return [
    '## Security rules (maintained by Warden)',
    '',
    ...(names ? [`Languages: ${names}.`, ''] : []),
    ...ALWAYS_ON.map((a) => `- ${a}`),
    ...(pointer ? ['', pointer] : []),
  ];
}

/** The section (markers included) of an always-on file, with per-language parts when `inline`. */
function sectionFor(stack: Stack, inline: boolean, pointer?: string): string {
  const lines = [SECTION_BEGIN, ...alwaysOnLines(stack, inline ? undefined : pointer)];
  if (inline) lines.push(...inlineLanguages(stack, FILE_LIMIT - (lines.join('\n').length + SECTION_END.length + 2)));
  lines.push(SECTION_END);
  return lines.join('\n');
}

/** Each language's heading and bullets, sharing `budget` characters evenly. */
function inlineLanguages(stack: Stack, budget: number): string[] {
  const out: string[] = [];
  const languages = instructionLanguages(stack);
  for (const language of languages) {
    const heading = ['', `### ${LANGUAGE_NAMES[language]}`];
    const share = Math.floor(budget / languages.length) - heading.join('\n').length - 1;
    out.push(...heading, ...languageBullets(language, stack, share));
  }
  return out;
}

/**
 * The languages that get their own instructions: TypeScript speaks for JavaScript too when both
 * are present (the same sentences), and TSX is TypeScript.
 */
export function instructionLanguages(stack: Stack): LanguageId[] {
  const ids = stack.languages.map((l) => (l === 'tsx' ? 'typescript' : l));
  const out = [...new Set(ids)];
  return out.includes('typescript') ? out.filter((l) => l !== 'javascript') : out;
}

function globFor(language: LanguageId, stack: Stack): string {
  const family: LanguageId[] =
    language === 'typescript'
      ? ['typescript', 'tsx', ...(stack.languages.includes('javascript') ? (['javascript'] as const) : [])]
      : [language];
  const exts = family.flatMap((l) => LANGUAGE_INFO[l].extensions);
  return exts.length === 1 ? `**/*${exts[0]}` : `**/*{${exts.join(',')}}`;
}

/** A Copilot per-language file: an applyTo glob and the language's bullets. */
function copilotLanguageFile(language: LanguageId, stack: Stack): string {
  const lines = [
    '---',
    `applyTo: "${globFor(language, stack)}"`,
    '---',
    `# ${LANGUAGE_NAMES[language]} security rules (maintained by Warden)`,
    '',
    'This file is regenerated by Warden: edit .github/copilot-instructions.md instead.',
    '',
  ];
  const used = lines.join('\n').length + 1;
  return [...lines, ...languageBullets(language, stack, FILE_LIMIT - used)].join('\n') + '\n';
}

/** The files an agent reads, with what Warden writes in each. */
export function instructionFiles(stack: Stack, agent: Agent): InstructionFile[] {
  const target = AGENT_TARGETS[agent];
  if (target.perLanguage) {
    const perLanguage = target.perLanguage;
    const languages = instructionLanguages(stack);
    const pointer = languages.length
      ? `Language rules: ${languages.map((l) => `\`${perLanguage.replace('{lang}', l)}\``).join(', ')}.`
      : undefined;
    return [
      { path: target.always.path, ownership: 'section', content: sectionFor(stack, false, pointer) },
      ...languages.map((l) => ({
        path: perLanguage.replace('{lang}', l),
        ownership: 'whole' as const,
        content: copilotLanguageFile(l, stack),
      })),
    ];
  }
  if (target.always.ownership === 'whole') {
    const head = [
      '---',
      'description: Security rules for code in this repository (maintained by Warden)',
      'alwaysApply: true',
      '---',
    ];
    const body = alwaysOnLines(stack);
    const used = [...head, ...body].join('\n').length + 1;
    return [
      {
        path: target.always.path,
        ownership: 'whole',
        content: [...head, ...body, ...inlineLanguages(stack, FILE_LIMIT - used)].join('\n') + '\n',
      },
    ];
  }
  return [{ path: target.always.path, ownership: 'section', content: sectionFor(stack, true) }];
}

/** The file with the section replaced (or appended); everything outside the markers is kept. */
export function upsertSection(
  existing: string | undefined,
  section: string,
): { ok: true; text: string } | { ok: false; error: string } {
  if (existing === undefined || existing.trim() === '')
    return { ok: true, text: `# Instructions for AI coding assistants\n\n${section}\n` };
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  const body = section.split('\n').join(eol);
  const begin = existing.indexOf(SECTION_BEGIN);
  const end = begin >= 0 ? existing.indexOf(SECTION_END, begin) : -1;
  if (begin >= 0 && end < 0)
    return { ok: false, error: `the Warden section has no '${SECTION_END}' line: add it or delete the section` };
  if (begin >= 0) return { ok: true, text: existing.slice(0, begin) + body + existing.slice(end + SECTION_END.length) };
  const sep = existing.endsWith(eol + eol) ? '' : existing.endsWith(eol) ? eol : eol + eol;
  return { ok: true, text: existing + sep + body + eol };
}

export interface PlannedWrite {
  path: string;
  text: string;
  /** False when the file already holds exactly this text. */
  changed: boolean;
}

/**
 * What to write for these files, given what is there now (`read` answers undefined for a missing
 * file): every file's new text, or the first error, in which case nothing must be written.
 */
export function planInstructionWrites(
  files: InstructionFile[],
  read: (path: string) => string | undefined,
): { ok: true; writes: PlannedWrite[] } | { ok: false; error: string } {
  const writes: PlannedWrite[] = [];
  for (const file of files) {
    const existing = read(file.path);
    if (file.ownership === 'whole') {
      writes.push({ path: file.path, text: file.content, changed: existing !== file.content });
      continue;
    }
    const result = upsertSection(existing, file.content);
    if (!result.ok) return { ok: false, error: `${file.path}: ${result.error}` };
    writes.push({ path: file.path, text: result.text, changed: existing !== result.text });
  }
  return { ok: true, writes };
}
