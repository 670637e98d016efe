// Warden: Challenge assumptions — lists the implicit security assumptions of the selection (or the
// function around the cursor) in a quick pick that navigates to each line, or in a side document.
// The function's bounds and the calls come from the language server's parse tree; the text
// heuristics of core/coach stand in when the server cannot answer (not started, language it does
// not parse).

import * as vscode from 'vscode';
import { Assumption, findAssumptions, renderAssumptions } from '../../../core/coach/assumptions';
import { enclosingFunction } from '../../../core/coach/calls';
import {
  CALLS,
  CallFact,
  CallsParams,
  CallsResult,
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

/** The parser's calls in `range`, or undefined (the coach then reads calls from the text). */
async function callsIn(doc: vscode.TextDocument, range: vscode.Range): Promise<CallFact[] | undefined> {
  const client = languageClient();
  if (!client || !languageForEditorId(doc.languageId)) return undefined;
  const params: CallsParams = {
    languageId: doc.languageId,
    text: doc.getText(),
    startLine: range.start.line,
    endLine: range.end.line,
  };
  return client.sendRequest<CallsResult>(CALLS, params).then(
    (calls) => calls,
    () => undefined,
  );
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
    const items = findAssumptions(doc.getText(range), coachKnowledge(context), {
      startLine: range.start.line,
      language: languageForEditorId(doc.languageId),
      calls: await callsIn(doc, range),
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
