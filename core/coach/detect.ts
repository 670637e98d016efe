// Detects the topics a prompt or a file touches (with the words and lines that gave them away)
// and the programming language a prose prompt asks for. Deterministic keyword matching only.

import type { LanguageId } from '../protocol/languages';
import { Topic, TOPICS } from './topics';

export interface Evidence {
  /** The matched words, as written. */
  text: string;
  /** Zero-based line in the analysed text. */
  line: number;
}

export interface TopicMatch {
  topic: Topic;
  evidence: Evidence[];
}

const MAX_EVIDENCE = 3;

/** Topics in table order, each with up to three pieces of evidence. */
export function detectTopics(text: string): TopicMatch[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: TopicMatch[] = [];
  for (const topic of TOPICS) {
    const evidence: Evidence[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < lines.length && evidence.length < MAX_EVIDENCE; i++) {
      for (const pattern of topic.patterns) {
        const m = pattern.exec(lines[i]);
        if (!m) continue;
        const word = m[0].trim();
        const key = word.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        evidence.push({ text: word, line: i });
        if (evidence.length >= MAX_EVIDENCE) break;
      }
    }
    if (evidence.length > 0) out.push({ topic, evidence });
  }
  return out;
}

const LANGUAGE_HINTS: Array<{ id: LanguageId; pattern: RegExp }> = [
  { id: 'python', pattern: /\b(python|flask|django|fastapi|pyramid|werkzeug)\b/i },
  {
    id: 'go',
    pattern:
      /\b(golang|gin|net\/http)\b|\bin Go\b|\bGo (handler|function|program|service|server|code|endpoint|api|API|HTTP)\b/,
  },
  { id: 'java', pattern: /\b(java|spring( boot)?|jdbc|servlets?|jakarta|hibernate|jpa)\b/i },
  { id: 'typescript', pattern: /\b(typescript|nestjs|deno)\b/i },
  { id: 'javascript', pattern: /\b(javascript|node\.?js|express(\.js)?|react|vue|angular|next\.js|browser|koa)\b/i },
];

/** The language a prose prompt names (the most-mentioned one), if any. */
export function detectLanguage(text: string): LanguageId | undefined {
  let best: { id: LanguageId; count: number } | undefined;
  for (const hint of LANGUAGE_HINTS) {
    const count = (text.match(new RegExp(hint.pattern.source, hint.pattern.flags + 'g')) ?? []).length;
    if (count > 0 && (!best || count > best.count)) best = { id: hint.id, count };
  }
  return best?.id;
}
