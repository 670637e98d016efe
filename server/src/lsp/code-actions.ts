// Code actions from diagnostics alone (the fix travels in diagnostic.data, stamped with the
// document version it was computed for): the preferred quick-fix, "suppress with reason", and
// fix-all (`source.fixAll.warden`). A fix computed for another version is never offered.

import { CodeAction, CodeActionKind, Diagnostic, TextEdit } from 'vscode-languageserver';
import type { Finding } from '../engine';
import { compatibleEdits } from '../engine/fixes/apply';
import type { DiagnosticData } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.warden`;
export const SUPPRESS_COMMAND = 'warden.suppressWithReason';

export function quickFixes(uri: string, version: number, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== 'Warden') continue;
    const data = d.data as DiagnosticData | undefined;
    if (!data) continue;
    if (data.fix && data.version === version) {
      actions.push({
        title: `Warden: ${data.fix.title}`,
        kind: CodeActionKind.QuickFix,
        isPreferred: true,
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
  }
  return actions;
}

export function fixAll(uri: string, text: string, findings: Finding[]): CodeAction | undefined {
  const edits = compatibleEdits(
    text,
    findings.filter((f) => f.fix).map((f) => f.fix!.edits),
  );
  if (edits.length === 0) return undefined;
  return {
    title: 'Warden: fix all auto-fixable findings in this file',
    kind: FIX_ALL_KIND,
    edit: { changes: { [uri]: edits } },
  };
}
