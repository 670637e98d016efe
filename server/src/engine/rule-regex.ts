// A rule's regular expression, run so that no workspace text can make it backtrack for long. On
// JavaScript's backtracking engine `(a+)+$` hangs on a line of `a`s and even `\s*x` is quadratic
// (40,000 spaces: 14 s), so every rule regex that RE2 can express runs on RE2 (re2js: linear in the
// text, pure JavaScript, works in a browser). The few that need lookaround or a backreference, which
// RE2 cannot run, stay on JavaScript's engine only when their shape cannot blow up (see `riskOf`).

import { RE2JS } from 're2js';

/** What the engine needs of a rule regex: a yes/no search in a text. */
export interface TextPattern {
  /** As written in the rule, `(?i)` prefix included. */
  readonly source: string;
  /** Which engine runs it: RE2 (linear time) or JavaScript's (shape-checked, see `riskOf`). */
  readonly engine: 're2' | 'backtracking';
  test(text: string): boolean;
}

const MEMO_TEXT_CHARS = 64;
const MEMO_ENTRIES = 4096;

/** Why a rule regex is refused: it does not parse, or it may backtrack catastrophically. */
export class RuleRegexError extends Error {}

/**
 * Compiles a rule regex (JavaScript syntax; a leading `(?i)`, as in Semgrep and RE2, means
 * case-insensitive). With `eager`, the RE2 program is built now so that anything RE2 rejects is
 * reported at load time (custom rules); otherwise on first use (the built-in catalogue, whose every
 * regex a test compiles, so start-up does not pay ~0.3 s for programs most scans never run).
 */
export function compileRuleRegex(written: string, eager = true): TextPattern {
  const insensitive = written.startsWith('(?i)');
  const source = insensitive ? written.slice(4) : written;
  let backtracking: RegExp;
  try {
    backtracking = new RegExp(source, insensitive ? 'i' : '');
  } catch (e) {
    throw new RuleRegexError(`invalid regular expression: ${(e as Error).message}`);
  }
  const shape = shapeOf(source);
  if (shape.needs) {
    const risk = riskOf(shape);
    if (risk)
      throw new RuleRegexError(
        `regular expression refused: it uses ${shape.needs}, which only a backtracking engine runs, and ${risk}, so some text would make it run for a very long time`,
      );
    return { source: written, engine: 'backtracking', test: (text) => backtracking.test(text) };
  }
  let program: RE2JS | undefined;
  const compile = (): RE2JS => {
    try {
      return RE2JS.compile(source, insensitive ? RE2JS.CASE_INSENSITIVE : 0);
    } catch (e) {
      throw new RuleRegexError(`regular expression not supported by the linear-time engine: ${(e as Error).message}`);
    }
  };
  if (eager) program = compile();
  // Gates test the same short texts (callee names, attribute names) over and over: RE2 is slower per
  // call than JavaScript's engine, so short texts' answers are remembered, in a bounded map.
  const answers = new Map<string, boolean>();
  return {
    source: written,
    engine: 're2',
    test: (text) => {
      if (text.length > MEMO_TEXT_CHARS) return (program ??= compile()).test(text);
      let answer = answers.get(text);
      if (answer === undefined) {
        if (answers.size >= MEMO_ENTRIES) answers.clear();
        answers.set(text, (answer = (program ??= compile()).test(text)));
      }
      return answer;
    },
  };
}

/**
 * The regexes of a tree-sitter query's `#match?` predicates (and `#not-match?`, `#any-match?`): the
 * query library runs them with JavaScript's engine on node texts, so they pass the same shape check
 * as the regexes RE2 cannot run. Returns a refusal for the first unsafe one.
 */
