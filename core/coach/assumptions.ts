// Assumption challenge: lists the implicit security assumptions a piece of code makes, each tied to
// its line, with the question a reviewer should ask and the requirement (from the rules) at stake.

import type { RuleClass } from '../protocol/classes';
import type { LanguageId } from '../protocol/languages';
import type { CallFact } from '../protocol/requests';
import { blankStrings, callArguments, isLiteral, subjectOf } from './calls';
import { Knowledge } from './knowledge';
import { topicsForClass } from './topics';

export interface Assumption {
  /** Zero-based line in the document. */
  line: number;
  /** "assumes `filename` never contains `../` or an absolute path" */
  assumption: string;
  question: string;
  /** The label class a wrong assumption leads to, when there is one. */
  class?: RuleClass;
  /** Topic for requirements when no class applies. */
  topic: string;
  /** The requirement at stake (a rule's `requirement`, or the topic table's text). */
  requirement?: string;
}

type Found = Omit<Assumption, 'line' | 'requirement' | 'topic'> & { topic?: string };

interface Detector {
  /** Tried on each line; returns the assumptions found there. */
  find(line: string, context: { lines: string[]; index: number; whole: string; calls?: CallFact[] }): Found[];
}

const code = (s: string): string => `\`${s}\``;

/**
 * Calls of `names` on the line: [argument lists]. From the parser's calls when the caller has them
 * (arguments complete even when a call spans lines), else read from the line's text.
 */
function callsOf(line: string, names: RegExp, calls?: CallFact[]): string[][] {
  if (calls) {
    const callee = new RegExp(`(?:${names.source})\\s*$`);
    return calls.filter((c) => callee.test(c.callee)).map((c) => c.args);
  }
  const out: string[][] = [];
  const re = new RegExp(`(?:${names.source})\\s*\\(`, 'g');
  for (const m of line.matchAll(re)) out.push(callArguments(line, m.index! + m[0].length - 1));
  return out;
}

const FS_CALLS =
  /\bos\.path\.join|\bopen|\bsend_file|\.save|\breadFileSync|\breadFile|\bwriteFileSync|\bwriteFile|\bcreateReadStream|\bsendFile|\bos\.(?:Open|OpenFile|ReadFile|WriteFile|Create|Remove)|\bfilepath\.Join|\bPaths\.get|\bnew\s+File(?:InputStream|OutputStream)?|\bpath\.(?:join|resolve)/;
const CMD_CALLS =
  /\bexec\.Command(?:Context)?|\b\w*(?:[Ee]xec|[Rr]un|[Ss]pawn)\w*(?:Command|Cmd|Shell|Script)\w*|\bos\.system|\bsubprocess\.\w+|\bexecSync|\bexecFile|\bspawn|\bRuntime\.getRuntime\(\)\.exec|\bnew\s+ProcessBuilder|\bpopen|\bchild_process\.\w+/;
