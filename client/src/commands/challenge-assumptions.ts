// Warden: Challenge assumptions — lists the implicit security assumptions of the selection (or the
// function around the cursor) in a quick pick that navigates to each line, or in a side document.

import * as vscode from 'vscode';
import { languageForEditorId } from '../../../core/protocol/languages';
import { Assumption, findAssumptions, renderAssumptions } from '../../../core/coach/assumptions';
import { enclosingFunction } from '../../../core/coach/calls';
import { coachKnowledge, requireEditor } from './coach-context';
import type { WardenCommand } from './index';

interface Item extends vscode.QuickPickItem {
  assumption?: Assumption;
}

function targetRange(editor: vscode.TextEditor): vscode.Range {
  const doc = editor.document;
  if (!editor.selection.isEmpty)
    return new vscode.Range(
      editor.selection.start.line,
      0,
      editor.selection.end.line,
      doc.lineAt(editor.selection.end.line).text.length,
    );
  const span = enclosingFunction(doc.getText(), editor.selection.active.line, doc.languageId === 'python');
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
    const range = targetRange(editor);
    const items = findAssumptions(doc.getText(range), coachKnowledge(context), {
      startLine: range.start.line,
      language: languageForEditorId(doc.languageId),
    });
    const side = '$(open-preview) Open the list in a side document';
    const picks: Item[] = [
      ...items.map((a) => ({
        label: `$(question) Line ${a.line + 1}: ${a.assumption}`,
        detail: a.question,
        description: a.class,
        assumption: a,
      })),
      { label: side, alwaysShow: true },
    ];
    const original = editor.selection;
    const pick = vscode.window.createQuickPick<Item>();
    pick.title = `${items.length} assumption(s) in lines ${range.start.line + 1}–${range.end.line + 1}`;
    pick.placeholder = items.length
      ? 'Pick one to go to its line; ask the question before approving the code'
      : 'No assumptions found by the heuristics';
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
