// Validates rule files (YAML) into rules and taint libraries. Problems are returned as values with
// file and line, never thrown: one malformed rule is skipped and every other rule still loads.

import { CLASSES, Condition, Pattern, Rule, RuleClass, TaintLibrary, TaintRequirement } from './rule-model';
import { CONFIDENCES, Confidence, EngineProblem, SEVERITIES, Severity } from './types';
import { FieldReader, InvalidRule, languagesOf } from './field-reader';
import { RuleRegexError, TextPattern, unsafeQueryPredicate } from './rule-regex';
import { compileTemplate, placeholdersOf } from './capture-template';
import { ParsedSource, parseSource, RuleSource } from './rule-yaml';
import { readProviderCatalogue } from './provider-loader';
import type { ProviderFormat } from './provider-catalogue';

export { compileRuleSource } from './rule-yaml';
export type { CompiledSource, RuleSource } from './rule-yaml';

export interface LoadedRules {
  rules: Rule[];
  libraries: TaintLibrary[];
  /** The provider-token catalogue's formats (rules/secrets/providers.yaml, and trusted extras). */
  providers: ProviderFormat[];
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
  'object',
]);
const OBJECT_FIELDS = new Set(['safe-when', 'takes-effect', 'passed-to']);
const FIX_FIELDS = new Set(['replace', 'with', 'import', 'title']);
const LIBRARY_FIELDS = new Set(['library', 'languages', 'sources', 'sanitizers']);
const PATTERN_FIELDS = new Set(['query', 'languages', 'where']);
/**
 * Bounds on what one rule file may ask the engine to compile (each pattern is a tree-sitter query,
 * each condition may be an RE2 program); the built-in rules use at most 7 patterns, 10 conditions
 * and 8 taint names.
 */
export const RULE_LIMITS = { patterns: 100, conditions: 100, taintNames: 200 } as const;
const RULE_ID = /^[a-z]+\/[a-z-]+\/[a-z0-9-]+$/;
const OWASP_2021 = /^A(0[1-9]|10):2021 - .+/;

const CONDITION_KEYS = [
  'regex',
  'not-regex',
  'tainted',
  'non-constant',
  'not-defined-in-file',
  'secret-value',
  'provider-token',
  'inside',
  'not-inside',
  'scope',
  'any-of',
];

/** The mappings of a list field, refused past `limit` entries before any is read. */
function boundedItems(reader: FieldReader, key: string, limit: number, what: string): FieldReader[] {
  const count = reader.list(key).length;
  if (count > limit) throw new InvalidRule(`'${key}' has ${count} ${what}, over the limit of ${limit}`, reader.at(key));
  return reader.items(key);
}

/** A regex field, with its template when it names captures (`{{value}}`). */
function templateOr(reader: FieldReader, key: string): { regex: TextPattern; template?: string } {
  const written = reader.string(key);
  if (placeholdersOf(written).length === 0) return { regex: reader.regex(key) };
  try {
    return { regex: compileTemplate(written, reader.eagerRegex), template: written };
  } catch (e) {
    if (!(e instanceof RuleRegexError)) throw e;
    throw new InvalidRule(e.message, reader.at(key));
  }
}

/** Every `{{name}}` of a pattern's conditions must be a capture of its query. */
function unknownPlaceholder(where: Condition[], query: string): string | undefined {
  for (const cond of where) {
    const inner = cond.kind === 'any-of' ? unknownPlaceholder(cond.conditions, query) : undefined;
    if (inner) return inner;
    const template = cond.kind === 'inside' || cond.kind === 'scope' ? cond.template : undefined;
    for (const name of placeholdersOf(template ?? ''))
      if (!new RegExp(`@${name}\\b`).test(query)) return `'{{${name}}}' names no capture of the query`;
  }
  return undefined;
}

