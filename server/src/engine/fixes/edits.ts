// Small helpers fixers share: statement boundaries, indentation, import insertion, taint probes.

import type { Node } from 'web-tree-sitter';
import { Level } from '../dataflow';
import { LANGUAGES } from '../languages';
import { positionAt, rangeOf } from '../positions';
import type { Position } from '../types';
import type { FixContext, TextEdit } from './model';

export function replace(node: Node, newText: string): TextEdit {
  return { range: rangeOf(node), newText };
}

export function insertAt(position: Position, newText: string): TextEdit {
  return { range: { start: position, end: position }, newText };
}

/** How far up a fix looks for the statement around a finding (see statementOf). */
const MAX_STATEMENT_CLIMB = 200;

export class NoStatementNearby extends Error {}

/**
 * The statement that contains `node`: the ancestor whose parent holds statements. Each
 * `node.parent` re-descends from the root, so climbing from 10,000 levels deep cost O(depth²) per
 * finding (minutes for a 10,000-term expression, found by the fuzzer); a sink that far from its
 * statement gets no fix (computeFix turns the throw into "no fix").
 */
export function statementOf(ctx: FixContext, node: Node): Node {
  const containers = LANGUAGES[ctx.language].syntax.statementContainers;
  let current = node;
  for (let climbed = 0; current.parent && !containers.includes(current.parent.type); climbed++) {
    if (climbed >= MAX_STATEMENT_CLIMB) throw new NoStatementNearby();
    current = current.parent;
  }
  return current;
}

/** The indentation of the line holding `node` (read from the text, without splitting it). */
export function indentOf(text: string, node: Node): string {
  const lineStart =
    Math.max(text.lastIndexOf('\n', node.startIndex - 1), text.lastIndexOf('\r', node.startIndex - 1)) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, node.startIndex))![0];
}

export class NoSafeShape extends Error {}

function lineStartOf(text: string, index: number): number {
  return Math.max(text.lastIndexOf('\n', index - 1), text.lastIndexOf('\r', index - 1)) + 1;
}

function statementsOf(container: Node): Node[] {
  return container.namedChildren.filter((c): c is Node => !!c && !/comment/.test(c.type));
}

/**
 * An edit that puts `lines` (indented relative to the statement: a nested line starts with
 * indentUnit) on their own lines just before `stmt`, inside the same block. Python needs care
 * where the statement does not begin its line: a one-line suite (`except E: return x`) becomes an
 * indented block, a statement after `;` moves to its own line; a later statement of a one-line
 * suite (`if x: a(); save(f)`) has no safe place, so NoSafeShape is thrown (computeFix: no fix).
 * Braces delimit the other languages' blocks, so the lines go in front of the statement.
 */
export function insertLinesBefore(ctx: FixContext, stmt: Node, lines: string[]): TextEdit {
  const nl = eol(ctx);
  const text = ctx.text;
  const before = text.slice(lineStartOf(text, stmt.startIndex), stmt.startIndex);
  const at = { line: stmt.startPosition.row, character: stmt.startPosition.column };
  if (/^[ \t]*$/.test(before) || ctx.language !== 'python')
    return insertAt(at, lines.map((l) => `${l}${nl}${indentOf(text, stmt)}`).join(''));
  const block = stmt.parent;
  const siblings = block ? statementsOf(block) : [];
  const prev = siblings[siblings.findIndex((s) => s.id === stmt.id) - 1];
  const first = siblings[0];
  const lineOf = (indent: string): string => `${nl}${indent}${lines.join(`${nl}${indent}`)}${nl}${indent}`;
  if (!prev && block?.type === 'block' && block.parent) {
    const colon = text.lastIndexOf(':', stmt.startIndex);
    if (colon < 0 || !/^:[ \t]*$/.test(text.slice(colon, stmt.startIndex))) throw new NoSafeShape();
    const indent = indentOf(text, block.parent) + indentUnit(ctx);
    return { range: { start: positionAt(text, colon + 1), end: at }, newText: lineOf(indent) };
  }
  const firstBeginsLine = !!first && /^[ \t]*$/.test(text.slice(lineStartOf(text, first.startIndex), first.startIndex));
  if (prev && firstBeginsLine && /^[ \t]*;[ \t]*$/.test(text.slice(prev.endIndex, stmt.startIndex)))
    return { range: { start: positionAt(text, prev.endIndex), end: at }, newText: lineOf(indentOf(text, first)) };
  throw new NoSafeShape();
}

/** The line ending the document uses, so inserted lines match it. */
export function eol(ctx: FixContext): string {
  return ctx.memo('eol', () => (ctx.text.includes('\r\n') ? '\r\n' : '\n'));
}

/** One indentation step in the document's style (tab or its most common space width). */
export function indentUnit(ctx: FixContext): string {
  return ctx.memo('indent-unit', () => {
    if (/^\t/m.test(ctx.text)) return '\t';
    const m = /^( {2,8})\S/m.exec(ctx.text);
    return m ? m[1] : '    ';
  });
}

export function isTainted(ctx: FixContext, node: Node, atLeast: Level = Level.Tainted): boolean {
  return ctx.flow.flowOf(node, ctx.taint).level >= atLeast;
}