export function unsafeQueryPredicate(query: string): string | undefined {
  // The query is rule text (bounded by the rule file limit); the string pattern cannot backtrack.
  const predicate = /\(#(?:not-)?(?:any-)?match\?\s+@[\w.-]+\s+"((?:[^"\\]|\\.)*)"/g;
  for (const [, literal] of query.matchAll(predicate)) {
    const source = literal.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', r: '\r' })[c] ?? c);
    const risk = riskOf(shapeOf(source));
    if (risk)
      return `the #match? regex '${source}' runs on a backtracking engine and ${risk}: use a \`where\` regex condition instead (it runs on RE2)`;
  }
  return undefined;
}

/** What a regex's structure says about backtracking. */
export interface RegexShape {
  /** The feature RE2 cannot run (lookaround, backreference), if any. */
  needs?: string;
  /** A repeated group that itself repeats or alternates: `(a+)+`, `(a|ab)*` (exponential). */
  nestedRepetition: boolean;
  /** The first atom repeats (`\s*x`, `\w+@`): an unanchored search restarts it at every position. */
  repeatedStart: boolean;
}

/** Why a regex that must run on the backtracking engine is unsafe there, or undefined when it is not. */
export function riskOf(shape: RegexShape): string | undefined {
  if (shape.nestedRepetition) return 'it repeats a group that itself repeats or alternates';
  if (shape.repeatedStart) return 'it starts with a repeated element';
  return undefined;
}

interface Frame {
  /** Holds a repeating quantifier, at any depth. */
  repeats: boolean;
  alternates: boolean;
}

const QUANTIFIER = /^(?:[*+?]|\{(\d+)(,(\d*))?\})/;

/** Reads a JavaScript regex source for the structure `riskOf` judges (escapes and classes are atoms). */
export function shapeOf(source: string): RegexShape {
  const shape: RegexShape = { nestedRepetition: false, repeatedStart: false };
  const stack: Frame[] = [{ repeats: false, alternates: false }];
  /** The group just closed, when the next token may quantify it. */
  let lastGroup: Frame | undefined;
  let atoms = 0;
  let anchored = false;
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const top = stack[stack.length - 1];
    const quantifier = QUANTIFIER.exec(source.slice(i, i + 24));
    if (quantifier && atoms > 0) {
      const [text, count, comma, max] = quantifier;
      const unbounded = text === '*' || text === '+' || (comma !== undefined && max === '');
      const repeats = unbounded || (count !== undefined && (comma !== undefined ? max !== '1' : count !== '1'));
      if (repeats) {
        top.repeats = true;
        if (lastGroup && (lastGroup.repeats || lastGroup.alternates)) shape.nestedRepetition = true;
      }
      if (unbounded && atoms === 1 && stack.length === 1 && !anchored) shape.repeatedStart = true;
      i += text.length + (source[i + text.length] === '?' ? 1 : 0);
      lastGroup = undefined;
      continue;
    }
    lastGroup = undefined;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next) || (next === 'k' && source[i + 2] === '<')) shape.needs ??= 'a backreference';
      // Word boundaries match no character: the atom after them is still the first.
      if (!(next === 'b' || next === 'B')) atoms++;
      i += 2;
    } else if (c === '[') {
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      atoms++;
    } else if (c === '(') {
      const lookaround = /^\(\?(?:=|!|<=|<!)/.exec(source.slice(i, i + 4));
      if (lookaround) shape.needs ??= 'lookaround';
      const opener = lookaround?.[0] ?? /^\(\?(?:<[A-Za-z_$][\w$]*>|:)?|^\(/.exec(source.slice(i))![0];
      if (stack.length === 1) atoms++;
      stack.push({ repeats: false, alternates: false });
      i += opener.length;
    } else if (c === ')') {
      const frame = stack.length > 1 ? stack.pop()! : top;
      stack[stack.length - 1].repeats ||= frame.repeats;
      lastGroup = frame;
      i++;
    } else if (c === '|') {
      top.alternates = true;
      // Each top-level alternative starts afresh.
      if (stack.length === 1) {
        atoms = 0;
        anchored = false;
      }
      i++;
    } else {
      if (c === '^' && atoms === 0) anchored = true;
      else if (c !== '$') atoms++;
      i++;
    }
  }
  return shape;
}
