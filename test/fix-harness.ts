// The fix-safety harness every fixer runs through (issue 16): each fix applied alone must leave a
// file that parses with no new error nodes, keep every untouched statement in the block it was in,
// remove its finding on re-scan (safe fixes; a review fix may be partial), and not be offered again
// where it was applied.

import type { Node, Tree } from 'web-tree-sitter';
import { Finding, LanguageId, LANGUAGES } from '../server/src/engine';
import { applyEdits } from '../server/src/engine/fixes/apply';
import { scanner } from './helpers';

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') starts.push(i + 1);
    else if (text[i] === '\r' && text[i + 1] !== '\n') starts.push(i + 1);
  }
  return starts;
}

interface Resolved {
  start: number;
  end: number;
  newText: string;
}

function resolve(text: string, edits: Finding['fix'] & object): Resolved[] {
  const starts = lineStarts(text);
  const at = (p: { line: number; character: number }): number =>
    p.line >= starts.length ? text.length : starts[p.line] + p.character;
  return edits.edits
    .map((e) => ({ start: at(e.range.start), end: at(e.range.end), newText: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Where an offset of the original text is after the edits; undefined inside replaced text. */
function mapOffset(edits: Resolved[], offset: number): number | undefined {
  let shift = 0;
  for (const e of edits) {
    if (e.start < offset && offset < e.end) return undefined;
    if (e.start === offset && e.end > offset) return undefined;
    if (e.end <= offset) shift += e.newText.length - (e.end - e.start);
  }
  return offset + shift;
}

export function errorCount(node: Node): number {
  let n = node.type === 'ERROR' || node.isMissing ? 1 : 0;
  for (const child of node.children) if (child) n += errorCount(child);
  return n;
}

function statements(root: Node, containers: string[]): Node[] {
  const out: Node[] = [];
  const visit = (node: Node): void => {
    const isContainer = containers.includes(node.type);
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (isContainer && !/comment/.test(child.type) && !containers.includes(child.type)) out.push(child);
      visit(child);
    }
  };
  visit(root);
  return out;
}

/** The statement starting at `offset` (a named child of a statement container). */
function statementAt(root: Node, offset: number, containers: string[]): Node | undefined {
  for (let node: Node | null = root.descendantForIndex(offset); node; node = node.parent) {
    if (node.startIndex !== offset) return undefined;
    if (node.parent && containers.includes(node.parent.type) && !containers.includes(node.type)) return node;
  }
  return undefined;
}

/** The owners of the blocks a statement sits in (if, except, function, …), innermost first. */
function owners(stmt: Node, containers: string[]): Node[] {
  const out: Node[] = [];
  for (let node = stmt.parent; node; node = node.parent)
    if (containers.includes(node.type) && !(node.parent && containers.includes(node.parent.type)))
      out.push(node.parent ?? node);
  return out;
}

function describe(text: string, node: Node): string {
  return `line ${node.startPosition.row + 1} \`${text.slice(node.startIndex, node.endIndex).split(/\r?\n/)[0].trim()}\``;
}

/** Statements the edits did not rewrite that now sit in another block, or are no statement any more. */
function displacedStatements(
  before: Tree,
  after: Tree,
  text: string,
  edits: Resolved[],
  language: LanguageId,
): string[] {
  const containers = LANGUAGES[language].syntax.statementContainers;
  const problems: string[] = [];
  for (const stmt of statements(before.rootNode, containers)) {
    const mapped = mapOffset(edits, stmt.startIndex);
    if (mapped === undefined) continue;
    const moved = statementAt(after.rootNode, mapped, containers);
    if (!moved) {
      problems.push(`${describe(text, stmt)} is no longer a statement of a block`);
      continue;
    }
    const was = owners(stmt, containers).map((o) => `${o.type}@${mapOffset(edits, o.startIndex) ?? 'rewritten'}`);
    const now = owners(moved, containers).map((o) => `${o.type}@${o.startIndex}`);
    if (was.some((w) => w.endsWith('@rewritten'))) continue;
    if (was.join(' < ') !== now.join(' < '))
      problems.push(`${describe(text, stmt)} left its block: was in ${was[0]}, now in ${now[0]}`);
  }
  return problems;
}

export interface HarnessResult {
  /** What is wrong with the fix, empty when it passes. */
  problems: string[];
  output: string;
}

/** Runs one finding's fix through every check. `findings` is the scan the finding came from. */
export async function checkFix(
  text: string,
  language: LanguageId,
  finding: Finding,
  findings: Finding[],
): Promise<HarnessResult> {
  const fix = finding.fix!;
  const output = applyEdits(text, fix.edits);
  const problems: string[] = [];
  if (output === text) return { problems: ['the fix changes nothing'], output };
  const edits = resolve(text, fix);
  const pool = scanner().pool;
  const before = await pool.parse(language, text);
  const after = await pool.parse(language, output);
  try {
    if (errorCount(after.rootNode) > errorCount(before.rootNode)) problems.push('the fixed code has new parse errors');
    problems.push(...displacedStatements(before, after, text, edits, language));
  } finally {
    before.delete();
    after.delete();
  }
  const rescan = (await scanner().scanText(output, language)).findings.filter((f) => f.ruleId === finding.ruleId);
  const shifted = (offset: number): number =>
    edits.filter((e) => e.end <= offset).reduce((o, e) => o + e.newText.length - (e.end - e.start), offset);
  const written = edits.map((e) => {
    const end = shifted(e.end);
    return { from: end - e.newText.length, to: end };
  });
  const starts = lineStarts(output);
  const offset = (p: { line: number; character: number }): number => (starts[p.line] ?? output.length) + p.character;
  // A rule reports a line once, so another of its sinks on the fixed line (`;`-joined statements)
  // shows only once this one is fixed: outside the written text and elsewhere, it is not this finding.
  const textStarts = lineStarts(text);
  const fixedStart = shifted(textStarts[finding.range.start.line] + finding.range.start.character);
  const unshifted = (at: number): number =>
    edits.reduce((o, e, i) => (written[i].to <= at ? o - (e.newText.length - (e.end - e.start)) : o), at);
  const revealed = rescan.filter((f) => {
    const s = offset(f.range.start);
    const e = offset(f.range.end);
    if (s === fixedStart || written.some((w) => s <= w.to && e >= w.from)) return false;
    return textStarts.filter((l) => l <= unshifted(s)).length - 1 === finding.range.start.line;
  });
  // A review fix may leave its finding (a partial fix, a skeleton with a TODO); a safe one may not.
  const reportedBefore = findings.filter((f) => f.ruleId === finding.ruleId).length;
  if (fix.safety !== 'review' && rescan.length - revealed.length > reportedBefore - 1)
    problems.push('the finding is still reported after the fix');
  // Where the fix wrote, the same rule must offer nothing more: a second application changes nothing.
  for (const again of rescan) {
    if (!again.fix) continue;
    const s = offset(again.range.start);
    const e = offset(again.range.end);
    if (written.some((w) => s <= w.to && e >= w.from))
      problems.push(
        `a second application changes the code again (${again.ruleId} at line ${again.range.start.line + 1})`,
      );
  }
  return { problems, output };
}
