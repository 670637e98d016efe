// Harden prompt's decision, as data: which security requirements a prose prompt needs (one per
// concept, in the prompt's language, at most eight, the riskiest for this task first), the
// follow-up prompt, and the JSON the CLI prints. Pure: the extension, the CLI and the benchmark
// call the same function.

import { CLASSES, type RuleClass } from '../protocol/classes';
import { expandRuleLanguages, type LanguageId } from '../protocol/languages';
import { CONCEPTS, type Concept, PRACTICE_CONCEPTS } from './concepts';
import { conceptText } from './concept-text';
import { resolveLanguage } from './detect';
import type { CoachRule, Knowledge } from './knowledge';
import { type Context, NON_SECURITY_TASK, PROMPT_TOPICS, SERVER_CONTEXT, STYLING_TASK } from './triggers';

export const MAX_REQUIREMENTS = 8;
/**
 * Tests, refactors and docs keep at most one requirement, and only a strong one (a refactor of
 * code that builds SQL still gets parameterized queries).
 */
const NON_SECURITY_MAX = 1;
const NON_SECURITY_MIN_SCORE = 90;

/** The one commentary ask of the product's practices (product.md, "Ask for security commentary"). */
export const COMMENTARY_ASK =
  'Explain each security decision in a comment next to its code, and list what remains to check after the code.';
export const FOLLOW_UP_END = 'then run Warden on the result.';

export interface CoachRequirement {
  /** The concept (core/coach/concepts.ts): a rule class or a practice. */
  id: Concept;
  text: string;
  /** A built-in rule that checks this requirement in this language, when one exists. */
  rule?: string;
}

export interface HardenContext {
  /** Language of the active editor (or of the code the prompt is for). */
  editor?: LanguageId;
  /** The workspace's main language. */
  workspace?: LanguageId;
}

export interface Selection {
  language?: LanguageId;
  /** Prompt topics that contributed a requirement, in table order. */
  topics: string[];
  requirements: CoachRequirement[];
}

const WEB_CONTEXT =
  /\b(pages?|html|browser|front-?end|react|vue|angular|svelte|ui|forms?|websites?|web ?apps?|sites?|dashboard)\b/i;

/** A UI task with no server words: server-side requirements do not apply to it. */
const CLIENT_ONLY =
  /\b(react|vue|angular|svelte|jquery|components?|front-?end|browser|dom|jsx|tsx|widgets?|hooks?|client[- ]side|single[- ]page)\b/i;
const SERVER_SIDE_CONCEPTS: ReadonlySet<Concept> = new Set<Concept>([
  'sqli',
  'cmdi',
  'path-traversal',
  'password-storage',
  'password-reset',
  'rate-limit',
  'mass-assignment',
  'archive',
  'deserialization',
  'xxe',
  'ldapi',
  'xpathi',
  'trust-boundary',
  'constant-time',
  'authorization',
  'resource-limits',
  'info-leak',
]);

function contexts(text: string): Set<Context> {
  const out = new Set<Context>();
  if (SERVER_CONTEXT.test(text)) out.add('server');
  if (out.has('server') || WEB_CONTEXT.test(text)) out.add('web');
  return out;
}

/** Risk of each concept for this prompt: its heaviest topic, plus a little per extra topic. */
function scoreConcepts(text: string): { scores: Map<Concept, number>; topics: Map<Concept, string[]> } {
  const present = contexts(text);
  const scores = new Map<Concept, number>();
  const topics = new Map<Concept, string[]>();
  for (const topic of PROMPT_TOPICS) {
    if (topic.needs && !present.has(topic.needs)) continue;
    if (topic.unless?.test(text) || !topic.patterns.some((p) => p.test(text))) continue;
    for (const [concept, weight, needs] of topic.concepts) {
      if (needs && !present.has(needs)) continue;
      const from = topics.get(concept) ?? [];
      from.push(topic.id);
      topics.set(concept, from);
      scores.set(concept, Math.max(scores.get(concept) ?? 0, weight));
    }
  }
  for (const [concept, from] of topics) scores.set(concept, scores.get(concept)! + 2 * Math.min(from.length - 1, 3));
  return { scores, topics };
}

