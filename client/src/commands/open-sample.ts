// Warden: Open a sample with findings — the walkthrough's first step: an unsaved JavaScript file
// (nothing is written to disk or the workspace) with three mistakes assistants often make. The
// text ships as media/walkthrough/sample.txt: data, never loaded as code.

import * as fs from 'fs';
import * as vscode from 'vscode';
import type { WardenCommand } from './index';

export const openSampleCommand: WardenCommand = {
  id: 'warden.openSample',
  async run(context) {
    const content = fs.readFileSync(context.asAbsolutePath('media/walkthrough/sample.txt'), 'utf8');
    const doc = await vscode.workspace.openTextDocument({ language: 'javascript', content });
    await vscode.window.showTextDocument(doc, { preview: false });
  },
};
