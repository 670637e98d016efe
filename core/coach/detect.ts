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

// Case-insensitive: "golang", "node" and "express" are written in any case in prose. "Go" alone is
// an English verb, so it counts only in phrases like "in Go" or "a Go handler".
const LANGUAGE_HINTS: Array<{ id: LanguageId; pattern: RegExp }> = [
  {
    id: 'python',
    pattern:
      /\b(python\d?|py|flask|django|fastapi|pydantic|sqlalchemy|pandas|numpy|celery|pytest|pip|jinja2?|werkzeug|pyramid|tornado|aiohttp|boto3|pyyaml|starlette|asyncio)\b/gi,
  },
  {
    id: 'go',
    pattern:
      /\b(golang|gin|gorilla\/mux|net\/http|goroutines?|go\.mod|gorm|labstack\/echo|gofiber|chi router)\b|\b(in|with|using|for) go\b|\bgo (handlers?|func(tions?)?|programs?|services?|servers?|code|endpoints?|apis?|http|modules?|apps?|cli|structs?|packages?|tests?|routines?|microservices?|backends?|web ?servers?|scripts?|library|workers?|daemons?|jobs?|consumers?|binar(y|ies)|tools?|grpc|lambdas?|functions?)\b/gi,
  },
  {
    id: 'java',
    pattern:
      /\b(java|spring( boot)?|jdbc|servlets?|jakarta|hibernate|jpa|quarkus|micronaut|jax-rs|maven|gradle|junit)\b/gi,
  },
  { id: 'typescript', pattern: /\b(typescript|ts|nestjs|nest\.js|deno|angular|tsx)\b/gi },
  {
    id: 'javascript',
    pattern:
      /\b(javascript|js|node\.?js|express(\.js)?|react|vue(\.js)?|next\.?js|nuxt|svelte|jquery|koa|fastify|hapi|npm|jest|mongoose|electron|jsx)\b|(?<!\b(tree|graph|list|dom|child|parent|leaf|root|linked) )\bnode\b(?!s\b)/gi,
  },
];

/**
 * The language a prose prompt names (the most-mentioned one), if any. TypeScript wins over
 * JavaScript when both are named: a NestJS service on Express is TypeScript.
 */
export function detectLanguage(text: string): LanguageId | undefined {
  const counts = new Map<LanguageId, number>();
  for (const hint of LANGUAGE_HINTS) {
    const count = (text.match(hint.pattern) ?? []).length;
    if (count > 0) counts.set(hint.id, count);
  }
  if (counts.has('typescript') && counts.has('javascript')) {
    counts.set('typescript', counts.get('typescript')! + counts.get('javascript')!);
    counts.delete('javascript');
  }
  let best: { id: LanguageId; count: number } | undefined;
  for (const [id, count] of counts) if (!best || count > best.count) best = { id, count };
  return best?.id;
}

const JS_FAMILY: readonly LanguageId[] = ['javascript', 'typescript', 'tsx'];

/**
 * The language to coach for: the one the prompt names, else the context's (the active editor's,
 * else the workspace's main language). A JavaScript hint typed in a TypeScript editor keeps the
 * editor's ("a React page" typed in a .tsx file is TSX).
 */
export function resolveLanguage(
  text: string,
  context: { editor?: LanguageId; workspace?: LanguageId } = {},
): LanguageId | undefined {
  const named = detectLanguage(text);
  if (named === 'javascript' && context.editor && JS_FAMILY.includes(context.editor)) return context.editor;
  return named ?? context.editor ?? context.workspace;
}

/**
 * A workspace's main language from the names of the files at its root (its manifests): cheap,
 * deterministic, and no walk of the tree. Undefined when no manifest says.
 */
export function mainLanguageFromRoot(names: readonly string[]): LanguageId | undefined {
  const has = (n: string): boolean => names.includes(n);
  if (has('go.mod')) return 'go';
  if (has('pom.xml') || has('build.gradle') || has('build.gradle.kts')) return 'java';
  if (['pyproject.toml', 'requirements.txt', 'setup.py', 'Pipfile'].some(has)) return 'python';
  if (has('package.json')) return has('tsconfig.json') ? 'typescript' : 'javascript';
  return undefined;
}