const SQL_TEXT = /(["'`])[^"'`]*\b(select\s|insert\s+into|update\s+\w+\s+set|delete\s+from|where\s)[^"'`]*/i;
const REQUEST_FIELD =
  /\b(request\.(?:files|form|args|json|values|cookies|headers)|req\.(?:body|query|params|cookies|headers)|data|body|params|payload)\s*(?:\[\s*(["'])([^"']+)\2\s*\]|\.(\w+))/g;
const GO_ASSERTION = /([\w.]+(?:\[[^\]]+\])*)\.\(\s*([\w.*[\]{}]+)\s*\)/g;
const ERROR_OUT =
  /\b(Fprintf|Fprintln|Fprint|Write|WriteString|http\.Error|send|json|jsonify|status|JSON|String|end|write|print|getWriter\(\)\.print\w*)\s*\(.*\b(err|e|ex|exc|error|exception)\b(\.(Error|message|getMessage|toString|stack)\(?\)?)?/;
const AUTH_WORDS =
  /auth|login|session|current_user|currentUser|isAuthenticated|permission|role|token|principal|@login_required|requireUser|getUser/i;
const HANDLER =
  /@app\.(route|get|post|put|delete)|http\.ResponseWriter|\(\s*req\s*,\s*res\b|@(Get|Post|Put|Delete|Request)Mapping|HttpServletRequest|@router\.|def \w+\(request\b/;

const DETECTORS: Detector[] = [
  {
    // File-system paths from variables: the classic traversal assumption.
    find(line, { calls }) {
      const out: Found[] = [];
      for (const args of callsOf(line, FS_CALLS, calls)) {
        for (const a of args.filter(
          (x) => !isLiteral(x) && /^[\w.[\]'"()]+$/.test(x) && !/^(os\.path|path)\./.test(x),
        )) {
          const s = subjectOf(a);
          out.push({
            class: 'path-traversal',
            assumption: `assumes ${code(s)} never contains \`../\` or an absolute path`,
            question: `What stops ${code(s)} from being \`../../etc/passwd\`, and is the resolved path checked to stay inside the base folder?`,
          });
        }
      }
      return out;
    },
  },
  {
    find(line) {
      if (!/\.save\s*\(|\brequest\.files\b|\bFormFile\s*\(|\bmulter\s*\(|\bMultipartFile\b|\bgetPart\s*\(/.test(line))
        return [];
      return [
        {
          class: 'file-upload',
          assumption: 'assumes uploaded files are small and of a harmless type',
          question:
            'Where are the upload size limit and the extension / content-type allow-list enforced? Can an uploaded script or executable be served or run later?',
        },
      ];
    },
  },
  {
    // Values concatenated or interpolated into SQL text, including the continuation lines of one statement.
    find(line, { lines, index, calls }) {
      const continues = index > 0 && SQL_TEXT.test(lines[index - 1]) && /\+\s*$/.test(lines[index - 1].trim());
      if (!SQL_TEXT.test(line) && !continues) return [];
      const subjects = new Set<string>();
      const blank = blankStrings(line);
      for (const m of blank.matchAll(/\+\s*([A-Za-z_][\w.]*(?:\(\))?)|([A-Za-z_][\w.]*(?:\(\))?)\s*\+/g))
        subjects.add(m[1] ?? m[2]);
      for (const m of line.matchAll(/\$\{\s*([\w.]+)\s*\}|\{([A-Za-z_][\w.]*)\}/g)) subjects.add(m[1] ?? m[2]);
      if (/%[sd]|\.format\(|Sprintf/.test(line))
        for (const a of callsOf(line, /Sprintf|format/, calls)
          .flat()
          .filter((x) => !isLiteral(x)))
          subjects.add(subjectOf(a));
      const out: Found[] = [...subjects]
        .filter((s) => !/^(query|sql|stmt|statement)$/i.test(s))
        .map((s) => ({
          class: 'sqli' as const,
          assumption: `assumes ${code(s)} never contains SQL metacharacters such as \`'\` or \`--\``,
          question: `What happens if ${code(s)} is \`' OR '1'='1\`? Why is this not a parameterized query?`,
        }));
      if (
        /passw(or)?d\s*=\s*'?\s*["'`]?\s*\+|passw(or)?d\s*=\s*'?\$\{|passw(or)?d\s*=\s*'?\{/i.test(line) &&
        subjects.size > 0
      ) {
        out.push({
          class: 'weak-crypto',
          topic: 'authentication',
          assumption: 'assumes passwords are stored and compared in plaintext',
          question:
            'Are passwords stored as salted, slow hashes? Comparing the password inside SQL means they are stored in plaintext.',
        });
      }
      return out;
    },
  },
  {
    find(line, { calls }) {
      const out: Found[] = [];
      for (const args of callsOf(line, CMD_CALLS, calls)) {
        const dynamic = args.filter((a) => !isLiteral(a));
        if (dynamic.length === 0) continue;
        const s = subjectOf(dynamic[0]);
        out.push({
          class: 'cmdi',
          assumption: `assumes ${code(s)} only ever names a safe, expected command`,
          question: `Can a client choose what runs here? What if ${code(s)} is \`rm -rf /\` or contains \`; curl …\`?`,
        });
      }
      return out;
    },
  },
  {
    find(line) {
      const out: Found[] = [];
      if (/^\s*[\w.]+\s*,\s*[\w.]+\s*:?=/.test(line)) return out; // comma-ok form
      for (const m of line.matchAll(GO_ASSERTION)) {
        if (m[2] === 'type') continue; // type switch
        out.push({
          class: 'type-assertion',
          assumption: `assumes ${code(m[1])} is always present and a \`${m[2]}\``,
          question: `What happens when ${code(m[1])} is missing or has another type: does the handler panic instead of answering 400?`,
        });
      }
      return out;
    },
  },
  {
    find(line) {
      const out: Found[] = [];
      if (/^\s*[\w.]+\s*,\s*(ok|found|exists)\s*:?=/.test(line)) return out; // presence checked by comma-ok
      for (const m of line.matchAll(REQUEST_FIELD)) {
        const field = m[3] ?? m[4];
        if (!field || /^(get|set|length|map|filter|toString)$/.test(field)) continue;
        out.push({
          topic: 'validation',
          assumption: `assumes the request always contains ${code(field)}`,
          question: `What does the code do when ${code(field)} is missing, empty, too long or of an unexpected type?`,
        });
      }
      return out;
    },
  },
  {
    find(line) {
      if (
        !/json\.NewDecoder|JSON\.parse\s*\(|json\.loads?\s*\(|get_json\s*\(|readValue\s*\(|\bjson\.Unmarshal/.test(line)
      )
        return [];
      return [
        {
          topic: 'validation',
          assumption: 'assumes the body is well-formed JSON of the expected shape and a reasonable size',
          question: 'Is the body size limited and its shape validated (required fields, types, lengths) before use?',
        },
      ];
    },
  },
  {
    find(line) {
      const m = ERROR_OUT.exec(line);
      if (!m || /\blog(ger)?\.|console\.|logging\./.test(line)) return [];
      return [
        {
          class: 'info-leak',
          assumption: `assumes the text of ${code(m[2])} contains nothing sensitive`,
          question: `Could ${code(m[2])} reveal file paths, SQL, host names or library versions to the client? Log it server-side and answer with a generic message instead.`,
        },
      ];
    },
  },
  {
    find(line) {
      if (!/document\.cookie\s*=|\.set_cookie\s*\(|res\.cookie\s*\(|http\.SetCookie|new Cookie\s*\(/.test(line))
        return [];
      return [
        {
          class: 'insecure-cookie',
          assumption: 'assumes the cookie holds nothing sensitive and travels only over HTTPS to this site',
          question:
            'Are Secure, SameSite and an expiry set (and HttpOnly, from the server)? Could a script injected into the page read this cookie?',
        },
      ];
    },
  },
  {
    find(line, { calls }) {
      const out: Found[] = [];
      for (const args of callsOf(
        line,
        /\brequests\.(?:get|post|put)|\bfetch|\baxios(?:\.\w+)?|\bhttp\.(?:Get|Post)|\burlopen|\bgetForObject|\bnew\s+URL/,
        calls,
      )) {
        if (args[0] && !isLiteral(args[0])) {
          const s = subjectOf(args[0]);
          out.push({
            class: 'ssrf',
            assumption: `assumes ${code(s)} points to a trusted host`,
            question: `Can a client make the server fetch ${code(s)} = \`http://169.254.169.254/\` or an internal service?`,
          });
        }
      }
      for (const args of callsOf(line, /\bredirect|\bsendRedirect|\bhttp\.Redirect|\bres\.redirect/, calls)) {
        const target = args.find(
          (a) => !isLiteral(a) && !/^(w|r|res|req)$/.test(a) && !/^http\.Status/.test(a) && !/^\d+$/.test(a),
        );
        if (target) {
          const s = subjectOf(target);
          out.push({
            class: 'open-redirect',
            assumption: `assumes ${code(s)} is a local path`,
            question: `What if ${code(s)} is \`https://evil.example/\`? Is the target checked against an allow-list?`,
          });
        }
      }
      const html =
        /\.(innerHTML|outerHTML)\s*=\s*(.+)|dangerouslySetInnerHTML|\|\s*safe\b|Markup\s*\(|template\.HTML\s*\(/.exec(
          line,
        );
      if (html && !(html[2] && isLiteral(html[2].replace(/;\s*$/, '')))) {
        out.push({
          class: 'xss',
          assumption: 'assumes the inserted value contains no HTML or script',
          question: 'What if the value is `<img src=x onerror=alert(1)>`? Is it escaped or sanitized first?',
        });
      }
      if (/pickle\.loads?\s*\(|yaml\.load\s*\(|ObjectInputStream|unserialize\s*\(|marshal\.loads?\s*\(/.test(line)) {
        out.push({
          class: 'deserialization',
          assumption: 'assumes the serialized data comes from a trusted party',
          question:
            'Could an attacker supply this data? Native deserializers run code chosen by whoever wrote the bytes.',
        });
      }
      if (
        /Math\.random\s*\(|\brandom\.(random|randint|choice)\s*\(|\brand\.(Intn|Int)\s*\(|new Random\s*\(/.test(line)
      ) {
        out.push({
          class: 'weak-random',
          assumption: 'assumes this random value cannot be predicted',
          question: 'Is this value used for a token, id or password? A non-cryptographic generator can be predicted.',
        });
      }
      return out;
    },
  },
];

/** A handler that never mentions authentication assumes every caller may use it. */
function handlerAssumption(lines: string[]): (Found & { index: number }) | undefined {
  const index = lines.findIndex((l) => HANDLER.test(l));
  if (index < 0 || lines.some((l) => AUTH_WORDS.test(blankStrings(l)) || /login_required|authenticated/.test(l)))
    return undefined;
  return {
    index,
    topic: 'authentication',
    assumption: 'assumes every caller is allowed to use this endpoint',
    question: 'Who may call this? Where are authentication, authorization and rate limiting enforced?',
  };
}

export interface AssumptionOptions {
  /** Line of the first line of `text` in the document. */
  startLine?: number;
  language?: LanguageId;
  /** The parser's calls in the document (document lines); without them calls are read from the text. */
  calls?: CallFact[];
}

export function findAssumptions(text: string, knowledge: Knowledge, options: AssumptionOptions = {}): Assumption[] {
  const lines = text.split(/\r\n|\r|\n/);
  const start = options.startLine ?? 0;
  const out: Assumption[] = [];
  const seen = new Set<string>();
  const push = (index: number, f: Found): void => {
    const key = `${index}|${f.assumption}`;
    if (seen.has(key)) return;
    seen.add(key);
    const topic = f.topic ?? (f.class ? topicsForClass(f.class)[0]?.id : undefined) ?? 'validation';
    out.push({
      ...f,
      line: start + index,
      topic,
      requirement: requirementFor(knowledge, f.class, topic, options.language),
    });
  };
  const handler = handlerAssumption(lines);
  if (handler) push(handler.index, handler);
  lines.forEach((line, index) => {
    if (/^\s*(\/\/|#|\*|\/\*|--)/.test(line)) return; // comments state no assumptions
    const calls = options.calls?.filter((c) => c.line === start + index);
    for (const d of DETECTORS) for (const f of d.find(line, { lines, index, whole: text, calls })) push(index, f);
  });
  return out.sort((a, b) => a.line - b.line);
}

/** The rule requirement for the class (language preferred), else the topic's first requirement. */
function requirementFor(
  knowledge: Knowledge,
  cls: RuleClass | undefined,
  topic: string,
  language?: LanguageId,
): string | undefined {
  const reqs = knowledge.requirementsFor(topic, language);
  if (cls) {
    const byClass = reqs.find((r) => r.ruleIds.some((id) => knowledge.rule(id)?.class === cls));
    if (byClass) return byClass.text;
  }
  return reqs[0]?.text;
}

/** Plain-text rendering for the side document. */
export function renderAssumptions(items: Assumption[], fileLabel: string): string {
  if (items.length === 0)
    return `# Assumptions in ${fileLabel}\n\nNo implicit security assumptions found by Warden's heuristics. Still ask: who calls this, with what data?\n`;
  const out = [`# Assumptions in ${fileLabel}`, '', 'Challenge each one before approving the code.', ''];
  for (const a of items) {
    out.push(`- Line ${a.line + 1}: ${a.assumption}`, `  Ask: ${a.question}`);
    if (a.requirement) out.push(`  Requirement: ${a.requirement}`);
  }
  return out.join('\n') + '\n';
}
