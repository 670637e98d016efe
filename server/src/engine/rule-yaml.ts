// Parses rule files as YAML and finds the line of any field path, from the text (custom rules) or
// from the line table built at build time (built-in rules).

import { Document, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
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
}

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

/** Parses one rule file; a YAML syntax error becomes a problem with its line. */
export function parseSource(source: RuleSource): ParsedSource | EngineProblem {
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
