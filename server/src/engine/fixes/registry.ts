// All quick-fixes by name. A rule names a built-in fixer (`fix: go-comma-ok`, one file per fixer
// under fixes/<language>/, which also declares whether the fix is safe or needs review) or
// declares a template (`fix: { replace: <capture>, with: <text>, import: <line> }`). Fixers are
// engine code; rule files only refer to them, so a workspace rule can never run code.

import type { FixSpec } from '../rule-model';
import type { Position } from '../types';
import { statementOf } from './edits';
import { GO_FIXERS } from './go';
import { JAVA_FIXERS } from './java';
import { JAVASCRIPT_FIXERS } from './javascript';
import type { Fix, FixContext, Fixer, FixSafety } from './model';
import { PYTHON_FIXERS } from './python';
import { replaceCapture } from './replace-capture';

export const FIXERS: Record<string, Fixer> = Object.fromEntries(
  [...GO_FIXERS, ...PYTHON_FIXERS, ...JAVASCRIPT_FIXERS, ...JAVA_FIXERS].map((f) => [f.name, f]),
);

/** A rule file's template is data nobody vouched for as code: its fixes are offered for review. */
const TEMPLATE_SAFETY: FixSafety = 'review';

/** The fix for a finding, or undefined when no mechanical rewrite applies here. Never throws. */
export function computeFix(spec: FixSpec | undefined, ctx: FixContext): Fix | undefined {
  if (!spec) return undefined;
  try {
    const fixer = spec.kind === 'fixer' ? FIXERS[spec.name] : undefined;
    const fix = spec.kind === 'template' ? replaceCapture(spec, ctx) : fixer?.propose(ctx);
    if (
      !fix ||
      overlapping(fix) ||
      (ctx.tree.rootNode.hasError && touchesBrokenCode(ctx, fix)) ||
      statementsAmongDeclarations(ctx, fix)
    )
      return undefined;
    const declared = fixer ? fixer.safety : TEMPLATE_SAFETY;
    return { ...fix, safety: fix.safety === 'review' ? 'review' : declared };
  } catch {
    return undefined;
  }
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** A fix whose own edits overlap cannot be applied (the editor rejects it). */
function overlapping(fix: Fix): boolean {
  const edits = [...fix.edits].sort((a, b) =>
    before(a.range.start, b.range.start) ? -1 : before(b.range.start, a.range.start) ? 1 : 0,
  );
  return edits.some((e, i) => i > 0 && before(e.range.start, edits[i - 1].range.end));
}

/** Containers that hold declarations, not statements: a class body, a Go file's top level. */
const DECLARATION_CONTAINERS = new Set(['class_body', 'source_file']);

/**
 * A fix that writes several lines at a sink declared as a field (`ResultSet rs = c.createStatement()
 * .executeQuery(…);` in a class body, found by the fuzzer) would put statements where only
 * declarations may go: the result does not compile, so no fix is offered there.
 */
function statementsAmongDeclarations(ctx: FixContext, fix: Fix): boolean {
  if (!fix.edits.some((e) => /[\r\n]/.test(e.newText))) return false;
  const container = statementOf(ctx, ctx.node).parent;
  return !!container && DECLARATION_CONTAINERS.has(container.type);
}

/**
 * In a file with syntax errors, the "statement" around a finding can be an ERROR node spanning
 * half the file (the fuzzer found fixes that rewrote the whole file): no fix is offered when the
 * finding's statement, or any text an edit replaces, is broken code.
 */
function touchesBrokenCode(ctx: FixContext, fix: Fix): boolean {
  if (statementOf(ctx, ctx.node).hasError) return true;
  return fix.edits.some((e) => {
    if (!before(e.range.start, e.range.end)) return false;
    const covering = ctx.tree.rootNode.descendantForPosition(
      { row: e.range.start.line, column: e.range.start.character },
      { row: e.range.end.line, column: e.range.end.character },
    );
    return !covering || covering.hasError;
  });
}
