// "Warden: Security report": asks the language server for the compliance report of the workspace
// (`warden/report`, the same code as `warden report` on the command line), saves it where the
// user picks, and opens it.

import * as vscode from 'vscode';
import { writeFileAtomic } from '../../../core/io/write-file';
import { REPORT, ReportFormat, ReportParams, ReportResult } from '../../../core/protocol';
import { languageClient } from '../language-client';
import { workspaceExcludes } from '../workspace-excludes';
import type { WardenCommand } from './index';

export type { ReportFormat };

export function reportFileName(format: ReportFormat, date = new Date()): string {
  return `warden-security-report-${date.toISOString().slice(0, 10)}.${format}`;
}

export const securityReportCommand: WardenCommand = {
  id: 'warden.securityReport',
  async run() {
    const client = languageClient();
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!client || !folder) {
      void vscode.window.showWarningMessage('Warden: open a folder to build its security report.');
      return;
    }
    const picked = await vscode.window.showQuickPick(
      [
        { label: 'HTML', description: 'one self-contained page with a chart', format: 'html' as const },
        { label: 'Markdown', description: 'for a repository or a pull request', format: 'md' as const },
      ],
      { title: 'Warden: security report format' },
    );
    if (!picked) return;
    const result = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: 'Warden: building the security report…',
        cancellable: true,
      },
      (_progress, token) =>
        client.sendRequest<ReportResult>(
          REPORT,
          { format: picked.format, exclude: workspaceExcludes() } satisfies ReportParams,
          token,
        ),
    );
    const target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(folder.uri, reportFileName(picked.format)),
      filters: picked.format === 'html' ? { HTML: ['html'] } : { Markdown: ['md'] },
    });
    if (!target) return;
    // On disk through the one atomic writer (whole or not at all, never through a symlink).
    try {
      if (target.scheme === 'file') writeFileAtomic(target.fsPath, result.text, { confineTo: folder.uri.fsPath });
      else await vscode.workspace.fs.writeFile(target, Buffer.from(result.text, 'utf8'));
    } catch (e) {
      void vscode.window.showErrorMessage(`Warden: the report was not saved: ${(e as Error).message}`);
      return;
    }
    if (picked.format === 'md') await vscode.commands.executeCommand('markdown.showPreview', target);
    else await vscode.env.openExternal(target);
    void vscode.window.showInformationMessage(
      `Warden: security report of ${result.files} files with ${result.findings} findings saved to ${vscode.workspace.asRelativePath(target)}.`,
    );
  },
};
