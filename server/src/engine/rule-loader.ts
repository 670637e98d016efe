// Parses and validates rule files (YAML). Problems are returned as values with file and line, never
// thrown: one malformed rule is skipped and every other rule still loads.

import { Document, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { isLanguageId, LanguageId } from './languages';
import { CLASSES, Condition, Pattern, Rule, RuleClass, TaintLibrary, TaintRequirement } from './rule-model';
import { CONFIDENCES, Confidence, EngineProblem, SEVERITIES, Severity } from './types';

export interface RuleSource {
  /** Path shown in error messages (relative to the rules folder or workspace). */
  file: string;
  text: string;
  /**
   * The YAML already parsed at build time (built-in rules): its data and the line of every field
   * path. Parsing ~100 YAML files was a third of the server's cold start.
   */
  compiled?: CompiledSource;
}

export interface CompiledSource {
  data: unknown;
  /** `path.join('/')` → one-based line, for every mapping key and sequence item. */
  lines: Record<string, number>;
}

/** Parsed YAML with a way to find the line of a field path. */
interface ParsedSource {
  data: unknown;
  line(path: (string | number)[]): number;
}

export interface LoadedRules {
  rules: Rule[];
  libraries: TaintLibrary[];
  problems: EngineProblem[];
}

const RULE_FIELDS = new Set([
  'id',
  'title',
  'class',
  'languages',
  'severity',
  'confidence',
  'cwe',
  'owasp',
  'pci',
  'soc2',
  'message',
  'requirement',
  'topics',
  'references',
  'match',
  'report',
  'taint',
  'fix',
  'secure-example',
]);
const FIX_FIELDS = new Set(['replace', 'with', 'import', 'title']);
const LIBRARY_FIELDS = new Set(['library', 'languages', 'sources', 'sanitizers']);
const PATTERN_FIELDS = new Set(['query', 'languages', 'where']);
const RULE_ID = /^[a-z]+\/[a-z-]+\/[a-z0-9-]+$/;
const OWASP_2021 = /^A(0[1-9]|10):2021 - .+/;

class InvalidRule extends Error {
  constructor(
    message: string,
    readonly path: (string | number)[],
  ) {
    super(message);
  }
}

/** Reads typed fields from one YAML document, throwing InvalidRule with the field's path. */
class FieldReader {
  constructor(
    private readonly data: Record<string, unknown>,
    private readonly path: (string | number)[] = [],
  ) {}

  private fail(key: string | number, message: string): never {
    throw new InvalidRule(message, [...this.path, key]);
  }
  raw(key: string): unknown {
    return this.data[key];
  }
  has(key: string): boolean {
    return this.data[key] !== undefined && this.data[key] !== null;
  }
  string(key: string, optional = false): string {
    const value = this.data[key];
    if (value === undefined || value === null) {
      if (optional) return '';
      this.fail(key, `missing required field '${key}'`);
    }
    if (typeof value !== 'string' || value.trim() === '') this.fail(key, `'${key}' must be a non-empty string`);
    return value.trim();
  }
  oneOf<T extends string>(key: string, allowed: readonly T[], fallback?: T): T {
    if (!this.has(key) && fallback !== undefined) return fallback;
    const value = this.string(key);
    if (!allowed.includes(value as T)) this.fail(key, `'${key}' must be one of ${allowed.join(', ')} (got '${value}')`);
    return value as T;
  }
  stringList(key: string, optional = false): string[] {
    const value = this.data[key];
    if (value === undefined || value === null) {
      if (optional) return [];
      this.fail(key, `missing required field '${key}'`);
    }
    const list = Array.isArray(value) ? value : [value];
    list.forEach((item, i) => {
      if (typeof item !== 'string' && typeof item !== 'number') this.fail(key, `'${key}[${i}]' must be a string`);
    });
    return list.map(String);
  }
  regex(key: string): RegExp {
    const source = this.string(key);
    // `(?i)` prefix, as in Semgrep and RE2, is accepted and mapped to the JS flag.
    const insensitive = source.startsWith('(?i)');
    try {
      return new RegExp(insensitive ? source.slice(4) : source, insensitive ? 'i' : '');
    } catch (e) {
      this.fail(key, `invalid regular expression: ${(e as Error).message}`);
    }
  }
  child(key: string | number, value: unknown): FieldReader {
    if (!value || typeof value !== 'object' || Array.isArray(value)) this.fail(key, `'${key}' must be a mapping`);
    return new FieldReader(value as Record<string, unknown>, [...this.path, key]);
  }
  /** Readers for the mappings of a list field, each knowing its path for error lines. */
  items(key: string): FieldReader[] {
    return this.list(key).map((item, i) => {
      if (!item || typeof item !== 'object' || Array.isArray(item))
        throw new InvalidRule(`'${key}[${i}]' must be a mapping`, [...this.path, key, i]);
      return new FieldReader(item as Record<string, unknown>, [...this.path, key, i]);
    });
  }
  list(key: string): unknown[] {
    const value = this.data[key];
    if (!Array.isArray(value)) this.fail(key, `'${key}' must be a list`);
    return value;
  }
  rejectUnknown(allowed: Set<string>, what: string): void {
    for (const key of Object.keys(this.data)) {
      if (!allowed.has(key)) this.fail(key, `unknown field '${key}' in ${what}`);
    }
  }
  at(key: string | number): (string | number)[] {
    return [...this.path, key];
  }
}

function languagesOf(reader: FieldReader, key: string, optional = false): LanguageId[] {
  const list = reader.stringList(key, optional);
  for (const lang of list) {
    if (!isLanguageId(lang)) throw new InvalidRule(`unknown language '${lang}'`, reader.at(key));
  }
  return list as LanguageId[];
}

const CONDITION_KEYS = [
  'regex',
  'not-regex',
  'tainted',
  'non-constant',
  'not-defined-in-file',
  'inside',
  'not-inside',
  'scope',
  'any-of',
];

function readCondition(reader: FieldReader): Condition {
  if (reader.has('any-of')) {
    return { kind: 'any-of', conditions: reader.items('any-of').map(readCondition) };
  }
  const detail = reader.has('detail') ? reader.string('detail') : undefined;
  if (reader.has('scope')) {
    const scope = reader.oneOf('scope', ['function', 'file'] as const);
    const negate = reader.has('lacks');
    if (!negate && !reader.has('has'))
      throw new InvalidRule("a 'scope' condition needs 'has' or 'lacks'", reader.at('scope'));
    return { kind: 'scope', scope, regex: reader.regex(negate ? 'lacks' : 'has'), negate, detail };
  }
  const capture = reader.string('capture');
  if (reader.has('regex') || reader.has('not-regex')) {
    const negate = reader.has('not-regex');
    return {
      kind: 'regex',
      capture,
      regex: reader.regex(negate ? 'not-regex' : 'regex'),
      negate,
      resolve: reader.raw('resolve') === true,
      detail,
    };
  }
  if (reader.has('tainted') || reader.has('non-constant')) {
    const requirement: TaintRequirement = reader.has('tainted') ? 'tainted' : 'non-constant';
    return { kind: 'taint', capture, requirement };
  }
  if (reader.has('not-defined-in-file')) return { kind: 'not-defined-in-file', capture };
  if (reader.has('inside') || reader.has('not-inside')) {
    const negate = reader.has('not-inside');
    const spec = reader.child(negate ? 'not-inside' : 'inside', reader.raw(negate ? 'not-inside' : 'inside'));
    return {
      kind: 'inside',
      capture,
      negate,
      types: spec.stringList('type'),
      regex: spec.has('regex') ? spec.regex('regex') : undefined,
      maxDepth: typeof spec.raw('max-depth') === 'number' ? (spec.raw('max-depth') as number) : Infinity,
    };
  }
  throw new InvalidRule(`a condition needs one of: ${CONDITION_KEYS.join(', ')}`, reader.at('capture'));
}

function readPatterns(reader: FieldReader, key: string): Pattern[] {
  return reader.items(key).map((pattern) => {
    pattern.rejectUnknown(PATTERN_FIELDS, 'a pattern');
    const where = pattern.has('where') ? pattern.items('where').map(readCondition) : [];
    return {
      query: pattern.string('query'),
      languages: pattern.has('languages') ? languagesOf(pattern, 'languages') : undefined,
      where,
      line: 0,
    };
  });
}

function readRule(data: Record<string, unknown>, file: string): Rule {
  const r = new FieldReader(data);
  r.rejectUnknown(RULE_FIELDS, 'a rule');
  const id = r.string('id');
  if (!RULE_ID.test(id)) throw new InvalidRule(`rule id '${id}' must look like <language>/<class>/<name>`, ['id']);
  const ruleClass = r.oneOf('class', Object.keys(CLASSES) as RuleClass[]);
  const cwe = r.stringList('cwe').map((c) => Number(String(c).replace(/^CWE-/i, '')));
  if (cwe.some((c) => !Number.isInteger(c) || c <= 0))
    throw new InvalidRule("'cwe' entries must be CWE numbers", ['cwe']);
  const owasp = r.string('owasp');
  if (!OWASP_2021.test(owasp))
    throw new InvalidRule(`'owasp' must be an OWASP Top 10 2021 category like 'A03:2021 - Injection'`, ['owasp']);
  let taint: Rule['taint'];
  if (r.has('taint')) {
    const t = r.child('taint', r.raw('taint'));
    taint = { sources: t.stringList('sources'), sanitizers: t.stringList('sanitizers', true) };
  }
  let fix: Rule['fix'];
  if (typeof r.raw('fix') === 'string') fix = { kind: 'fixer', name: r.string('fix'), line: 0 };
  else if (r.has('fix')) {
    const f = r.child('fix', r.raw('fix'));
    f.rejectUnknown(FIX_FIELDS, 'a fix');
    fix = {
      kind: 'template',
      replace: f.string('replace'),
      with: String(f.raw('with') ?? ''),
      import: f.has('import') ? f.string('import') : undefined,
      title: f.has('title') ? f.string('title') : undefined,
      line: 0,
    };
  }
  const report = r.has('report') ? r.string('report') : 'sink';
  const patterns = readPatterns(r, 'match');
  for (const [i, p] of patterns.entries()) {
    if (!new RegExp(`@${report}\\b`).test(p.query)) {
      throw new InvalidRule(`the query has no @${report} capture to report`, ['match', i, 'query']);
    }
  }
  return {
    id,
    title: r.string('title'),
    class: ruleClass,
    languages: languagesOf(r, 'languages'),
    severity: r.oneOf<Severity>('severity', SEVERITIES),
    confidence: r.oneOf<Confidence>('confidence', CONFIDENCES, 'high'),
    cwe,
    owasp,
    pci: r.stringList('pci', true),
    soc2: r.stringList('soc2', true),
    message: r.string('message'),
    requirement: r.string('requirement'),
    topics: r.stringList('topics', true),
    references: r.stringList('references', true),
    patterns,
    report,
    taint,
    fix,
    secureExample: r.has('secure-example') ? r.string('secure-example') : undefined,
    file,
  };
}

function readLibrary(data: Record<string, unknown>, file: string): TaintLibrary {
  const r = new FieldReader(data);
  r.rejectUnknown(LIBRARY_FIELDS, 'a taint library');
  const named = (key: string): Map<string, Pattern[]> => {
    const out = new Map<string, Pattern[]>();
    if (!r.has(key)) return out;
    const section = r.child(key, r.raw(key));
    for (const name of Object.keys(r.raw(key) as object)) out.set(name, readPatterns(section, name));
    return out;
  };
  return { languages: languagesOf(r, 'languages'), sources: named('sources'), sanitizers: named('sanitizers'), file };
}

function lineOf(doc: Document, counter: LineCounter, path: (string | number)[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node && node.range) return counter.linePos(node.range[0]).line;
    // A missing key: fall back to its parent mapping.
  }
  return 1;
}

