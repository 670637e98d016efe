// "Warden: Scan workspace": asks the server to scan every file (progress and cancellation are the
// server's work-done progress), honouring files.exclude.

import * as vscode from 'vscode';
import { SCAN_WORKSPACE, ScanWorkspaceParams, ScanWorkspaceResult } from '../../../core/protocol';
import { languageClient } from '../language-client';
import { workspaceExcludes } from '../workspace-excludes';
import type { WardenCommand } from './index';

export const scanWorkspaceCommand: WardenCommand = {
  id: 'warden.scanWorkspace',
  async run() {
    const client = languageClient();
    if (!client) return;
    const exclude = workspaceExcludes();
    const summary = await client.sendRequest<ScanWorkspaceResult>(SCAN_WORKSPACE, {
      exclude,
    } satisfies ScanWorkspaceParams);
    void vscode.window.showInformationMessage(
      `Warden: ${summary.cancelled ? 'scan cancelled after' : 'scanned'} ${summary.scanned} of ${summary.files} files in ${(summary.durationMs / 1000).toFixed(1)} s — ${summary.findings} findings (see the Problems panel).`,
    );
  },
};
