// The simplest fix: one capture of the match replaced by a text (`{{name}}` is another capture's
// text), with an optional import line. Rule-file templates and the built-in flag flips use it.

import { addImport, replace } from './edits';
import type { Fix, FixContext, Fixer, FixSafety } from './model';

export interface CaptureReplacement {
  replace: string;
  with: string;
  import?: string;
  title?: string;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function replaceCapture(spec: CaptureReplacement, ctx: FixContext): Fix | undefined {
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

/** A named fixer that replaces one capture. */
export function captureFixer(name: string, safety: FixSafety, spec: CaptureReplacement): Fixer {
  return { name, safety, propose: (ctx) => replaceCapture(spec, ctx) };
}
