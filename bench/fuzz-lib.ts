// The fuzzer's pure core: a seeded PRNG, input generators (mutations of the rule fixtures and seed
// snippets, plus hand-built hostile documents) and the oracle that checks one scan. No file system:
// the mocha sample (test/unit/fuzz.test.ts) and `npm run fuzz` (bench/fuzz.ts) feed it a corpus.
//
// Hand-written rather than fast-check: every useful input here is a mutation of a real fixture and
// the strongest oracle compares a mutated file with its original (ranges shifted by exactly the
// inserted UTF-16 length), which needs the base text and the insertion point; a failing input is
// saved whole as a reproducer, so shrinking matters less than exact replay by seed.

import type { Node, Tree } from 'web-tree-sitter';
import type { Finding, LanguageId, Range, Scanner } from '../server/src/engine';
import { applyEdits, compatibleEdits } from '../server/src/engine/fixes/apply';
import { DEFAULT_SCAN_BUDGET_MS } from '../server/src/engine/scan';
import { DEFAULT_PARSE_BUDGET_MS } from '../server/src/engine/parsers';
import { rng } from './rng';

/** Seeded draws for the fuzzer (bench/rng.ts: a seed replays an input exactly). */
export class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = rng(seed);
  }
  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

export interface CorpusFile {
  name: string;
  language: LanguageId;
  text: string;
}

/** Text inserted at one offset of a corpus file, at a place that cannot change what is found. */
export interface NeutralInsertion {
  offset: number;
  text: string;
}

export interface FuzzCase {
  /** Generator name plus its parameters, enough to tell inputs apart in a report. */
  label: string;
  language: LanguageId;
  text: string;
  /** Size limit for this scan (the 20 MB file is also scanned with the limit lifted). */
  maxBytes?: number;
  /** Set when findings must equal the base file's, with ranges moved by the insertion. */
  shiftOracle?: { base: CorpusFile; insertion: NeutralInsertion };
  /** Set when findings must equal the base file's at the same positions (line-ending changes). */
  sameAsBase?: CorpusFile;
}

const LANGUAGES: LanguageId[] = ['java', 'javascript', 'typescript', 'tsx', 'python', 'go'];

/** Non-ASCII text that stresses UTF-16 columns: astral emoji (surrogate pairs), ZWJ sequences, CJK, combining marks, lone surrogates. */
export const NON_ASCII = [
  '😀',
  '🔥🔥',
  '👩‍👩‍👧‍👦',
  '注意',
  'préférences',
  'e\u0301',
  '\u{1D54F}',
  '\uD800',
  '\uDFFF',
  '\uDBFF\uD800x',
  '\u200B\u200D',
  '\uFEFF',
  '\u2028',
  'Ω≈ç√',
  '𠜎𠜱',
  '\uFFFD',
];

function randomUnicode(rng: Rng, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += rng.pick(NON_ASCII);
  // U+2028/2029 are line breaks for JavaScript but not for LSP; keep them out of "same line" inserts.
  return out.replace(/[\u2028\u2029]/g, '');
}

// ---- hostile documents -------------------------------------------------------------------------

/** `depth`-deep nesting in each language, both in expressions and in blocks. */
export function deepNesting(language: LanguageId, depth: number, shape: 'parens' | 'brackets' | 'blocks'): string {
  const open = shape === 'brackets' ? '[' : '(';
  const close = shape === 'brackets' ? ']' : ')';
  const expr = `${open.repeat(depth)}x${close.repeat(depth)}`;
  switch (language) {
    case 'python':
      return shape === 'blocks'
        ? `def f(x):\n    return ${'{"a": '.repeat(depth)}x${'}'.repeat(depth)}\n`
        : `import os\nv = ${expr}\nos.system(v)\n`;
    case 'go':
      return shape === 'blocks'
        ? `package main\n\nfunc f(x int) {\n${'{'.repeat(depth)}\n${'}'.repeat(depth)}\n}\n`
        : `package main\n\nfunc f(x int) int {\n\treturn ${shape === 'brackets' ? `[]int{${'[]int{'.repeat(depth)}x${'}'.repeat(depth)}}[0]` : expr}\n}\n`;
    case 'java':
      return shape === 'blocks'
        ? `class A {\n  void f(int x) {\n${'{'.repeat(depth)}${'}'.repeat(depth)}\n  }\n}\n`
        : `class A {\n  Object f(Object x) {\n    return ${shape === 'brackets' ? `new int[]${'{'.repeat(depth)}1${'}'.repeat(depth)}` : expr};\n  }\n}\n`;
    default:
      return shape === 'blocks'
        ? `function f(x) {\n${'{'.repeat(depth)}${'}'.repeat(depth)}\n}\n`
        : `const v = ${expr};\ndocument.cookie = v;\n`;
  }
}

