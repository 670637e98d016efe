// "Warden: List suppressions": every warden-ignore / nosec / nosemgrep in the workspace with its
// rule, reason and location; pick one to go there, or export them all as JSON (the feedback loop
// for tuning rules). The export opens as an untitled document: the user decides where it is saved.
// Rules switched off in warden.disabledRules come first: a disabled security rule is never unseen.

import * as path from 'path';
import * as vscode from 'vscode';
import {
  LIST_SUPPRESSIONS,
  ListSuppressionsParams,
  ListSuppressionsResult,
  suppressionsReport,
  SuppressionEntry,
} from '../../../core/protocol';
import { languageClient } from '../language-client';
import { workspaceExcludes } from '../workspace-excludes';
import type { WardenCommand } from './index';

const EXPORT = 'Export all as JSON…';

function relative(file: string): string {
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(file));
  return folder ? path.relative(folder.uri.fsPath, file).split(path.sep).join('/') : file;
}

export const listSuppressionsCommand: WardenCommand = {
  id: 'warden.listSuppressions',
  async run() {
    const client = languageClient();
    if (!client) return;
    const exclude = workspaceExcludes();
    const entries = await client.sendRequest<ListSuppressionsResult>(LIST_SUPPRESSIONS, {
      exclude,
    } satisfies ListSuppressionsParams);
    const disabled = vscode.workspace.getConfiguration('warden').get<string[]>('disabledRules') ?? [];
    if (entries.length === 0 && disabled.length === 0) {
      void vscode.window.showInformationMessage('Warden: no suppressions in this workspace.');
      return;
    }
    type Item = vscode.QuickPickItem & { entry?: SuppressionEntry; disabledRule?: string };
    const items: Item[] = [
      ...disabled.map((rule) => ({
        label: `$(circle-slash) ${rule}`,
        description: '— rule disabled',
        detail: 'warden.disabledRules in the settings: no file is checked for it',
        disabledRule: rule,
      })),
      { label: `$(json) ${EXPORT}`, description: `${entries.length} suppressions` },
      ...entries.map((entry) => ({
        label: `${entry.targets.join(', ') || '(all rules)'}`,
        description: entry.reason ? `— ${entry.reason}` : '— no reason given',
        detail: `${relative(entry.file)}:${entry.appliesTo + 1}  ${entry.code}`,
        entry,
      })),
    ];
    const picked = await vscode.window.showQuickPick(items, {
      title: 'Warden suppressions',
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (!picked) return;
    if (picked.disabledRule) {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'warden.disabledRules');
      return;
    }
    if (!picked.entry) {
      const doc = await vscode.workspace.openTextDocument({
        language: 'json',
        content: suppressionsReport(entries, relative),
      });
      await vscode.window.showTextDocument(doc);
      return;
    }
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(picked.entry.file));
    const position = new vscode.Position(picked.entry.line, 0);
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(position, position) });
  },
};