const SEVERITY_RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };

const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/[a-z_.]{3,}/g) ?? []);

/**
 * A built-in rule of the concept's class for the language: the one whose requirement says most
 * of what the sentence says (shared words), then the most severe.
 */
export function ruleFor(
  knowledge: Knowledge,
  concept: Concept,
  language: LanguageId | undefined,
  text: string,
): string | undefined {
  if (!(concept in CLASSES)) return undefined;
  const mine = words(text);
  const overlap = (r: CoachRule): number => [...words(r.requirement)].filter((w) => mine.has(w)).length;
  const candidates: CoachRule[] = knowledge.rules.filter(
    (r) => r.class === (concept as RuleClass) && (!language || expandRuleLanguages(r.languages).includes(language)),
  );
  candidates.sort(
    (a, b) =>
      overlap(b) - overlap(a) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.id.localeCompare(b.id),
  );
  return candidates[0]?.id;
}

/** The requirements a prompt needs, riskiest first. */
export function selectRequirements(text: string, knowledge: Knowledge, context: HardenContext = {}): Selection {
  const language = resolveLanguage(text, context);
  const { scores, topics } = scoreConcepts(text);
  const order = (c: Concept): number => CONCEPTS.indexOf(c);
  const nonSecurity = NON_SECURITY_TASK.test(text) || STYLING_TASK.test(text);
  const clientOnly = CLIENT_ONLY.test(text) && !SERVER_CONTEXT.test(text) && !/\b(sql|database|db)\b/i.test(text);
  for (const concept of clientOnly ? SERVER_SIDE_CONCEPTS : []) scores.delete(concept);
  const ranked = [...scores.entries()]
    .filter(
      ([concept, score]) =>
        conceptText(concept, language) !== undefined && (!nonSecurity || score >= NON_SECURITY_MIN_SCORE),
    )
    .sort((a, b) => b[1] - a[1] || order(a[0]) - order(b[0]))
    .slice(0, nonSecurity ? NON_SECURITY_MAX : MAX_REQUIREMENTS)
    .map(([concept]) => concept);
  const requirements = ranked.map((id) => {
    const text = conceptText(id, language)!;
    const rule = ruleFor(knowledge, id, language, text);
    return { id, text, ...(rule ? { rule } : {}) };
  });
  const used = new Set(ranked.flatMap((c) => topics.get(c) ?? []));
  return { language, topics: PROMPT_TOPICS.map((t) => t.id).filter((id) => used.has(id)), requirements };
}

const PRACTICE_TITLES: Record<keyof typeof PRACTICE_CONCEPTS, string> = {
  authorization: 'missing ownership checks (IDOR)',
  authentication: 'weak authentication or session handling',
  csrf: 'cross-site request forgery',
  'rate-limit': 'missing rate limits',
  'secret-logging': 'secrets or personal data in logs',
  'constant-time': 'secret comparisons that are not constant-time',
  'password-storage': 'weak password storage',
  'password-reset': 'weak password reset tokens',
  archive: 'zip slip and zip bombs',
  'input-validation': 'unvalidated input',
  'mass-assignment': 'mass assignment',
  'resource-limits': 'missing timeouts and size limits',
  'dependency-hygiene': 'unmaintained or vulnerable dependencies',
  'security-headers': 'missing security headers',
};

export function conceptTitle(concept: Concept): string {
  if (concept in CLASSES) {
    const title = CLASSES[concept as RuleClass].title;
    return /^(SQL|OS|XPath|LDAP|JWT|XML|TLS)\b/.test(title) ? title : title[0].toLowerCase() + title.slice(1);
  }
  return PRACTICE_TITLES[concept as keyof typeof PRACTICE_CONCEPTS];
}

/**
 * The second-stage prompt: a review for what the requirements are about, ending with a
 * deterministic scan instead of asking the model to vouch for its own code.
 */
export function followUpFor(requirements: CoachRequirement[]): string {
  if (requirements.length === 0) return '';
  const titles = requirements.map((r) => conceptTitle(r.id)).join('; ');
  return `Now review the code you wrote for these problems: ${titles}. For each one you find, name the line and fix it; return the corrected code, ${FOLLOW_UP_END}`;
}
