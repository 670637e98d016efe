// Parses rule files as YAML and finds the line of any field path, from the text (custom rules) or
// from the line table built at build time (built-in rules).

import { Document, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { EngineProblem } from './types';

export interface RuleSource {
  /** Path shown in error messages (relative to the rules folder or workspace). */
  file: string;
  text: string;
  /**
   * The YAML already parsed at build time (built-in rules): its data and the line of every field
   * path. Parsing ~100 YAML files was a third of the server's cold start.
   */
  compiled?: CompiledSource;
  /** Why the file was not read (too large, not a regular file): reported as its problem, `text` is empty. */
  unread?: string;
}

/**
 * A rule file larger than this is not parsed (the largest built-in one is 7 KB): a custom rule file
 * of a million list items took 11 s and 1.1 GB to load.
 */
export const MAX_RULE_FILE_BYTES = 256 * 1024;
/**
 * Rules need no YAML aliases; an alias bomb (each list repeating the previous one ten times) expands
 * to billions of nodes. Past this many alias expansions the file is refused.
 */
const MAX_ALIAS_COUNT = 100;
const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;

export interface CompiledSource {
  data: unknown;
  /** `path.join('/')` → one-based line, for every mapping key and sequence item. */
  lines: Record<string, number>;
}

/** Parsed YAML with a way to find the line of a field path. */
export interface ParsedSource {
  data: unknown;
  line(path: (string | number)[]): number;
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

/**
 * The line of the first mapping key that is itself a list or mapping (`? [a, b]: x`), if any.
 * Rules use plain keys only, and converting such keys is super-linear in the yaml package (each
 * level stringifies the levels inside it: 300 nested `? ` keys took 5 s, 400 took 56 s).
 */
function firstCollectionKeyLine(doc: Document, counter: LineCounter): number | undefined {
  let line: number | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (!isCollection(pair.key)) return undefined;
      line = pair.key.range ? counter.linePos(pair.key.range[0]).line : 1;
      return visit.BREAK;
    },
  });
  return line;
}

/** The line of the first alias (`*name`), where an expansion that went too far starts. */
function firstAliasLine(doc: Document, counter: LineCounter): number {
  let line = 1;
  visit(doc, {
    Alias(_, node) {
      if (node.range) line = counter.linePos(node.range[0]).line;
      return visit.BREAK;
    },
  });
  return line;
}

/**
 * Parses one rule file. A YAML syntax error, a file over the size limit or aliases that expand too
 * far become a problem with its line; nothing in the file's text makes this throw.
 */
export function parseSource(source: RuleSource): ParsedSource | EngineProblem {
  if (source.compiled) {
    const { data, lines } = source.compiled;
    return { data, line: (path) => lineIn(lines, path) };
  }
  const file = source.file;
  if (source.unread !== undefined) return { file, line: 1, message: `rule file not loaded: ${source.unread}` };
  if (source.text.length > MAX_RULE_FILE_BYTES) {
    const kb = (n: number): number => Math.ceil(n / 1024);
    const limit = kb(MAX_RULE_FILE_BYTES);
    return {
      file,
      line: 1,
      message: `rule file not loaded: ${kb(source.text.length)} KB is over the ${limit} KB limit`,
    };
  }
  const counter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter: counter, ...PARSE_OPTIONS });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    return {
      file,
      line: counter.linePos(err.pos[0]).line,
      message: `YAML syntax error: ${err.message.split('\n')[0]}`,
    };
  }
  const complexKey = firstCollectionKeyLine(doc, counter);
  if (complexKey !== undefined) {
    return {
      file,
      line: complexKey,
      message: 'rule file not loaded: a mapping key is a list or mapping (rules use plain keys)',
    };
  }
  try {
    return {
      data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown,
      line: (path) => lineOf(doc, counter, path),
    };
  } catch (e) {
    // The yaml package throws (a ReferenceError) when aliases expand past maxAliasCount.
    const aliases = /alias/i.test((e as Error).message);
    return {
      file,
      line: aliases ? firstAliasLine(doc, counter) : 1,
      message: aliases
        ? `rule file not loaded: its YAML aliases expand past ${MAX_ALIAS_COUNT} nodes (rules need no aliases)`
        : `rule file not loaded: ${(e as Error).message}`,
    };
  }
}

/**
 * Build-time form of a rule file (see RuleSource.compiled). Files with YAML errors stay as text so
 * that loading reports them exactly as it would for a custom rule.
 */
export function compileRuleSource(source: RuleSource): RuleSource {
  const counter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter: counter, ...PARSE_OPTIONS });
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
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return source;
  }
  return { file: source.file, text: source.text, compiled: { data, lines } };
}