/**
 * A seed snippet whose sink argument is wrapped `depth` deep: in parentheses, or as a `depth`-term
 * concatenation (a left-leaning tree as deep as it is long). Findings sit at the bottom of the tree.
 */
export const DEEP_SINKS: Record<
  string,
  { language: LanguageId; seed: string; find: string; wrap: (depth: number, shape: 'parens' | 'concat') => string }
> = {
  python: {
    language: 'python',
    seed: 'upload.py',
    find: "os.path.join('/uploads', filename)",
    wrap: (d, s) =>
      `os.path.join('/uploads', ${s === 'parens' ? `${'('.repeat(d)}filename${')'.repeat(d)}` : `${'filename + '.repeat(d)}'x'`})`,
  },
  java: {
    language: 'java',
    seed: 'AuthService.java',
    find: '+ username +',
    wrap: (d, s) => (s === 'parens' ? `+ ${'('.repeat(d)}username${')'.repeat(d)} +` : `+ ${'username + '.repeat(d)}`),
  },
  go: {
    language: 'go',
    seed: 'handler.go',
    find: 'executeCommand(data["command"].(string))',
    wrap: (d, s) =>
      `executeCommand(${s === 'parens' ? `${'('.repeat(d)}data["command"].(string)${')'.repeat(d)}` : `${'data["command"].(string) + '.repeat(d)}""`})`,
  },
  javascript: {
    language: 'javascript',
    seed: 'preferences.js',
    find: 'document.cookie = ',
    wrap: (d, s) =>
      s === 'parens'
        ? `document.cookie = ${'('.repeat(d)}location.hash${')'.repeat(d)} + `
        : `document.cookie = ${'location.hash + '.repeat(d)}`,
  },
};

/** A single-line minified-looking JavaScript file of about `size` characters, with a finding near the end. */
export function minifiedJs(size: number, rng: Rng): string {
  const pieces = [
    'var a=function(b,c){return b+c};',
    'if(a&&b){c=d[e]}else{f(g,h)}',
    'x.y.z=[1,2,3].map(function(q){return q*2});',
    'for(var i=0;i<n;i++){s+=t[i]}',
    'try{u()}catch(e){v(e)}',
    '"use strict";',
    'o={k:"v",l:[1,{m:2}]};',
  ];
  const parts: string[] = [];
  let length = 0;
  const tail = 'document.cookie="a="+location.hash;';
  while (length < size - tail.length) {
    const p = rng.pick(pieces);
    parts.push(p);
    length += p.length;
  }
  return parts.join('') + tail;
}

/** Bytes that are not valid UTF-8 (stray continuations, overlongs, CESU surrogates, 0xFF), decoded as an editor would. */
export function invalidUtf8(rng: Rng, count: number): string {
  const bad = [
    [0xc3, 0x28],
    [0xa0, 0xa1],
    [0xe2, 0x28, 0xa1],
    [0xf0, 0x28, 0x8c, 0xbc],
    [0xff],
    [0xfe],
    [0xc0, 0xaf],
    [0xed, 0xa0, 0x80],
    [0xf4, 0x90, 0x80, 0x80],
  ];
  const bytes: number[] = [];
  for (let i = 0; i < count; i++) bytes.push(...rng.pick(bad));
  return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
}

function randomBytesText(rng: Rng, length: number): string {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = rng.int(256);
  return rng.chance(0.5) ? new TextDecoder('utf-8').decode(bytes) : String.fromCharCode(...bytes);
}

// ---- mutations of corpus files -----------------------------------------------------------------

function splitLines(text: string): string[] {
  return text.split('\n');
}

