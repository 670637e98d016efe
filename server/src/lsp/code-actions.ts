// Code actions from diagnostics alone (the fix travels in diagnostic.data, stamped with the
// document version it was computed for): the quick-fix, "suppress with reason", "show rule
// documentation", "disable rule in this workspace" (client commands), and fix-all
// (`source.fixAll.warden`). Only safe fixes are preferred and go into fix-all; a fix that needs
// review is offered under its own title and applied only when chosen. A fix computed for another
// version is never offered.

import { CodeAction, CodeActionKind, Diagnostic, TextEdit } from 'vscode-languageserver';
import type { Finding } from '../engine';
import { compatibleEdits } from '../engine/fixes/apply';
import type { Fix } from '../engine/fixes/model';
import type { DiagnosticData } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.warden`;
export const SUPPRESS_COMMAND = 'warden.suppressWithReason';
export const SHOW_RULE_DOCS_COMMAND = 'warden.showRuleDocs';
export const DISABLE_RULE_COMMAND = 'warden.disableRule';

/** A fix without a declared safety comes from outside the fixer registry (a dependency upgrade). */
export function isSafe(fix: Fix): boolean {
  return fix.safety !== 'review';
}

export function fixTitle(fix: Fix): string {
  return isSafe(fix) ? `Warden: ${fix.title}` : `Warden: ${fix.title} (review the change)`;
}

export function quickFixes(uri: string, version: number, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== 'Warden') continue;
    const data = d.data as DiagnosticData | undefined;
    if (!data) continue;
    if (data.fix && data.version === version) {
      actions.push({
        title: fixTitle(data.fix),
        kind: CodeActionKind.QuickFix,
        isPreferred: isSafe(data.fix),
        diagnostics: [d],
        edit: { changes: { [uri]: data.fix.edits as TextEdit[] } },
      });
    }
    if (data.ruleId.startsWith('warden/')) continue;
    actions.push({
      title: `Warden: suppress ${data.ruleId} on this line (with a reason)…`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      command: {
        title: 'Suppress with reason',
        command: SUPPRESS_COMMAND,
        arguments: [uri, d.range.start.line, data.ruleId],
      },
    });
    actions.push(
      {
        title: `Warden: show documentation for ${data.ruleId}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        command: { title: 'Show rule documentation', command: SHOW_RULE_DOCS_COMMAND, arguments: [data.ruleId] },
      },
      {
        title: `Warden: disable ${data.ruleId} in this workspace`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        command: { title: 'Disable rule in this workspace', command: DISABLE_RULE_COMMAND, arguments: [data.ruleId] },
      },
    );
  }
  return actions;
}

export function fixAll(uri: string, text: string, findings: Finding[]): CodeAction | undefined {
  const edits = compatibleEdits(
    text,
    findings.filter((f) => f.fix && isSafe(f.fix)).map((f) => f.fix!.edits),
  );
  if (edits.length === 0) return undefined;
  return {
    title: 'Warden: fix all safely fixable findings in this file',
    kind: FIX_ALL_KIND,
    edit: { changes: { [uri]: edits } },
  };
}
