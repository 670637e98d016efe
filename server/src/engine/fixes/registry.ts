// All quick-fixes by name. A rule names a built-in fixer (`fix: go-comma-ok`) or declares a
// template (`fix: { replace: <capture>, with: <text>, import: <line> }`). Fixers are engine code;
// rule files only refer to them, so a workspace rule can never run code.

import type { FixSpec } from '../rule-model';
import { addImport, replace } from './edits';
import { GO_FIXERS } from './go';
import { JAVA_FIXERS } from './java';
import { JAVASCRIPT_FIXERS } from './javascript';
import type { Fix, FixContext, Fixer } from './model';
import { PYTHON_FIXERS } from './python';

export const FIXERS: Record<string, Fixer> = { ...GO_FIXERS, ...PYTHON_FIXERS, ...JAVASCRIPT_FIXERS, ...JAVA_FIXERS };

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function template(spec: Extract<FixSpec, { kind: 'template' }>, ctx: FixContext): Fix | undefined {
  const target = ctx.captures.get(spec.replace)?.[0];
  if (!target) return undefined;
  const text = spec.with.replace(/\{\{(\w+)\}\}/g, (_, name: string) => ctx.captures.get(name)?.[0]?.text ?? '');
  if (text === target.text) return undefined;
  const edits = [replace(target, text)];
  if (spec.import) {
    const imp = addImport(ctx, spec.import, new RegExp(`^\\s*${escapeRegex(spec.import)}\\s*$`, 'm'));
    if (imp) edits.unshift(imp);
  }
  return { title: spec.title ?? `Replace with ${text}`, edits };
}

/** The fix for a finding, or undefined when no mechanical rewrite applies here. Never throws. */
export function computeFix(spec: FixSpec | undefined, ctx: FixContext): Fix | undefined {
  if (!spec) return undefined;
  try {
    return spec.kind === 'template' ? template(spec, ctx) : FIXERS[spec.name]?.(ctx);
  } catch {
    return undefined;
  }
}