function lineIn(lines: Record<string, number>, path: (string | number)[]): number {
  for (let depth = path.length; depth > 0; depth--) {
    const line = lines[path.slice(0, depth).join('/')];
    if (line !== undefined) return line;
  }
  return 1;
}

/** Parses one rule file; a YAML syntax error becomes a problem with its line. */
function parseSource(source: RuleSource): ParsedSource | EngineProblem {
  if (source.compiled) {
    const { data, lines } = source.compiled;
    return { data, line: (path) => lineIn(lines, path) };
  }
  const counter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    return {
      file: source.file,
      line: counter.linePos(err.pos[0]).line,
      message: `YAML syntax error: ${err.message.split('\n')[0]}`,
    };
  }
  return { data: doc.toJS() as unknown, line: (path) => lineOf(doc, counter, path) };
}

/**
 * Build-time form of a rule file (see RuleSource.compiled). Files with YAML errors stay as text so
 * that loading reports them exactly as it would for a custom rule.
 */
export function compileRuleSource(source: RuleSource): RuleSource {
  const counter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) return source;
  const lines: Record<string, number> = {};
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const child = [...path, String(pair.key.value)];
        const at = (pair.value as { range?: [number, number, number] } | null)?.range ?? pair.key.range;
        if (at) lines[child.join('/')] = counter.linePos(at[0]).line;
        walk(pair.value, child);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const at = (item as { range?: [number, number, number] } | null)?.range;
        if (at) lines[[...path, i].join('/')] = counter.linePos(at[0]).line;
        walk(item, [...path, i]);
      });
    }
  };
  walk(doc.contents, []);
  return { file: source.file, text: source.text, compiled: { data: doc.toJS() as unknown, lines } };
}

