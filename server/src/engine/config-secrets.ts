// Secrets in configuration files (`.env`, YAML, JSON, `.properties`, TOML, shell, Dockerfile,
// docker-compose), read line by line outside tree-sitter (issue 22, policy.md "Secrets"): a
// provider-format token anywhere (the catalogue, multi-line key blocks included), and a value under
// a secret-like name (`KEY=value`, `key: value`, `"key": "value"`, `export KEY=…`, `ENV KEY …`)
// that looks like a secret by the same value-shape rules as code. No quick-fix in config files.

import { secretShape } from '../../../core/secrets/value-shape';
import { configCommentOf } from '../../../core/secrets/config-files';
import type { ProviderCatalogue } from './provider-catalogue';
import { applySuppressions } from './suppressions';
import type { Finding, Range } from './types';

export const CONFIG_PROVIDER_RULE = 'config/hardcoded-secret/known-key-format';
export const CONFIG_NAMED_RULE = 'config/hardcoded-secret/named-secret';

const ROTATE =
  'Anyone with the repository, its history or an image built from it holds the credential: rotate the key now (revoke it and issue a new one), then supply it at run time from the environment, a secret manager or an untracked file (`.env` listed in .gitignore, Docker/Kubernetes secrets).';

/** A name whose value is a credential (the last segment of `spring.datasource.password`). */
const SECRET_NAME =
  /(?:passw(?:or)?d|passwd|pwd|secret|api[_-]?key|apikey|access[_-]?key|private[_-]?key|auth[_-]?token|access[_-]?token|refresh[_-]?token|bearer[_-]?token|api[_-]?token|secret[_-]?token|client[_-]?secret|signing[_-]?key|encryption[_-]?key|master[_-]?key|jwt[_-]?key|credentials?|token|secret[_-]?key)$/i;
/** Names of things about secrets, not secrets (policy.md): cacheKey, primaryKey, tokenType, passwordField. */
const NOT_SECRET_NAME =
  /(?:cache|primary|sort|partition|foreign|public|idempotency|i18n|translation)[_-]?key$|(?:^|[_.-])(?:csrf|xsrf)[_-]?token$|^(?:next|page|continuation|pagination)[_-]?token$/i;

/** `export KEY=value`, `- KEY=value` (compose lists), `KEY: value`, `"key": "value"`, `key = "value"`. */
const ASSIGNMENT = /^\s*(?:export\s+|-\s+)?(["']?)([A-Za-z_][\w.-]*)\1\s*(?:=|:(?!\/\/))\s*(.*?)\s*,?\s*$/;
/** Dockerfile `ENV KEY=value`, `ENV KEY value`, `ARG KEY=value`. */
const DOCKER_ENV = /^\s*(?:ENV|ARG)\s+([A-Za-z_]\w*)(?:\s*=\s*|\s+)(.+?)\s*$/;

/** The value as written, unquoted, without a trailing comment; undefined when it is not a plain value. */
function plainValue(raw: string): string | undefined {
  const quoted = /^(["'])(.*)\1$/.exec(raw) ?? /^(["'])(.*?)\1\s*(?:#.*)?$/.exec(raw);
  if (quoted) return quoted[2];
  if (/^[|>[{&*!]/.test(raw)) return undefined; // block scalars, lists, maps, anchors, tags
  const value = raw.replace(/\s+#.*$/, '');
  return value === '' ? undefined : value;
}

/** A reference to a value kept elsewhere: `$VAR`, `${VAR}`, `$(cmd)`, `%(x)s`, `ENC(…)`, `vault:…`. */
function isReference(value: string): boolean {
  return /^\$|^%|^ENC\(|^(?:vault|secret|ssm|awssm|env|file|ref):/i.test(value);
}

function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

function finding(ruleId: string, range: Range, detail: string, secretFormat?: string): Finding {
  return {
    ruleId,
    class: 'hardcoded-secret',
    severity: 'error',
    confidence: secretFormat ? 'high' : 'medium',
    message: `A credential is written into a configuration file. ${ROTATE}`,
    range,
    detail,
    ...(secretFormat ? { secretFormat } : {}),
  };
}

/** The secret-like name of a line's assignment and its value, if the line is one. */
function assignmentOf(text: string): { name: string; value: string; at: number } | undefined {
  const docker = DOCKER_ENV.exec(text);
  const m = docker
    ? { name: docker[1], raw: docker[2] }
    : (() => {
        const a = ASSIGNMENT.exec(text);
        return a ? { name: a[2], raw: a[3] } : undefined;
      })();
  if (!m) return undefined;
  const value = plainValue(m.raw);
  if (value === undefined) return undefined;
  return { name: m.name, value, at: Math.max(0, text.indexOf(value)) };
}

/** Findings of a config file's text (its name picks the comment syntax for suppressions). */
export function scanConfigText(file: string, text: string, providers: ProviderCatalogue): Finding[] {
  const lines = text.split(/\r\n|\r|\n/);
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const lineAt = (index: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const comment = configCommentOf(file);
  const isComment = (line: string): boolean => comment !== undefined && line.trimStart().startsWith(comment);
  const byLine = new Map<number, Finding>();
  for (const hit of providers.findAll(text)) {
    let line = lineAt(hit.index);
    let start = hit.index - starts[line];
    let end = Math.min(lines[line].length, start + hit.text.length);
    // A key block in a YAML block scalar (`key: |`) is reported on its key's line.
    if (line > 0 && /:\s*[|>][-+]?\s*$/.test(lines[line - 1])) {
      line -= 1;
      start = lines[line].search(/\S/);
      end = lines[line].length;
    }
    if (byLine.has(line) || isComment(lines[line])) continue;
    const format = `${hit.format.provider} ${hit.format.name}`;
    byLine.set(
      line,
      finding(
        CONFIG_PROVIDER_RULE,
        lineRange(line, start, end),
        `a ${format}`,
        hit.format.inTests ? format : undefined,
      ),
    );
  }
  lines.forEach((text, line) => {
    if (byLine.has(line) || isComment(text) || text.length > 2000) return;
    const assignment = assignmentOf(text);
    if (!assignment) return;
    const name = assignment.name.split('.').pop()!;
    if (!SECRET_NAME.test(name) || NOT_SECRET_NAME.test(name) || isReference(assignment.value)) return;
    if (!secretShape(assignment.value).secret) return;
    const range = lineRange(line, assignment.at, assignment.at + assignment.value.length);
    byLine.set(line, finding(CONFIG_NAMED_RULE, range, `a value under the secret-like name ${assignment.name}`));
  });
  const findings = [...byLine.values()].sort((a, b) => a.range.start.line - b.range.start.line);
  return comment ? applySuppressions(findings, text, comment) : findings;
}