/** `resolve: true` reads the values of a capture's names and theirs; `once` their values only. */
function resolveDepth(reader: FieldReader): number {
  const value = reader.raw('resolve');
  if (value === undefined || value === false) return 0;
  if (value === true || value === 'once') return value === true ? 2 : 1;
  throw new InvalidRule("'resolve' must be true, false or once", reader.at('resolve'));
}

function readCondition(reader: FieldReader): Condition {
  if (reader.has('any-of')) {
    return {
      kind: 'any-of',
      conditions: boundedItems(reader, 'any-of', RULE_LIMITS.conditions, 'conditions').map(readCondition),
    };
  }
  const detail = reader.has('detail') ? reader.string('detail') : undefined;
  if (reader.has('scope')) {
    const scope = reader.oneOf('scope', ['function', 'file'] as const);
    const negate = reader.has('lacks');
    if (!negate && !reader.has('has'))
      throw new InvalidRule("a 'scope' condition needs 'has' or 'lacks'", reader.at('scope'));
    return { kind: 'scope', scope, ...templateOr(reader, negate ? 'lacks' : 'has'), negate, detail };
  }
  const capture = reader.string('capture');
  if (reader.has('regex') || reader.has('not-regex')) {
    const negate = reader.has('not-regex');
    return {
      kind: 'regex',
      capture,
      regex: reader.regex(negate ? 'not-regex' : 'regex'),
      negate,
      resolve: resolveDepth(reader),
      detail,
    };
  }
  if (reader.has('tainted') || reader.has('non-constant')) {
    const requirement: TaintRequirement = reader.has('tainted') ? 'tainted' : 'non-constant';
    return { kind: 'taint', capture, requirement };
  }
  if (reader.has('not-defined-in-file')) return { kind: 'not-defined-in-file', capture };
  if (reader.has('secret-value')) return { kind: 'secret-value', capture };
  if (reader.has('provider-token')) return { kind: 'provider-token', capture };
  if (reader.has('inside') || reader.has('not-inside')) {
    const negate = reader.has('not-inside');
    const spec = reader.child(negate ? 'not-inside' : 'inside', reader.raw(negate ? 'not-inside' : 'inside'));
    return {
      kind: 'inside',
      capture,
      negate,
      types: spec.stringList('type'),
      ...(spec.has('regex') ? templateOr(spec, 'regex') : {}),
      maxDepth: typeof spec.raw('max-depth') === 'number' ? (spec.raw('max-depth') as number) : Infinity,
    };
  }
  throw new InvalidRule(`a condition needs one of: ${CONDITION_KEYS.join(', ')}`, reader.at('capture'));
}

function readPatterns(reader: FieldReader, key: string): Pattern[] {
  return boundedItems(reader, key, RULE_LIMITS.patterns, 'patterns').map((pattern) => {
    pattern.rejectUnknown(PATTERN_FIELDS, 'a pattern');
    const where = pattern.has('where')
      ? boundedItems(pattern, 'where', RULE_LIMITS.conditions, 'conditions').map(readCondition)
      : [];
    const query = pattern.string('query');
    const unsafe = unsafeQueryPredicate(query);
    if (unsafe) throw new InvalidRule(unsafe, pattern.at('query'));
    const unknown = unknownPlaceholder(where, query);
    if (unknown) throw new InvalidRule(unknown, pattern.at('where'));
    return {
      query,
      languages: pattern.has('languages') ? languagesOf(pattern, 'languages') : undefined,
      where,
      line: 0,
    };
  });
}

