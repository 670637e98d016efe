// The fuzzer's oracle: checks one scan of one input (ranges inside their lines, no new syntax
// errors from fixes, findings shifted by exactly an inserted text, time ceilings).

import type { Tree } from 'web-tree-sitter';
import type { Finding, Range, Scanner } from '../server/src/engine';
import { applyEdits, compatibleEdits } from '../server/src/engine/fixes/apply';
import { DEFAULT_SCAN_BUDGET_MS } from '../server/src/engine/scan';
import { DEFAULT_PARSE_BUDGET_MS } from '../server/src/engine/parsers';
import type { CorpusFile, FuzzCase, NeutralInsertion } from './fuzz-lib';

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