/**
 * The smallest tainted pieces of an expression: identifiers, member reads and calls whose value
 * comes from the source, not the concatenations and joins around them.
 */
export function taintedLeaves(ctx: FixContext, node: Node, atLeast: Level = Level.Tainted): Node[] {
  if (!isTainted(ctx, node, atLeast)) return [];
  const syntax = LANGUAGES[ctx.language].syntax;
  const isLeaf = syntax.identifiers.includes(node.type) || syntax.members.some((m) => m.type === node.type);
  if (isLeaf) return [node];
  const call = syntax.calls.find((c) => c.type === node.type);
  if (call) {
    // request.args.get('x') carries taint through its receiver: the whole call is the leaf.
    const args = node.childForFieldName(call.args);
    const inArgs = args ? taintedLeaves(ctx, args, atLeast) : [];
    return inArgs.length > 0 ? inArgs : [node];
  }
  const children = node.namedChildren.filter((c): c is Node => !!c);
  const inner = children.flatMap((c) => taintedLeaves(ctx, c, atLeast));
  return inner.length > 0 ? inner : [node];
}

/** Whether the whole document matches `pattern` (computed once per scan). */
export function fileMatches(ctx: FixContext, pattern: RegExp): boolean {
  return ctx.memo(`file:${pattern.source}/${pattern.flags}`, () => pattern.test(ctx.text));
}

export class NoPlaceForImport extends Error {}

/**
 * A new import goes on the line after the last one. When the next declaration starts on that
 * same line (`from x import y@app.route(…)` in a spliced file, found by the fuzzer), the new line
 * would split it: the fix is declined (computeFix turns the throw into "no fix").
 */
function assertLineAfterIsFree(lastImport: Node): void {
  let next = lastImport.nextSibling;
  while (next && /comment/.test(next.type)) next = next.nextSibling; // `import os  # why` is fine
  if (next && next.startPosition.row === lastImport.endPosition.row) throw new NoPlaceForImport();
}

interface ImportAnchor {
  /** Where a new import line goes, or undefined when the file has no place for imports (Go fragment). */
  position?: Position;
  /** Go: the line is inserted inside an import ( … ) block, or as a new import declaration. */
  goStyle?: 'list' | 'declaration';
}

function importAnchor(ctx: FixContext): ImportAnchor {
  return ctx.memo('import-anchor', () => {
    const kinds = LANGUAGES[ctx.language].syntax.imports;
    const tops = ctx.tree.rootNode.namedChildren.filter((c): c is Node => !!c);
    if (ctx.language === 'go') {
      const block = tops.filter((c) => c.type === 'import_declaration').pop();
      if (!block) return {};
      const list = block.namedChildren.find((c) => c?.type === 'import_spec_list');
      if (!list) assertLineAfterIsFree(block);
      return list
        ? { position: { line: list.endPosition.row, character: 0 }, goStyle: 'list' }
        : { position: { line: block.endPosition.row + 1, character: 0 }, goStyle: 'declaration' };
    }
    let last: Node | undefined;
    for (const child of tops) {
      const isRequire =
        ctx.language !== 'python' && child.type === 'lexical_declaration' && /=\s*require\(/.test(child.text);
      if (kinds.includes(child.type) || isRequire) last = child;
    }
    if (last) {
      assertLineAfterIsFree(last);
      return { position: { line: last.endPosition.row + 1, character: 0 } };
    }
    // No imports yet: before the first line that is not a comment.
    const first = tops.find((c) => !/comment/.test(c.type));
    return { position: { line: first ? first.startPosition.row : 0, character: 0 } };
  });
}

/** An edit adding `line` to the import block (after the last import), unless `present` already matches. */
export function addImport(ctx: FixContext, line: string, present: RegExp): TextEdit | undefined {
  if (fileMatches(ctx, present)) return undefined;
  const anchor = importAnchor(ctx);
  if (!anchor.position) return undefined;
  const nl = eol(ctx);
  if (anchor.goStyle === 'list') return insertAt(anchor.position, `\t${line}${nl}`);
  const text = anchor.goStyle === 'declaration' ? `import ${line}` : line;
  // The last import ends the file without a line break: the line after it does not exist, and
  // inserting there glued the new import onto the old one (`import osfrom flask import abort`).
  const end = endOfDocument(ctx);
  if (anchor.position.line > end.line) return insertAt(end, `${nl}${text}`);
  return insertAt(anchor.position, `${text}${nl}`);
}

/** The position after the last character (LSP lines: \r\n, \r and \n end a line). */
function endOfDocument(ctx: FixContext): Position {
  return ctx.memo('end-of-document', () => {
    const lines = ctx.text.split(/\r\n|\r|\n/);
    return { line: lines.length - 1, character: lines[lines.length - 1].length };
  });
}

export function nameInScope(ctx: FixContext, at: Node, preferred: string[]): string {
  const fn = ctx.flow.enclosingFunction(at) ?? ctx.tree.rootNode;
  const taken = new Set(fn.descendantsOfType(LANGUAGES[ctx.language].syntax.identifiers).map((n) => n?.text));
  const found = preferred.find((name) => !taken.has(name));
  if (found) return found;
  for (let i = 2; ; i++) if (!taken.has(`${preferred[0]}${i}`)) return `${preferred[0]}${i}`;
}
