// Statement shapes for the fix-safety harness: the same code written the ways real files write it
// (CRLF line endings, tab indentation, one-line suites and blocks, `;`-joined statements, a
// statement guarded by a one-line `if`). Each shape is applied to the statements of fixable
// findings; a shape that would not parse is dropped.

import type { Node } from 'web-tree-sitter';
import { Finding, LanguageId, LANGUAGES } from '../server/src/engine';

export interface Shape {
  name: string;
  text: string;
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

function splice(text: string, edits: Splice[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const e of sorted) {
    if (e.start < cursor) continue; // overlapping shape edits: keep the first
    out += text.slice(cursor, e.start) + e.text;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

export function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** Leading indentation in tabs, one tab per indentation step of the file. */
export function tabs(text: string): string {
  const widths = [...text.matchAll(/^( +)\S/gm)].map((m) => m[1].length);
  const unit = widths.length > 0 ? Math.min(...widths) : 4;
  return text.replace(
    /^( +)(?=\S)/gm,
    (spaces) => '\t'.repeat(Math.floor(spaces.length / unit)) + ' '.repeat(spaces.length % unit),
  );
}

const PY_SIMPLE = new Set([
  'expression_statement',
  'return_statement',
  'raise_statement',
  'pass_statement',
  'assert_statement',
  'delete_statement',
]);
const DECLARATIONS = new Set([
  'lexical_declaration',
  'variable_declaration',
  'local_variable_declaration',
  'short_var_declaration',
  'var_declaration',
  'const_declaration',
  'function_declaration',
  'class_declaration',
]);

function statementOf(node: Node, containers: string[]): Node | undefined {
  let current: Node | null = node;
  while (current?.parent && !containers.includes(current.parent.type)) current = current.parent;
  return current?.parent ? current : undefined;
}

function children(container: Node): Node[] {
  return container.namedChildren.filter((c): c is Node => !!c && !/comment/.test(c.type));
}

function singleLine(n: Node): boolean {
  return n.startPosition.row === n.endPosition.row;
}

function simple(language: LanguageId, n: Node): boolean {
  if (!singleLine(n)) return false;
  if (language === 'python') return PY_SIMPLE.has(n.type);
  if (language === 'go')
    return (
      !/_statement$/.test(n.type) ||
      /^(expression|return|assignment|inc|dec|go|defer|send)_statement$/.test(n.type) ||
      n.type === 'short_var_declaration'
    );
  return /[;}]$/.test(n.text) && !/^(if|for|while|do|try|switch)_statement$/.test(n.type);
}

/** `if cond:\n    stmt` → `if cond: stmt`; `if (c) {\n stmt;\n}` → `if (c) { stmt; }` (Go joins with `;`). */
function oneLineBlocks(text: string, language: LanguageId, stmts: Node[]): Splice[] {
  const out: Splice[] = [];
  const seen = new Set<number>();
  for (const stmt of stmts) {
    const list = stmt.parent!;
    const block = list.type === 'statement_list' && list.parent ? list.parent : list; // Go: { statement_list }
    if (seen.has(block.id) || !block.parent || block.type === 'module' || block.type === 'program') continue;
    seen.add(block.id);
    const body = children(list);
    if (body.length === 0 || body.length > 3 || !body.every((b) => simple(language, b))) continue;
    if (language === 'python') {
      const colon = text.lastIndexOf(':', body[0].startIndex);
      if (colon < 0 || !/^:(\s|#[^\n]*)*$/.test(text.slice(colon, body[0].startIndex))) continue;
      if (text.slice(colon + 1, body[0].startIndex).indexOf('\n') < 0) continue;
      out.push({
        start: colon + 1,
        end: body[body.length - 1].endIndex,
        text: ' ' + body.map((b) => b.text).join('; '),
      });
    } else {
      if (!/^\{[\s\S]*\}$/.test(block.text) || singleLine(block)) continue;
      const sep = language === 'go' ? '; ' : ' ';
      out.push({ start: block.startIndex, end: block.endIndex, text: `{ ${body.map((b) => b.text).join(sep)} }` });
    }
  }
  return out;
}

const FILLER: Record<LanguageId, string> = {
  python: 'pass',
  javascript: 'void 0;',
  typescript: 'void 0;',
  tsx: 'void 0;',
  java: 'assert true;',
  go: '_ = 0',
};

/**
 * `a = 1\nstmt` → `a = 1; stmt`: the statement shares its line with the one before; a statement
 * first in its block gets a filler before it (`pass; stmt`, `void 0; stmt`).
 */
function semicolonJoined(text: string, language: LanguageId, stmts: Node[]): Splice[] {
  const out: Splice[] = [];
  const sep = language === 'python' || language === 'go' ? '; ' : ' ';
  for (const stmt of stmts) {
    const siblings = children(stmt.parent!);
    const prev = siblings[siblings.findIndex((s) => s.id === stmt.id) - 1];
    if (!prev) {
      out.push({ start: stmt.startIndex, end: stmt.startIndex, text: `${FILLER[language]}${sep}` });
      continue;
    }
    if (!simple(language, prev) || prev.endPosition.row === stmt.startPosition.row) continue;
    if (!/^(\s|#[^\n]*|\/\/[^\n]*)*$/.test(text.slice(prev.endIndex, stmt.startIndex))) continue;
    out.push({ start: prev.endIndex, end: stmt.startIndex, text: sep });
  }
  return out;
}

const GUARD: Record<LanguageId, (s: string) => string> = {
  python: (s) => `if len(__name__): ${s}`,
  javascript: (s) => `if (Date.now() > 0) ${s}`,
  typescript: (s) => `if (Date.now() > 0) ${s}`,
  tsx: (s) => `if (Date.now() > 0) ${s}`,
  java: (s) => `if (System.nanoTime() > 0) ${s}`,
  go: (s) => `if len(s) >= 0 { ${s} }`,
};

/** `stmt` → `if (cond) stmt` (Python `if cond: stmt`, Go `if cond { stmt }`). */
function guarded(language: LanguageId, stmts: Node[]): Splice[] {
  return stmts
    .filter(
      (s) => !DECLARATIONS.has(s.type) && !/^(decorated_definition|function_definition|class_definition)$/.test(s.type),
    )
    .filter((s) => language !== 'python' || PY_SIMPLE.has(s.type))
    .map((s) => ({ start: s.startIndex, end: s.endIndex, text: GUARD[language](s.text) }));
}

/** The statements of the fixable findings, each once. */
export function fixableStatements(root: Node, language: LanguageId, findings: Finding[]): Node[] {
  const containers = LANGUAGES[language].syntax.statementContainers;
  const out = new Map<number, Node>();
  for (const f of findings.filter((x) => x.fix)) {
    const at = root.descendantForPosition({ row: f.range.start.line, column: f.range.start.character });
    const stmt = at && statementOf(at, containers);
    if (stmt && stmt.parent && !['module', 'program', 'source_file', 'class_body'].includes(stmt.parent.type))
      out.set(stmt.id, stmt);
  }
  return [...out.values()];
}

/** The literal a SQL shape adds to every WHERE: a `%` and a `?` that no driver may read as placeholders. */
export const SQL_MARK = 'x%?';

/** `… WHERE a = …` → `… WHERE note <> 'x%?' AND a = …` in SQL text (the other quote than the string's). */
function sqlLiterals(text: string): string {
  return text.replace(/(["'`])((?:SELECT|UPDATE|DELETE)\b[^\n]*?\bWHERE )/gi, (_, quote: string, sql: string) => {
    const q = quote === "'" ? '"' : "'";
    return `${quote}${sql}note <> ${q}${SQL_MARK}${q} AND `;
  });
}

/** `const execFile = (file) => file;` first in every block holding a fixable statement: a shadowed name. */
function shadowedExecFile(stmts: Node[]): Splice[] {
  const blocks = new Map<number, Node>();
  for (const stmt of stmts) if (stmt.parent?.type === 'statement_block') blocks.set(stmt.parent.id, stmt.parent);
  return [...blocks.values()].map((b) => ({
    start: b.startIndex + 1,
    end: b.startIndex + 1,
    text: ' const execFile = (file) => file;',
  }));
}

/** The statement shapes of a file, built around the statements of its fixable findings. */
export function statementShapes(text: string, language: LanguageId, stmts: Node[]): Shape[] {
  const shapes: Shape[] = [
    { name: 'one-line blocks', text: splice(text, oneLineBlocks(text, language, stmts)) },
    { name: ';-joined', text: splice(text, semicolonJoined(text, language, stmts)) },
    { name: 'guarded by a one-line if', text: splice(text, guarded(language, stmts)) },
    { name: 'SQL with a literal % and ?', text: sqlLiterals(text) },
  ];
  if (language !== 'python' && language !== 'go' && language !== 'java')
    shapes.push({ name: 'execFile shadowed', text: splice(text, shadowedExecFile(stmts)) });
  return shapes.filter((s) => s.text !== text);
}
