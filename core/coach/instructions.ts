// Security instructions for AI assistants (.github/copilot-instructions.md, AGENTS.md): detects the
// workspace's languages and frameworks and writes one delimited section of requirements, taken
// from the same Knowledge as prompts and headers. Text outside the section is never touched.

import { LANGUAGE_INFO, LanguageId, languageForPath } from '../protocol/languages';
import { DEFAULT_AI_LABEL } from '../protocol/ai-regions';
import { Knowledge, topicLabel } from './knowledge';
import { VALIDATION_ASK } from './prompt';

export const SECTION_BEGIN = '<!-- warden:instructions begin -->';
export const SECTION_END = '<!-- warden:instructions end -->';

export interface WorkspaceFile {
  /** Workspace-relative path with `/` separators. */
  path: string;
  /** Contents, for manifests (package.json, requirements.txt, go.mod, pom.xml, …). */
  text?: string;
}

export interface Framework {
  name: string;
  language: LanguageId;
  /** Dependency names or manifest patterns that reveal it. */
  pattern: RegExp;
  topics: string[];
}

const FRAMEWORKS: Framework[] = [
  {
    name: 'Express',
    language: 'javascript',
    pattern: /"express"\s*:/,
    topics: ['validation', 'cookies', 'html', 'redirects', 'cors'],
  },
  { name: 'Koa', language: 'javascript', pattern: /"koa"\s*:/, topics: ['validation', 'cookies'] },
  { name: 'Fastify', language: 'javascript', pattern: /"fastify"\s*:/, topics: ['validation'] },
  { name: 'NestJS', language: 'typescript', pattern: /"@nestjs\/core"\s*:/, topics: ['validation', 'authentication'] },
  { name: 'Next.js', language: 'javascript', pattern: /"next"\s*:/, topics: ['validation', 'html', 'redirects'] },
  { name: 'React', language: 'javascript', pattern: /"react"\s*:/, topics: ['html'] },
  { name: 'Multer', language: 'javascript', pattern: /"multer"\s*:/, topics: ['file-upload'] },
  { name: 'jsonwebtoken', language: 'javascript', pattern: /"(jsonwebtoken|jose)"\s*:/, topics: ['jwt'] },
  {
    name: 'SQL client (Node)',
    language: 'javascript',
    pattern: /"(mysql2?|pg|sqlite3|better-sqlite3|sequelize|knex|typeorm|prisma|@prisma\/client)"\s*:/,
    topics: ['sql'],
  },
  {
    name: 'Flask',
    language: 'python',
    pattern: /^\s*flask\b/im,
    topics: ['validation', 'cookies', 'html', 'redirects'],
  },
  { name: 'Django', language: 'python', pattern: /^\s*django\b/im, topics: ['validation', 'cookies', 'html', 'sql'] },
  { name: 'FastAPI', language: 'python', pattern: /^\s*fastapi\b/im, topics: ['validation', 'cors'] },
  { name: 'SQLAlchemy', language: 'python', pattern: /^\s*sqlalchemy\b/im, topics: ['sql'] },
  { name: 'PyYAML', language: 'python', pattern: /^\s*pyyaml\b/im, topics: ['deserialization'] },
  { name: 'Requests', language: 'python', pattern: /^\s*(requests|httpx)\b/im, topics: ['outbound-http'] },
  { name: 'Gin', language: 'go', pattern: /github\.com\/gin-gonic\/gin/, topics: ['validation', 'cookies'] },
  { name: 'Echo', language: 'go', pattern: /github\.com\/labstack\/echo/, topics: ['validation', 'cookies'] },
  { name: 'Fiber', language: 'go', pattern: /github\.com\/gofiber\/fiber/, topics: ['validation', 'cookies'] },
  { name: 'GORM', language: 'go', pattern: /gorm\.io\/gorm/, topics: ['sql'] },
  { name: 'golang-jwt', language: 'go', pattern: /github\.com\/golang-jwt\/jwt/, topics: ['jwt'] },
  {
    name: 'Spring Boot',
    language: 'java',
    pattern: /spring-boot|org\.springframework/,
    topics: ['validation', 'cookies', 'redirects', 'cors'],
  },
  {
    name: 'Spring Security',
    language: 'java',
    pattern: /spring-security|spring-boot-starter-security/,
    topics: ['authentication'],
  },
  {
    name: 'Hibernate / JPA',
    language: 'java',
    pattern: /hibernate|jakarta\.persistence|spring-boot-starter-data-jpa/,
    topics: ['sql'],
  },
  {
    name: 'Stripe',
    language: 'javascript',
    pattern: /"stripe"\s*:|^\s*stripe\b|stripe-go|com\.stripe/im,
    topics: ['payments'],
  },
];

