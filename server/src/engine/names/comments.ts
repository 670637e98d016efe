// Comments inside a call are tree nodes: `exec(/* user */ cmd)` has the comment as its first
// argument, so every argument position, every anchored query (`. (_) @cmd`) and every list of
// arguments was shifted by it. Rather than teach each place to skip comments, the rules run on a
// twin of the tree parsed from the text with those comments blanked out (same length, newlines
// kept): every offset, line and column is the same, and the twin has no comment where an
// argument, a receiver or a list element is expected. Only files with such comments are parsed
// twice.

import { Language, Node, Parser, Query, Tree } from 'web-tree-sitter';
import type { SyntaxVocabulary } from '../languages';
import { withLoneCarriageReturnsAsNewlines } from '../parsers';

/** Literal lists whose elements rules read by position (`["sh", "-c", cmd]`, Go `[]string{…}`). */
const LIST_TYPES = ['list', 'array', 'tuple', 'expression_list', 'array_initializer', 'literal_value'];

const commentQueries = new Map<Language, Query | null>();
const parsers = new Map<Language, Parser>();

/**
 * A query for the comments among a call's parts: its arguments, its callee's `.member`, or a list
 * passed to it. Compiled once per grammar; it runs inside the wasm module, so the many comments
 * elsewhere (every statement-level one) never cross into JavaScript.
 */
function callCommentQuery(language: Language, syntax: SyntaxVocabulary): Query | null {
  let query = commentQueries.get(language);
  if (query === undefined) {
    const has = (type: string): boolean => !!language.idForNodeType(type, true);
    const types = ['comment', 'line_comment', 'block_comment'].filter(has);
    const comment = `[${types.map((t) => `(${t})`).join(' ')}] @comment`;
    const holders = [
      ...syntax.calls.flatMap((c) => [`(${c.type} ${comment})`, `(${c.type} ${c.args}: (_ ${comment}))`]),
      ...[...syntax.members.map((m) => m.type), ...LIST_TYPES].filter(has).map((t) => `(${t} ${comment})`),
    ];
    query = types.length > 0 ? new Query(language, holders.join('\n')) : null;
    commentQueries.set(language, query);
  }
  return query;
}

/**
 * A cheap lexical pre-check (no tree): whether any comment sits inside brackets, or right before a
 * `.member`. Strings are skipped; false alarms only cost the exact check by query, which alone took
 * a third of a parse on a large file.
 */
export function mayHaveCallComments(text: string, python: boolean): boolean {
  let depth = 0;
  const n = text.length;
  const nextIsMember = (from: number): boolean => {
    let j = from;
    while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\n' || text[j] === '\r')) j++;
    return text[j] === '.' || (python && text[j] === '#');
  };
  // Jumps from one bracket, quote or comment marker to the next.
  const interesting = python ? /[()[\]"'`#]/g : /[()[\]"'`/]/g;
  for (let i = 0; i < n; i++) {
    interesting.lastIndex = i;
    const found = interesting.exec(text);
    if (!found) break;
    i = found.index;
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === '"' || c === "'" || c === '`') {
      const triple = (c === '"' || c === "'") && text.startsWith(c + c + c, i);
      const close = triple ? c + c + c : c;
      let j = i + close.length;
      while (j < n && !text.startsWith(close, j)) j += text[j] === '\\' ? 2 : 1;
      i = j + close.length - 1;
    } else if (python ? c === '#' : c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const block = !python && text[i + 1] === '*';
      const end = block ? text.indexOf('*/', i + 2) : text.indexOf('\n', i);
      if (end < 0) return depth > 0;
      if (depth > 0 || nextIsMember(block ? end + 2 : end)) return true;
      i = block ? end + 1 : end;
    }
  }
  return false;
}

/** `text` with the given ranges replaced by spaces, line breaks kept (node indexes count UTF-16 units). */
function blank(text: string, ranges: Array<{ start: number; end: number }>): string {
  let out = '';
  let at = 0;
  for (const { start, end } of ranges) {
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}

/**
 * The tree to run rules on: `tree` itself when no comment sits inside a call, else a twin parsed
 * from the text with those comments blanked (the caller deletes it). Falls back to `tree` when the
 * twin cannot be parsed within `budgetMs`.
 */
export function treeWithoutCallComments(
  tree: Tree,
  text: string,
  syntax: SyntaxVocabulary,
  budgetMs: number,
  clock: () => number = Date.now,
): Tree {
  const query = callCommentQuery(tree.language, syntax);
  if (!query || !mayHaveCallComments(text, syntax.lineComment === '#')) return tree;
  const comments = query.captures(tree.rootNode).map((c) => c.node);
  if (comments.length === 0) return tree;
  const ranges = comments
    .map((c) => ({ start: c.startIndex, end: c.endIndex }))
    .sort((a, b) => a.start - b.start)
    .filter((r, i, all) => i === 0 || r.start >= all[i - 1].end);
  let parser = parsers.get(tree.language);
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(tree.language);
    parsers.set(tree.language, parser);
  }
  const deadline = clock() + budgetMs;
  const twin = parser.parse(withLoneCarriageReturnsAsNewlines(blank(text, ranges)), null, {
    progressCallback: () => clock() > deadline,
  });
  if (!twin) {
    parser.reset();
    return tree;
  }
  return twin;
}
