// The fuzzer's pure core: a seeded PRNG, input generators (mutations of the rule fixtures and seed
// snippets, plus hand-built hostile documents) and the oracle that checks one scan. No file system:
// the mocha sample (test/unit/fuzz.test.ts) and `npm run fuzz` (bench/fuzz.ts) feed it a corpus.
//
// Hand-written rather than fast-check: every useful input here is a mutation of a real fixture and
// the strongest oracle compares a mutated file with its original (ranges shifted by exactly the
// inserted UTF-16 length), which needs the base text and the insertion point; a failing input is
// saved whole as a reproducer, so shrinking matters less than exact replay by seed.

import type { Node, Tree } from 'web-tree-sitter';
import type { Finding, LanguageId } from '../server/src/engine';
import { rng } from './rng';
import { DEEP_SINKS, deepNesting, invalidUtf8, randomBytesText } from './fuzz-hostile';

export * from './fuzz-hostile';
export * from './fuzz-oracle';

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