/** Records the line of each pattern so query errors can point at it. */
function annotatePatternLines(parsed: ParsedSource, base: (string | number)[], patterns: Pattern[]): void {
  patterns.forEach((p, i) => (p.line = parsed.line([...base, i, 'query'])));
}

export function loadRuleSources(sources: RuleSource[]): LoadedRules {
  const out: LoadedRules = { rules: [], libraries: [], problems: [] };
  const seen = new Map<string, string>();
  for (const source of sources) {
    const file = source.file;
    const parsed = parseSource(source);
    if (!('data' in parsed)) {
      out.problems.push(parsed);
      continue;
    }
    const data = parsed.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      out.problems.push({ file, line: 1, message: 'a rule file must be a YAML mapping' });
      continue;
    }
    try {
      if ('library' in (data as object)) {
        const lib = readLibrary(data as Record<string, unknown>, file);
        for (const [name, patterns] of lib.sources) annotatePatternLines(parsed, ['sources', name], patterns);
        for (const [name, patterns] of lib.sanitizers) annotatePatternLines(parsed, ['sanitizers', name], patterns);
        out.libraries.push(lib);
        continue;
      }
      const rule = readRule(data as Record<string, unknown>, file);
      annotatePatternLines(parsed, ['match'], rule.patterns);
      if (rule.fix) rule.fix.line = parsed.line(['fix']);
      if (rule.taint) rule.taint.line = parsed.line(['taint', 'sources']);
      const previous = seen.get(rule.id);
      if (previous) {
        out.problems.push({
          file,
          line: parsed.line(['id']),
          message: `duplicate rule id '${rule.id}' (also in ${previous})`,
        });
        continue;
      }
      seen.set(rule.id, file);
      out.rules.push(rule);
    } catch (e) {
      if (!(e instanceof InvalidRule)) throw e;
      out.problems.push({ file, line: parsed.line(e.path), message: e.message });
    }
  }
  return out;
}
