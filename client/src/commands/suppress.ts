// "Suppress with reason": asks why the finding is safe and inserts a warden-ignore comment above
// the line. A reason is required: it is what a reviewer reads later.

import * as vscode from 'vscode';
import { LANGUAGE_INFO, languageForEditorId, suppressionComment } from '../../../core/protocol';
import type { WardenCommand } from './index';

export const suppressWithReason: WardenCommand = {
  id: 'warden.suppressWithReason',
  async run(_context, uri?: unknown, line?: unknown, ruleId?: unknown) {
    if (typeof uri !== 'string' || typeof line !== 'number' || typeof ruleId !== 'string') return;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const language = languageForEditorId(document.languageId);
    if (!language) return;
    const reason = await vscode.window.showInputBox({
      title: `Suppress ${ruleId}`,
      prompt: 'Why is this finding safe here? (kept in the code for reviewers)',
      validateInput: (v) => (v.trim().length < 3 ? 'Give a reason of a few words' : undefined),
    });
    if (!reason) return;
    const comment = suppressionComment(document.getText(), line, ruleId, reason, LANGUAGE_INFO[language].lineComment);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(comment.line, 0), comment.text);
    await vscode.workspace.applyEdit(edit);
  },
};
