// The workspace's stack for assistant instructions: its languages (by source file count) and the
// frameworks its manifests name, each framework adding the concepts its code is prone to.

import { LANGUAGE_INFO, LanguageId, languageForPath } from '../protocol/languages';
import type { Concept } from './concepts';

export interface WorkspaceFile {
  /** Workspace-relative path with `/` separators. */
  path: string;
  /** Contents, for manifests (package.json, requirements.txt, go.mod, pom.xml, …). */
  text?: string;
}

export interface Framework {
  name: string;
  /** The language whose instructions gain the concepts; every language when absent. */
  language?: LanguageId;
  /** Dependency names or manifest patterns that reveal it. */
  pattern: RegExp;
  concepts: Concept[];
}

const FRAMEWORKS: Framework[] = [
  {
    name: 'Express',
    language: 'javascript',
    pattern: /"express"\s*:/,
    concepts: ['csrf', 'insecure-cookie', 'xss', 'open-redirect', 'cors', 'security-headers'],
  },
  { name: 'Koa', language: 'javascript', pattern: /"koa"\s*:/, concepts: ['csrf', 'insecure-cookie'] },
  { name: 'Fastify', language: 'javascript', pattern: /"fastify"\s*:/, concepts: ['input-validation'] },
  { name: 'NestJS', language: 'typescript', pattern: /"@nestjs\/core"\s*:/, concepts: ['jwt', 'cors'] },
  { name: 'Next.js', language: 'javascript', pattern: /"next"\s*:/, concepts: ['xss', 'open-redirect', 'csrf'] },
  { name: 'React', language: 'javascript', pattern: /"react"\s*:/, concepts: ['xss'] },
  { name: 'Multer', language: 'javascript', pattern: /"multer"\s*:/, concepts: ['file-upload'] },
  { name: 'jsonwebtoken', language: 'javascript', pattern: /"(jsonwebtoken|jose)"\s*:/, concepts: ['jwt'] },
  {
    name: 'SQL client (Node)',
    language: 'javascript',
    pattern: /"(mysql2?|pg|sqlite3|better-sqlite3|sequelize|knex|typeorm|prisma|@prisma\/client)"\s*:/,
    concepts: ['sqli'],
  },
  {
    name: 'Flask',
    language: 'python',
    pattern: /^\s*flask\b/im,
    concepts: ['csrf', 'insecure-cookie', 'xss', 'open-redirect'],
  },
  {
    name: 'Django',
    language: 'python',
    pattern: /^\s*django\b/im,
    concepts: ['csrf', 'insecure-cookie', 'xss', 'sqli'],
  },
  { name: 'FastAPI', language: 'python', pattern: /^\s*fastapi\b/im, concepts: ['cors'] },
  { name: 'SQLAlchemy', language: 'python', pattern: /^\s*sqlalchemy\b/im, concepts: ['sqli'] },
  { name: 'PyYAML', language: 'python', pattern: /^\s*pyyaml\b/im, concepts: ['deserialization'] },
  { name: 'Requests', language: 'python', pattern: /^\s*(requests|httpx)\b/im, concepts: ['ssrf', 'tls-verify'] },
  { name: 'Gin', language: 'go', pattern: /github\.com\/gin-gonic\/gin/, concepts: ['csrf', 'insecure-cookie'] },
  { name: 'Echo', language: 'go', pattern: /github\.com\/labstack\/echo/, concepts: ['csrf', 'insecure-cookie'] },
  { name: 'Fiber', language: 'go', pattern: /github\.com\/gofiber\/fiber/, concepts: ['csrf', 'insecure-cookie'] },
  { name: 'GORM', language: 'go', pattern: /gorm\.io\/gorm/, concepts: ['sqli'] },
  { name: 'golang-jwt', language: 'go', pattern: /github\.com\/golang-jwt\/jwt/, concepts: ['jwt'] },
  {
    name: 'Spring Boot',
    language: 'java',
    pattern: /spring-boot|org\.springframework/,
    concepts: ['csrf', 'insecure-cookie', 'open-redirect', 'cors'],
  },
  {
    name: 'Spring Security',
    language: 'java',
    pattern: /spring-security|spring-boot-starter-security/,
    concepts: ['password-storage'],
  },
  {
    name: 'Hibernate / JPA',
    language: 'java',
    pattern: /hibernate|jakarta\.persistence|spring-boot-starter-data-jpa/,
    concepts: ['sqli'],
  },
  {
    name: 'Stripe',
    pattern: /"stripe"\s*:|^\s*stripe\b|stripe-go|com\.stripe/im,
    concepts: ['hardcoded-secret'],
  },
];

const MANIFEST =
  /(^|\/)(package\.json|requirements[\w.-]*\.txt|pyproject\.toml|Pipfile|setup\.py|go\.mod|pom\.xml|build\.gradle(\.kts)?)$/;

/** Topics every code base gets, whatever its stack: the mistakes assistants make everywhere. */
export interface Stack {
  /** TSX counts as TypeScript; most source files first. */
  languages: LanguageId[];
  frameworks: string[];
  /** Concepts the frameworks add, per language. */
  concepts: Partial<Record<LanguageId, Concept[]>>;
}

export function isManifest(path: string): boolean {
  return MANIFEST.test(path);
}

/** Languages (by source file count, most first), frameworks (from manifests) and what they add. */
export function detectStack(files: WorkspaceFile[]): Stack {
  const counts = new Map<LanguageId, number>();
  for (const f of files) {
    const lang = languageForPath(f.path);
    const id = lang === 'tsx' ? 'typescript' : lang;
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const manifests = files.filter((f) => f.text !== undefined && isManifest(f.path));
  const found = FRAMEWORKS.filter((fw) => manifests.some((m) => fw.pattern.test(m.text!)));
  const languages = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
  const concepts: Stack['concepts'] = {};
  const family = (l: LanguageId): LanguageId => (l === 'typescript' || l === 'tsx' ? 'javascript' : l);
  for (const language of languages) {
    const mine = found.filter((fw) => !fw.language || family(fw.language) === family(language));
    concepts[language] = [...new Set(mine.flatMap((fw) => fw.concepts))];
  }
  return { languages, frameworks: found.map((f) => f.name), concepts };
}

export const LANGUAGE_GLOBS = `**/*{${[...new Set(Object.values(LANGUAGE_INFO).flatMap((l) => l.extensions))].join(',')}}`;