function mutateChars(rng: Rng, text: string, count: number): string {
  const chars = text.split('');
  const alphabet = '(){}[]<>;:,."\'`\\/#*+-=!&|$%@ \t\n\r\0abcxyz019';
  for (let i = 0; i < count && chars.length > 0; i++) {
    const at = rng.int(chars.length);
    const op = rng.int(3);
    if (op === 0) chars[at] = rng.pick(alphabet.split(''));
    else if (op === 1) chars.splice(at, 0, rng.pick(alphabet.split('')));
    else chars.splice(at, 1);
  }
  return chars.join('');
}

function mutateLines(rng: Rng, text: string, count: number): string {
  const lines = splitLines(text);
  for (let i = 0; i < count && lines.length > 0; i++) {
    const at = rng.int(lines.length);
    const op = rng.int(4);
    if (op === 0) lines.splice(at, 0, lines[rng.int(lines.length)]);
    else if (op === 1) lines.splice(at, 1);
    else if (op === 2) {
      const other = rng.int(lines.length);
      [lines[at], lines[other]] = [lines[other], lines[at]];
    } else lines[at] = lines[at].replace(/^\s+/, rng.pick(['', '\t', '        ', '  ']));
  }
  return lines.join('\n');
}

function withLineEndings(rng: Rng, text: string, style: 'crlf' | 'mixed' | 'cr'): string {
  if (style === 'crlf') return text.replace(/\n/g, '\r\n');
  if (style === 'cr') return text.replace(/\n/g, '\r');
  return text.replace(/\n/g, () => (rng.chance(0.5) ? '\r\n' : '\n'));
}

/**
 * Offsets in `text` where inserted non-newline text changes no finding: inside a comment (after
 * its opening marker), or a fresh comment before a finding. Uses the tree of the base file.
 */
export function neutralInsertions(
  rng: Rng,
  file: CorpusFile,
  tree: Tree,
  findings: Finding[],
  payload: string,
): NeutralInsertion[] {
  const out: NeutralInsertion[] = [];
  const cStyle = file.language !== 'python';
  const lineStarts = [0];
  for (let i = 0; i < file.text.length; i++) if (file.text[i] === '\n') lineStarts.push(i + 1);
  const inString = (offset: number): boolean => {
    for (let n: Node | null = tree.rootNode.descendantForIndex(offset); n; n = n.parent) {
      if (/string|template|comment/.test(n.type) && n.startIndex < offset) return true;
    }
    return false;
  };
  for (const comment of tree.rootNode.descendantsOfType(['comment', 'line_comment', 'block_comment'])) {
    if (!comment) continue;
    out.push({ offset: comment.startIndex + (comment.text.startsWith('#') ? 1 : 2), text: payload });
  }
  for (const f of findings) {
    const lineStart = lineStarts[f.range.start.line];
    const start = lineStart + f.range.start.character;
    // A block comment right before the finding's first token: the same line, shifted columns.
    if (cStyle && !inString(start)) out.push({ offset: start, text: `/*${payload}*/` });
    // A whole comment line above the finding's line.
    if (!inString(lineStart)) out.push({ offset: lineStart, text: `${cStyle ? '//' : '#'} ${payload}\n` });
  }
  return rng.chance(0.5)
    ? out
    : out.filter(
        (i) =>
          i.offset <= Math.max(...findings.map((f) => lineStarts[f.range.start.line] + f.range.start.character), 0),
      );
}

export type GeneratorName =
  | 'random-bytes'
  | 'truncate'
  | 'char-mutation'
  | 'line-mutation'
  | 'splice'
  | 'deep-nesting'
  | 'minified-20mb'
  | 'invalid-utf8'
  | 'nul-bytes'
  | 'line-endings'
  | 'non-ascii-prefix'
  | 'wrong-language'
  | 'deep-sink';

export const GENERATORS: GeneratorName[] = [
  'random-bytes',
  'truncate',
  'char-mutation',
  'line-mutation',
  'splice',
  'deep-nesting',
  'invalid-utf8',
  'nul-bytes',
  'line-endings',
  'non-ascii-prefix',
  'wrong-language',
  'deep-sink',
  'minified-20mb',
];

/** What the neutral-insertion generator needs to know about a base file (computed once per file). */
export interface BaseInfo {
  tree: Tree;
  findings: Finding[];
}

