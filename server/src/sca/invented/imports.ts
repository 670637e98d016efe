// The third-party packages a Python or JS/TS file imports, with where each name is written. Read
// line by line with anchored patterns (linear, no parse tree needed): Python `import a.b, c` and
// `from a import b` statements outside strings, skipping relative imports and those guarded by
// `try:` (optional dependencies the code copes without); JS/TS `import … from '…'`, `import '…'`,
// `export … from '…'`, `require('…')` and `import('…')` of bare package names.

import type { Range } from '../../engine/types';
import { LineIndex } from '../parsers/text';
import { NODE_BUILTINS, PYTHON_STDLIB } from './stdlib';

export interface ImportedName {
  /** The top-level module (Python) or package name (npm), as written. */
  name: string;
  /** Where the name is written: the diagnostic, and the span a quick-fix replaces. */
  range: Range;
}

const PY_IMPORT = /^(\s*)import\s+([\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+(?:\s+as\s+\w+)?)*)\s*(?:#.*)?$/;
const PY_FROM = /^(\s*)from\s+([\w.]+)\s+import\b/;

export function pythonImports(text: string): ImportedName[] {
  const lines = new LineIndex(text);
  const out: ImportedName[] = [];
  // Open blocks as [indent, header line]: the innermost one tells if an import is under `try:`.
  const blocks: Array<[number, string]> = [];
  let inString: string | undefined;
  for (let i = 0; i < lines.lineCount; i++) {
    const start = lines.lineStart(i);
    const row = text.slice(start, lines.lineEnd(i));
    const trimmed = row.trim();
    const wasInString = inString;
    // Triple-quoted strings (docstrings): an odd number of delimiters on a line opens or closes one.
    for (const quote of ['"""', "'''"]) {
      if (inString && inString !== quote) continue;
      if (row.split(quote).length % 2 === 0) inString = inString ? undefined : quote;
    }
    if (wasInString || !trimmed || trimmed.startsWith('#')) continue;
    const indent = row.length - row.trimStart().length;
    while (blocks.length > 0 && blocks[blocks.length - 1][0] >= indent) blocks.pop();
    const guarded = blocks.length > 0 && /^try\s*:/.test(blocks[blocks.length - 1][1]);
    if (trimmed.endsWith(':')) blocks.push([indent, trimmed]);
    if (guarded) continue;
    const from = PY_FROM.exec(row);
    if (from) {
      if (!from[2].startsWith('.')) push(out, lines, start + row.indexOf(from[2], from[1].length + 4), from[2]);
      continue;
    }
    const plain = PY_IMPORT.exec(row);
    if (!plain) continue;
    let at = start + row.indexOf(plain[2], plain[1].length + 6);
    for (const part of plain[2].split(',')) {
      const lead = part.length - part.trimStart().length;
      push(out, lines, at + lead, part.trim().split(/\s/)[0]);
      at += part.length + 1;
    }
  }
  return out;
}

/** Records the top-level module of a dotted name written at `at`. */
function push(out: ImportedName[], lines: LineIndex, at: number, dotted: string): void {
  const top = dotted.split('.')[0];
  if (!top) return;
  out.push({ name: top, range: lines.range(at, at + top.length) });
}

/** A Python top-level module that is never a third-party package. */
export function isPythonStdlib(name: string): boolean {
  return name.startsWith('_') || PYTHON_STDLIB.has(name);
}

const JS_SPECIFIERS = [
  /^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*(['"])([^'"\n]{1,214})\1/,
  /^\s*}\s*from\s*(['"])([^'"\n]{1,214})\1/,
  /^\s*import\s*(['"])([^'"\n]{1,214})\1/,
];
// Specifiers are at most 214 characters (npm's name limit), so a run of unclosed quotes on one
// line costs each attempt a bounded look, not the rest of the line.
const JS_CALLS = /\b(?:require|import)\s*\(\s*(['"])([^'"\n]{1,214})\1\s*\)/g;
// ESLint's own undeclared-dependency rules, switched off for a line: the author says the package is
// deliberately not in package.json (next's optional turbopack bindings), so it is not an invention.
const UNDECLARED_ALLOWED =
  /eslint-disable-(next-)?line\b[^\n]*\b(import|n|node)\/no-extraneous-(dependencies|require|import)\b/;

export function jsImports(text: string): ImportedName[] {
  const lines = new LineIndex(text);
  const out: ImportedName[] = [];
  let inComment = false;
  let allowedNext = false;
  for (let i = 0; i < lines.lineCount; i++) {
    const start = lines.lineStart(i);
    const row = text.slice(start, lines.lineEnd(i));
    const trimmed = row.trimStart();
    const disable = UNDECLARED_ALLOWED.exec(row);
    const allowedHere = allowedNext || (disable !== null && disable[1] === undefined);
    allowedNext = disable !== null && disable[1] !== undefined;
    if (allowedHere) continue;
    if (inComment) {
      if (row.includes('*/')) inComment = false;
      continue;
    }
    if (trimmed.startsWith('/*') && !row.includes('*/')) {
      inComment = true;
      continue;
    }
    if (trimmed.startsWith('//') || trimmed.startsWith('*')) continue;
    const found: Array<{ spec: string; at: number }> = [];
    for (const pattern of JS_SPECIFIERS) {
      const m = pattern.exec(row);
      if (m) {
        found.push({ spec: m[2], at: m.index + m[0].length - 1 - m[2].length });
        break;
      }
    }
    JS_CALLS.lastIndex = 0;
    for (let m = JS_CALLS.exec(row); m; m = JS_CALLS.exec(row))
      found.push({ spec: m[2], at: m.index + m[0].indexOf(m[1]) + 1 });
    for (const { spec, at } of found) {
      const name = npmPackageOf(spec);
      if (name) out.push({ name, range: lines.range(start + at, start + at + name.length) });
    }
  }
  return out;
}

/**
 * The public, unscoped npm package a specifier names, or undefined: relative and absolute paths,
 * URLs and `node:` imports, builtins, subpath imports (`#x`), aliases (`~/x`, `@/x`, upper case)
 * and scoped packages (possibly private) are never candidates.
 */
export function npmPackageOf(specifier: string): string | undefined {
  const first = specifier.split('/')[0];
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(first) || specifier.includes(':')) return undefined;
  return NODE_BUILTINS.has(first) ? undefined : first;
}
