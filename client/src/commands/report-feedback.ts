// "Warden: Report a false positive or a missed vulnerability": on the current line, the user picks
// a Warden finding to call a false positive, or says a vulnerability of some class was missed,
// gives a reason, and the record (with a snippet) is appended to .warden/feedback.json, a file the
// team shares; `warden feedback export` turns it into fixture drafts. Trusted workspaces only
// (it writes a workspace file).

import * as path from 'path';
import * as vscode from 'vscode';
import { appendFeedback, FEEDBACK_FILE, newFeedbackRecord } from '../../../core/feedback/records';
import { readWorkspaceFile } from '../../../core/io/read-file';
import { writeFileAtomic } from '../../../core/io/write-file';
import { CLASSES, languageForEditorId } from '../../../core/protocol';
import type { WardenCommand } from './index';

export const reportFeedbackCommand: WardenCommand = {
  id: 'warden.reportFeedback',
  async run() {
    const editor = vscode.window.activeTextEditor;
    const folder = editor && vscode.workspace.getWorkspaceFolder(editor.document.uri);
    if (!editor || !folder)
      return vscode.window.showInformationMessage('Warden: open a file of a workspace folder first.');
    if (!vscode.workspace.isTrusted)
      return vscode.window.showInformationMessage('Warden: feedback is recorded in trusted workspaces only.');
    const language = languageForEditorId(editor.document.languageId);
    if (!language) return vscode.window.showInformationMessage('Warden: not a language Warden scans.');
    const line = editor.selection.active.line;
    const findings = vscode.languages
      .getDiagnostics(editor.document.uri)
      .filter((d) => d.source === 'Warden' && d.range.start.line <= line && d.range.end.line >= line);
    const picks = [
      ...findings.map((d) => ({ label: `False positive: ${String(d.code)}`, ruleId: String(d.code) })),
      { label: 'Missed vulnerability on this line', ruleId: undefined as string | undefined },
    ];
    const pick = await vscode.window.showQuickPick(picks, { title: 'Warden feedback' });
    if (!pick) return;
    const cls = pick.ruleId
      ? pick.ruleId.split('/')[1]
      : (
          await vscode.window.showQuickPick(
            Object.entries(CLASSES).map(([id, c]) => ({ label: c.title, id })),
            { title: 'Which kind of vulnerability was missed?' },
          )
        )?.id;
    if (!cls) return;
    const reason = await vscode.window.showInputBox({
      title: 'Warden feedback',
      prompt: pick.ruleId ? 'Why is this finding wrong here?' : 'What is vulnerable here?',
      validateInput: (v) => (v.trim().length < 3 ? 'Give a reason of a few words' : undefined),
    });
    if (!reason) return;
    const root = folder.uri.fsPath;
    const target = path.join(root, FEEDBACK_FILE);
    const existing = readWorkspaceFile(target, { maxBytes: 8 * 1024 * 1024, root });
    const record = newFeedbackRecord({
      kind: pick.ruleId ? 'false-positive' : 'missed',
      ruleId: pick.ruleId,
      class: cls,
      file: path.relative(root, editor.document.uri.fsPath).split(path.sep).join('/'),
      line: line + 1,
      language,
      text: editor.document.getText(),
      reason: reason.trim(),
      date: new Date().toISOString().slice(0, 10),
    });
    try {
      await vscode.workspace.fs.createDirectory(vscode.Uri.file(path.dirname(target)));
      writeFileAtomic(target, appendFeedback(existing.ok ? existing.text : undefined, record), { confineTo: root });
    } catch (e) {
      return vscode.window.showErrorMessage(
        `Warden: feedback not saved: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    return vscode.window.showInformationMessage(`Warden: feedback recorded in ${FEEDBACK_FILE}.`);
  },
};