/**
 * One input. `info` gives the parsed base file for the shift oracle; generators that need none
 * ignore it. `minifiedSize` keeps the 20 MB case cheap to generate repeatedly (it is cached by the caller).
 */
export function generate(
  rng: Rng,
  name: GeneratorName,
  corpus: CorpusFile[],
  info: (f: CorpusFile) => BaseInfo,
  bigText: () => string,
): FuzzCase {
  const base = rng.pick(corpus);
  switch (name) {
    case 'random-bytes': {
      const length = rng.pick([0, 1, 7, 64, 512, 4096]);
      return { label: `random-bytes(${length})`, language: rng.pick(LANGUAGES), text: randomBytesText(rng, length) };
    }
    case 'truncate': {
      // Any UTF-16 offset, so a cut may split a surrogate pair.
      const at = rng.int(base.text.length + 1);
      return { label: `truncate(${base.name}@${at})`, language: base.language, text: base.text.slice(0, at) };
    }
    case 'char-mutation': {
      const n = 1 + rng.int(20);
      return {
        label: `char-mutation(${base.name}x${n})`,
        language: base.language,
        text: mutateChars(rng, base.text, n),
      };
    }
    case 'line-mutation': {
      const n = 1 + rng.int(6);
      return {
        label: `line-mutation(${base.name}x${n})`,
        language: base.language,
        text: mutateLines(rng, base.text, n),
      };
    }
    case 'splice': {
      const other = rng.pick(corpus);
      const a = rng.int(base.text.length + 1);
      const b = rng.int(other.text.length + 1);
      return {
        label: `splice(${base.name}@${a}+${other.name}@${b})`,
        language: rng.chance(0.7) ? base.language : other.language,
        text: base.text.slice(0, a) + other.text.slice(b),
      };
    }
    case 'deep-nesting': {
      const language = rng.pick(LANGUAGES);
      const shape = rng.pick(['parens', 'brackets', 'blocks'] as const);
      return { label: `deep-nesting(${language},${shape},10000)`, language, text: deepNesting(language, 10000, shape) };
    }
    case 'minified-20mb': {
      const lifted = rng.chance(0.5);
      return {
        label: `minified-20mb(${lifted ? 'no size limit' : 'default limit'})`,
        language: 'javascript',
        text: bigText(),
        maxBytes: lifted ? Number.MAX_SAFE_INTEGER : undefined,
      };
    }
    case 'invalid-utf8': {
      let text = base.text;
      for (let i = 0, n = 1 + rng.int(5); i < n; i++) {
        const at = rng.int(text.length + 1);
        text = text.slice(0, at) + invalidUtf8(rng, 1 + rng.int(4)) + text.slice(at);
      }
      return { label: `invalid-utf8(${base.name})`, language: base.language, text };
    }
    case 'nul-bytes': {
      // Past the first 8000 characters too, where the binary check does not look.
      let text = rng.chance(0.5) ? base.text : `${base.text}\n${' '.repeat(8100)}\n${base.text}`;
      for (let i = 0, n = 1 + rng.int(4); i < n; i++) {
        const at = rng.int(text.length + 1);
        text = text.slice(0, at) + '\0'.repeat(1 + rng.int(3)) + text.slice(at);
      }
      return { label: `nul-bytes(${base.name})`, language: base.language, text };
    }
    case 'line-endings': {
      const style = rng.pick(['crlf', 'mixed', 'cr'] as const);
      return {
        label: `line-endings(${base.name},${style})`,
        language: base.language,
        text: withLineEndings(rng, base.text, style),
        sameAsBase: base,
      };
    }
    case 'non-ascii-prefix': {
      const { tree, findings } = info(base);
      const payload = randomUnicode(rng, 1 + rng.int(4));
      const points = neutralInsertions(rng, base, tree, findings, payload);
      if (points.length === 0 || payload === '') return generate(rng, 'truncate', corpus, info, bigText);
      const insertion = rng.pick(points);
      const text = base.text.slice(0, insertion.offset) + insertion.text + base.text.slice(insertion.offset);
      return {
        label: `non-ascii-prefix(${base.name}@${insertion.offset}:${JSON.stringify(insertion.text)})`,
        language: base.language,
        text,
        shiftOracle: { base, insertion },
      };
    }
    case 'deep-sink': {
      const [name, spec] = rng.pick(Object.entries(DEEP_SINKS));
      const seed = corpus.find((f) => f.name.endsWith(spec.seed) && f.text.includes(spec.find));
      if (!seed) return generate(rng, 'deep-nesting', corpus, info, bigText);
      const depth = rng.pick([500, 1000, 2000, 10000]);
      const shape = rng.pick(['parens', 'concat'] as const);
      return {
        label: `deep-sink(${name},${shape},${depth})`,
        language: spec.language,
        text: seed.text.replace(spec.find, spec.wrap(depth, shape)),
      };
    }
    case 'wrong-language': {
      const language = rng.pick(LANGUAGES.filter((l) => l !== base.language));
      return { label: `wrong-language(${base.name} as ${language})`, language, text: base.text };
    }
  }
}

