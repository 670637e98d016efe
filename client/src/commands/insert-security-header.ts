// Warden: Insert security requirements header — adds (or updates in place) the header comment at
// the top of the active file, inferred from its text and the Warden findings on it.

import * as vscode from 'vscode';
import { headerEdit } from '../../../core/coach/header';
import { TIER_LABEL } from '../../../core/coach/topics';
import { coachKnowledge, requireEditor, wardenFindings } from './coach-context';
import type { WardenCommand } from './index';

export const insertSecurityHeaderCommand: WardenCommand = {
  id: 'warden.insertSecurityHeader',
  async run(context) {
    const editor = requireEditor('insert a security header');
    if (!editor) return;
    const doc = editor.document;
    const result = headerEdit(
      { languageId: doc.languageId, text: doc.getText(), findings: wardenFindings(doc.uri) },
      coachKnowledge(context),
    );
    if (!result.ok) {
      void vscode.window.showWarningMessage(`Warden: ${result.error}`);
      return;
    }
    const range = new vscode.Range(doc.positionAt(result.edit.start), doc.positionAt(result.edit.end));
    await editor.edit((b) => b.replace(range, result.edit.newText));
    void vscode.window.showInformationMessage(
      `Warden: security header ${result.updated ? 'updated' : 'inserted'} (sensitivity ${TIER_LABEL[result.profile.tier]}). Fill in the TODO lines.`,
    );
  },
};
