// Warden: Challenge assumptions — lists the implicit security assumptions of the selection (or the
// function around the cursor) in a quick pick that navigates to each line, or in a side document.
// One assumption per Warden finding there (from its diagnostics: rule, source → sink path), plus
// the questions a scanner cannot answer (core/coach/assumptions.ts, as `warden prompt challenge`).
// The function's bounds come from the language server's parse tree, else from a text heuristic.

import * as vscode from 'vscode';
import { Assumption, ChallengeFinding, challengeAssumptions, renderAssumptions } from '../../../core/coach/assumptions';
import { enclosingFunction } from '../../../core/coach/calls';
import {
  ENCLOSING_FUNCTION,
  EnclosingFunctionParams,
  EnclosingFunctionResult,
  LineSpan,
  languageForEditorId,
} from '../../../core/protocol';
import { languageClient } from '../language-client';
import { coachKnowledge, requireEditor } from './coach-context';
import type { WardenCommand } from './index';

interface Item extends vscode.QuickPickItem {
  assumption?: Assumption;
}

/** The function around `line`: the server's parse when it can tell, else the text heuristic. */
async function functionAround(doc: vscode.TextDocument, line: number): Promise<LineSpan | undefined> {
  const client = languageClient();
  if (client && languageForEditorId(doc.languageId)) {
    try {
      const params: EnclosingFunctionParams = { languageId: doc.languageId, text: doc.getText(), line };
      const span = await client.sendRequest<EnclosingFunctionResult>(ENCLOSING_FUNCTION, params);
      return span ?? undefined;
    } catch {
      // Server not ready or the parse timed out: the heuristic below answers instead.
    }
  }
  return enclosingFunction(doc.getText(), line, doc.languageId === 'python');
}

/** Warden's findings on the document, with the source → sink steps its diagnostics carry. */
function findingsOf(doc: vscode.TextDocument): ChallengeFinding[] {
  return vscode.languages
    .getDiagnostics(doc.uri)
    .filter((d) => d.source === 'Warden')
    .map((d) => {
      const ruleId = String(typeof d.code === 'object' ? d.code.value : (d.code ?? ''));
      const steps = (d.relatedInformation ?? []).filter(
        (r) => r.location.uri.toString() === doc.uri.toString() && /^(source: |→ |sink: )/.test(r.message),
      );
      const trace = steps.map((r) => ({
        line: r.location.range.start.line,
        label: r.message.replace(/^(source: |→ |sink: )/, ''),
      }));
      return { ruleId, line: d.range.start.line, ...(trace.length > 1 ? { trace } : {}) };
    })
    .filter((f) => f.ruleId !== '');
}

async function targetRange(editor: vscode.TextEditor): Promise<vscode.Range> {
  const doc = editor.document;
  if (!editor.selection.isEmpty)
    return new vscode.Range(
      editor.selection.start.line,
      0,
      editor.selection.end.line,
      doc.lineAt(editor.selection.end.line).text.length,
    );
  const span = await functionAround(doc, editor.selection.active.line);
  if (span) return new vscode.Range(span.start, 0, span.end, doc.lineAt(span.end).text.length);
  return new vscode.Range(0, 0, doc.lineCount - 1, doc.lineAt(doc.lineCount - 1).text.length);
}

function reveal(editor: vscode.TextEditor, line: number): void {
  const range = editor.document.lineAt(line).range;
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export const challengeAssumptionsCommand: WardenCommand = {
  id: 'warden.challengeAssumptions',
  async run(context) {
    const editor = requireEditor('challenge its assumptions');
    if (!editor) return;
    const doc = editor.document;
    const range = await targetRange(editor);
    const items = challengeAssumptions(doc.getText(range), findingsOf(doc), coachKnowledge(context), {
      startLine: range.start.line,
      language: languageForEditorId(doc.languageId),
    });
    const side = '$(open-preview) Open the list in a side document';
    const picks: Item[] = [
      ...items.map((a) => ({
        label: `$(question) Line ${a.line + 1}: ${a.assumption}`,
        detail: a.path ? `${a.question} Path: ${a.path}` : a.question,
        description: a.rule ?? a.concept,
        assumption: a,
      })),
      { label: side, alwaysShow: true },
    ];
    const original = editor.selection;
    const pick = vscode.window.createQuickPick<Item>();
    pick.title = `${items.length} assumption(s) in lines ${range.start.line + 1}–${range.end.line + 1}`;
    pick.placeholder = items.length
      ? 'Pick one to go to its line; ask the question before approving the code'
      : 'No Warden finding and no open question here';
    pick.items = picks;
    pick.matchOnDetail = true;
    pick.onDidChangeActive((active) => active[0]?.assumption && reveal(editor, active[0].assumption.line));
    const accepted = await new Promise<Item | undefined>((resolve) => {
      pick.onDidAccept(() => resolve(pick.selectedItems[0]));
      pick.onDidHide(() => resolve(undefined));
      pick.show();
    });
    pick.dispose();
    if (!accepted) {
      editor.selection = original;
      return;
    }
    if (accepted.assumption) {
      reveal(editor, accepted.assumption.line);
      return;
    }
    const name = vscode.workspace.asRelativePath(doc.uri);
    const side2 = await vscode.workspace.openTextDocument({
      content: renderAssumptions(items, name),
      language: 'markdown',
    });
    await vscode.window.showTextDocument(side2, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  },
};