// ---- the oracle --------------------------------------------------------------------------------

/** LSP line model: \r\n, \r and \n all end a line. */
export function lspLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function lineEnd(text: string, starts: number[], line: number): number {
  let end = line + 1 < starts.length ? starts[line + 1] : text.length;
  if (line + 1 < starts.length) {
    end--;
    if (text[end] === '\n' && text[end - 1] === '\r') end--;
  }
  return end;
}

function offsetOf(text: string, starts: number[], p: { line: number; character: number }): number {
  return starts[p.line] + p.character;
}

/** Problems with a range in `text`, or [] when it lies inside the document and starts before it ends. */
export function rangeProblems(text: string, starts: number[], range: Range, what: string): string[] {
  const out: string[] = [];
  for (const [name, p] of [
    ['start', range.start],
    ['end', range.end],
  ] as const) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0)
      out.push(`${what}: ${name} ${JSON.stringify(p)} is not a position`);
    else if (p.line >= starts.length)
      out.push(`${what}: ${name} line ${p.line} is past the last line ${starts.length - 1}`);
    else if (starts[p.line] + p.character > lineEnd(text, starts, p.line))
      out.push(
        `${what}: ${name} ${p.line}:${p.character} is past the end of its line (${lineEnd(text, starts, p.line) - starts[p.line]})`,
      );
  }
  if (out.length === 0 && offsetOf(text, starts, range.start) > offsetOf(text, starts, range.end))
    out.push(`${what}: starts after it ends ${JSON.stringify(range)}`);
  return out;
}

export function textAt(text: string, range: Range): string {
  const starts = lspLineStarts(text);
  return text.slice(offsetOf(text, starts, range.start), offsetOf(text, starts, range.end));
}

/** Number of ERROR or MISSING nodes, walked with a cursor (a 10,000-deep tree must not blow the JS stack). */
export function syntaxErrors(tree: Tree): number {
  let count = 0;
  const cursor = tree.walk();
  try {
    for (;;) {
      const node = cursor.currentNode;
      if (node.type === 'ERROR' || node.isMissing) count++;
      if (node.hasError && cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return count;
      }
    }
  } finally {
    cursor.delete();
  }
}

/** The most time a scan may take before its budgets must have stopped it: parse, match, per-rule fallback, conditions, plus slack for fixes and GC. */
export const HARD_CEILING_MS = DEFAULT_PARSE_BUDGET_MS + 3 * DEFAULT_SCAN_BUDGET_MS + 5000;

export interface CaseResult {
  label: string;
  ms: number;
  findings: number;
  fixesApplied: number;
  /** Skip and timeout notices the scan returned (the budget-enforced outcomes). */
  notices: string[];
  failures: string[];
}

function key(f: Finding): string {
  return `${f.ruleId}@${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`;
}

/** Moves a position of the base text past an insertion (LSP lines of the base text). */
function shift(
  base: string,
  insertion: NeutralInsertion,
  p: { line: number; character: number },
): { line: number; character: number } {
  const starts = lspLineStarts(base);
  const offset = offsetOf(base, starts, p);
  if (offset < insertion.offset) return p;
  const insLine = starts.filter((s) => s <= insertion.offset).length - 1;
  const newlines = (insertion.text.match(/\n/g) ?? []).length;
  if (newlines > 0) return { line: p.line + newlines, character: p.character };
  return p.line === insLine ? { line: p.line, character: p.character + insertion.text.length } : p;
}

/**
 * Scans one input and checks everything the engine promises about it. Never throws: an escaped
 * exception is itself a failure. `baseline` scans a corpus file (cached by the caller).
 */