function readRule(data: Record<string, unknown>, file: string, eagerRegex: boolean): Rule {
  const r = new FieldReader(data, [], eagerRegex);
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
  let object: Rule['object'];
  if (r.has('object')) {
    const o = r.child('object', r.raw('object'));
    o.rejectUnknown(OBJECT_FIELDS, 'an object section');
    if (!o.has('takes-effect') && !o.has('passed-to'))
      throw new InvalidRule("an 'object' section needs 'takes-effect' or 'passed-to'", ['object']);
    object = {
      safeWhen: o.has('safe-when') ? o.regex('safe-when') : undefined,
      effectMethods: o.has('takes-effect') ? o.regex('takes-effect') : undefined,
      passedTo: o.has('passed-to') ? o.regex('passed-to') : undefined,
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
    object,
    secureExample: r.has('secure-example') ? r.string('secure-example') : undefined,
    file,
  };
}

function readLibrary(data: Record<string, unknown>, file: string, eagerRegex: boolean): TaintLibrary {
  const r = new FieldReader(data, [], eagerRegex);
  r.rejectUnknown(LIBRARY_FIELDS, 'a taint library');
  const named = (key: string): Map<string, Pattern[]> => {
    const out = new Map<string, Pattern[]>();
    if (!r.has(key)) return out;
    const section = r.child(key, r.raw(key));
    const names = Object.keys(r.raw(key) as object);
    if (names.length > RULE_LIMITS.taintNames)
      throw new InvalidRule(`'${key}' has ${names.length} names, over the limit of ${RULE_LIMITS.taintNames}`, [key]);
    for (const name of names) out.set(name, readPatterns(section, name));
    return out;
  };
  return { languages: languagesOf(r, 'languages'), sources: named('sources'), sanitizers: named('sanitizers'), file };
}

/** Records the line of each pattern so query errors can point at it. */
function annotatePatternLines(parsed: ParsedSource, base: (string | number)[], patterns: Pattern[]): void {
  patterns.forEach((p, i) => (p.line = parsed.line([...base, i, 'query'])));
}

export function loadRuleSources(sources: RuleSource[]): LoadedRules {
  const out: LoadedRules = { rules: [], libraries: [], providers: [], problems: [] };
  const seen = new Map<string, string>();
  for (const source of sources) {
    try {
      loadSource(source, out, seen);
    } catch (e) {
      // Whatever a custom file holds (nesting deeper than the stack, say), it costs that file only.
      out.problems.push({ file: source.file, line: 1, message: `rule file not loaded: ${(e as Error).message}` });
    }
  }
  return out;
}

function loadSource(source: RuleSource, out: LoadedRules, seen: Map<string, string>): void {
  const file = source.file;
  const parsed = parseSource(source);
  if (!('data' in parsed)) {
    out.problems.push(parsed);
    return;
  }
  const data = parsed.data;
  // Built-in rules come compiled and a test checks all their regexes: their RE2 programs are built on first use.
  const eagerRegex = !source.compiled;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    out.problems.push({ file, line: 1, message: 'a rule file must be a YAML mapping' });
    return;
  }
  try {
    if ('providers' in (data as object)) {
      const catalogue = readProviderCatalogue(parsed, file, eagerRegex);
      out.providers.push(...catalogue.formats);
      out.problems.push(...catalogue.problems);
      return;
    }
    if ('library' in (data as object)) {
      const lib = readLibrary(data as Record<string, unknown>, file, eagerRegex);
      for (const [name, patterns] of lib.sources) annotatePatternLines(parsed, ['sources', name], patterns);
      for (const [name, patterns] of lib.sanitizers) annotatePatternLines(parsed, ['sanitizers', name], patterns);
      out.libraries.push(lib);
      return;
    }
    const rule = readRule(data as Record<string, unknown>, file, eagerRegex);
    annotatePatternLines(parsed, ['match'], rule.patterns);
    if (rule.fix) rule.fix.line = parsed.line(['fix']);
    if (rule.object) rule.object.line = parsed.line(['object']);
    if (rule.taint) rule.taint.line = parsed.line(['taint', 'sources']);
    const previous = seen.get(rule.id);
    if (previous) {
      out.problems.push({
        file,
        line: parsed.line(['id']),
        message: `duplicate rule id '${rule.id}' (also in ${previous})`,
      });
      return;
    }
    seen.set(rule.id, file);
    out.rules.push(rule);
  } catch (e) {
    if (!(e instanceof InvalidRule)) throw e;
    out.problems.push({ file, line: parsed.line(e.path), message: e.message });
  }
}
