// Warden: Harden prompt — the selection (any file type) or a typed prompt, rewritten with the
// security requirements of its topics; the user replaces the selection, copies or opens it beside.
// "Copy prompt" copies the prompt alone, ready for a chat; the follow-up has its own button.

import * as vscode from 'vscode';
import { LanguageId, languageForEditorId } from '../../../core/protocol/languages';
import { mainLanguageFromRoot } from '../../../core/coach/detect';
import { hardenPrompt, promptBody, replacementFor } from '../../../core/coach/prompt';
import { coachKnowledge } from './coach-context';
import type { WardenCommand } from './index';

const REPLACE = 'Replace selection';
const COPY = 'Copy prompt';
const COPY_FOLLOW_UP = 'Copy follow-up';
const BESIDE = 'Open beside';

/** The first workspace folder's main language, from the manifests at its root. */
async function workspaceLanguage(): Promise<LanguageId | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  try {
    const entries = await vscode.workspace.fs.readDirectory(folder.uri);
    return mainLanguageFromRoot(entries.map(([name]) => name));
  } catch {
    return undefined;
  }
}

export const hardenPromptCommand: WardenCommand = {
  id: 'warden.hardenPrompt',
  async run(context) {
    const editor = vscode.window.activeTextEditor;
    const selection = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : undefined;
    const languageId = editor?.document.languageId ?? 'plaintext';
    const body =
      selection !== undefined
        ? promptBody(selection, languageId)
        : await vscode.window.showInputBox({
            title: 'Warden: Harden prompt',
            prompt: 'The prompt you would give an AI assistant',
            placeHolder: 'e.g. Write a Flask endpoint that handles file uploads',
          });
    if (!body?.trim()) return;
    // The prompt's own language first, else the open editor's (selected or not), else the workspace's.
    const hardened = hardenPrompt(body, coachKnowledge(context), {
      editor: editor ? languageForEditorId(languageId) : undefined,
      workspace: await workspaceLanguage(),
    });
    if (hardened.requirements.length === 0) {
      void vscode.window.showInformationMessage(
        'Warden: this prompt has no security surface (no input handling, data access, secrets or files); nothing to add.',
      );
      return;
    }
    const topics = hardened.requirements.map((r) => r.id).join(', ');
    const choice = await vscode.window.showQuickPick(
      selection !== undefined ? [REPLACE, COPY, BESIDE] : [COPY, BESIDE],
      {
        title: `Hardened prompt ready (${hardened.requirements.length} requirements: ${topics})`,
        placeHolder: 'What should Warden do with it?',
      },
    );
    if (choice === REPLACE && editor && selection !== undefined) {
      const range = editor.selection;
      // One edit: Undo restores the original selection exactly.
      await editor.edit((b) => b.replace(range, replacementFor(selection, hardened, languageId)));
    } else if (choice === COPY) {
      await vscode.env.clipboard.writeText(hardened.prompt);
      const next = await vscode.window.showInformationMessage(
        'Hardened prompt copied. Once the assistant has written the code, copy the follow-up that checks it.',
        COPY_FOLLOW_UP,
      );
      if (next === COPY_FOLLOW_UP) await vscode.env.clipboard.writeText(hardened.followUp);
    } else if (choice === BESIDE) {
      const doc = await vscode.workspace.openTextDocument({ content: hardened.text, language: 'markdown' });
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    }
  },
};
