// Warden: Mark as AI-generated — wraps the selected lines in begin/end marker comments (label and
// note configurable), so reviewers and the language server know to ask for a comprehension check.

import * as vscode from 'vscode';
import { wrapInAiMarkers } from '../../../core/protocol/ai-regions';
import { commentStyle } from '../../../core/coach/comments';
import { coachSettings, requireEditor } from './coach-context';
import type { WardenCommand } from './index';

export const markAiGeneratedCommand: WardenCommand = {
  id: 'warden.markAiGenerated',
  async run() {
    const editor = requireEditor('mark AI-generated code');
    if (!editor) return;
    const doc = editor.document;
    const { start, end } = editor.selection;
    // A selection ending at column 0 of a line does not include that line.
    const last = end.character === 0 && end.line > start.line ? end.line - 1 : end.line;
    const range = new vscode.Range(start.line, 0, last, doc.lineAt(last).text.length);
    const lines = doc.getText(range).split(/\r\n|\r|\n/);
    const settings = coachSettings(doc.uri);
    const note = settings.aiMarkerNote.replace(/\{date\}/g, new Date().toISOString().slice(0, 10));
    const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const wrapped = wrapInAiMarkers(lines, commentStyle(doc.languageId), { label: settings.aiMarkerLabel, note });
    await editor.edit((b) => b.replace(range, wrapped.join(eol)));
  },
};