const MANIFEST =
  /(^|\/)(package\.json|requirements[\w.-]*\.txt|pyproject\.toml|Pipfile|setup\.py|go\.mod|pom\.xml|build\.gradle(\.kts)?)$/;

/** Topics every code base gets, whatever its stack: the mistakes assistants make everywhere. */
export const BASE_TOPICS = ['validation', 'sql', 'shell', 'files', 'errors', 'crypto'];

export interface Stack {
  languages: LanguageId[];
  frameworks: string[];
  topics: string[];
}

export function isManifest(path: string): boolean {
  return MANIFEST.test(path);
}

/** Languages (by source file count, most first), frameworks (from manifests) and the topics they imply. */
export function detectStack(files: WorkspaceFile[]): Stack {
  const counts = new Map<LanguageId, number>();
  for (const f of files) {
    const lang = languageForPath(f.path);
    // TSX is TypeScript for the purpose of instructions.
    const id = lang === 'tsx' ? 'typescript' : lang;
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const manifests = files.filter((f) => f.text !== undefined && isManifest(f.path));
  const frameworks = FRAMEWORKS.filter((fw) => manifests.some((m) => fw.pattern.test(m.text!)));
  const languages = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
  const topics = [...new Set([...BASE_TOPICS, ...frameworks.flatMap((f) => f.topics)])];
  return { languages, frameworks: frameworks.map((f) => f.name), topics };
}

const LANGUAGE_NAMES: Record<LanguageId, string> = {
  java: 'Java',
  javascript: 'JavaScript',
  typescript: 'TypeScript',
  tsx: 'TSX',
  python: 'Python',
  go: 'Go',
};

/** The section's markdown, markers included. */
export function instructionsSection(stack: Stack, knowledge: Knowledge, options: { aiLabel?: string } = {}): string {
  const langs = stack.languages.length > 0 ? stack.languages : [undefined];
  const lines = [
    SECTION_BEGIN,
    '## Security requirements for generated code (maintained by Warden)',
    '',
    `Workspace: ${stack.languages.map((l) => LANGUAGE_NAMES[l]).join(', ') || 'no scanned language detected'}` +
      (stack.frameworks.length ? `; frameworks: ${stack.frameworks.join(', ')}.` : '.'),
    'Apply these requirements to every piece of code you write or change in this repository; they are the rules Warden checks.',
    '',
    '### Always',
    `- ${VALIDATION_ASK}`,
    `- Mark code you generate with \`${options.aiLabel || DEFAULT_AI_LABEL} begin\` / \`${options.aiLabel || DEFAULT_AI_LABEL} end\` comments so reviewers know to check it.`,
  ];
  const written = new Set<string>();
  for (const topic of stack.topics) {
    const items: string[] = [];
    for (const lang of langs) {
      for (const req of knowledge.requirementsFor(topic, lang)) {
        if (written.has(req.text)) continue;
        written.add(req.text);
        items.push(`- ${languageNote(req.ruleIds, knowledge, stack.languages)}${req.text}`);
      }
    }
    if (items.length) lines.push('', `### ${topicLabel(topic)}`, ...items);
  }
  lines.push(SECTION_END);
  return lines.join('\n');
}

/** "(Go) " when the requirement comes only from rules for some of the workspace's languages. */
function languageNote(ruleIds: string[], knowledge: Knowledge, workspace: LanguageId[]): string {
  if (ruleIds.length === 0 || workspace.length < 2) return '';
  const langs = new Set(ruleIds.flatMap((id) => knowledge.rule(id)?.languages ?? []));
  const covered = workspace.filter(
    (l) => langs.has(l) || (langs.has('javascript') && (l === 'typescript' || l === 'tsx')),
  );
  if (covered.length === workspace.length || covered.length === 0) return '';
  return `(${covered.map((l) => LANGUAGE_NAMES[l]).join(', ')}) `;
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

export const LANGUAGE_GLOBS = `**/*{${[...new Set(Object.values(LANGUAGE_INFO).flatMap((l) => l.extensions))].join(',')}}`;