export async function checkCase(
  scanner: Scanner,
  input: FuzzCase,
  baseline: (f: CorpusFile) => Promise<Finding[]>,
): Promise<CaseResult> {
  const result: CaseResult = { label: input.label, ms: 0, findings: 0, fixesApplied: 0, notices: [], failures: [] };
  const started = Date.now();
  let findings: Finding[];
  try {
    const scan = await scanner.scanText(input.text, input.language, { maxBytes: input.maxBytes });
    findings = scan.findings;
    result.notices = scan.problems.map((p) => p.message);
  } catch (e) {
    result.ms = Date.now() - started;
    result.failures.push(`scan threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return result;
  }
  result.ms = Date.now() - started;
  result.findings = findings.length;
  if (result.ms > HARD_CEILING_MS && result.notices.length === 0) {
    result.failures.push(
      `scan took ${result.ms} ms (over every budget together, ${HARD_CEILING_MS} ms) and reported no timeout`,
    );
  }
  const starts = lspLineStarts(input.text);
  for (const f of findings) {
    result.failures.push(...rangeProblems(input.text, starts, f.range, `${f.ruleId} range`));
    for (const [i, step] of (f.trace ?? []).entries())
      result.failures.push(...rangeProblems(input.text, starts, step.range, `${f.ruleId} trace[${i}]`));
    for (const [i, edit] of (f.fix?.edits ?? []).entries())
      result.failures.push(...rangeProblems(input.text, starts, edit.range, `${f.ruleId} fix edit[${i}]`));
  }
  if (result.failures.length > 0) return result;

  // Fixes: applying one (and fix-all) never throws, and never breaks a file that parsed cleanly.
  const fixable = findings.filter((f) => f.fix);
  if (fixable.length > 0 && input.text.length < 1_000_000) {
    try {
      const before = await scanner.pool.parse(input.language, input.text);
      const cleanBefore = syntaxErrors(before) === 0;
      before.delete();
      const candidates: Array<[string, string]> = fixable.map((f) => [f.ruleId, applyEdits(input.text, f.fix!.edits)]);
      candidates.push([
        'fix-all',
        applyEdits(
          input.text,
          compatibleEdits(
            input.text,
            fixable.map((f) => f.fix!.edits),
          ),
        ),
      ]);
      for (const [what, fixedText] of candidates) {
        result.fixesApplied++;
        if (!cleanBefore) continue;
        const after = await scanner.pool.parse(input.language, fixedText);
        const errors = syntaxErrors(after);
        after.delete();
        if (errors > 0)
          result.failures.push(
            `fix ${what} leaves ${errors} syntax error(s) in a file that parsed cleanly:\n${fixedText}`,
          );
      }
    } catch (e) {
      result.failures.push(`applying fixes threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }

  // Non-ASCII inserted at a neutral place: the same findings, moved by exactly the inserted length.
  if (input.shiftOracle && result.notices.length === 0) {
    const { base, insertion } = input.shiftOracle;
    const original = await baseline(base);
    const expected = original.map((f) => ({
      ...f,
      range: { start: shift(base.text, insertion, f.range.start), end: shift(base.text, insertion, f.range.end) },
    }));
    const want = expected.map(key).sort();
    const got = findings.map(key).sort();
    if (JSON.stringify(want) !== JSON.stringify(got))
      result.failures.push(
        `findings after inserting ${JSON.stringify(insertion.text)} at ${insertion.offset}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`,
      );
    else {
      for (const [i, f] of expected.entries()) {
        const was = textAt(base.text, original[i].range);
        const now = textAt(input.text, f.range);
        if (was !== now && !now.includes(insertion.text))
          result.failures.push(
            `${f.ruleId}: code at the shifted range is ${JSON.stringify(now)}, was ${JSON.stringify(was)}`,
          );
      }
    }
  }
  // Line endings changed: the same findings at the same line/column.
  if (input.sameAsBase && result.notices.length === 0) {
    const original = await baseline(input.sameAsBase);
    const want = original.map(key).sort();
    const got = findings.map(key).sort();
    if (JSON.stringify(want) !== JSON.stringify(got))
      result.failures.push(
        `findings after changing line endings: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`,
      );
  }
  return result;
}
