// Warden: Show rule documentation — the rule's generated page (dist/rule-docs.json.gz, built from the
// rule and its fixtures by server/src/docs/rule-page.ts) in a Markdown preview. The page is written
// to the extension's storage first: the preview shows files, and workspace files stay untouched.

import * as fs from 'fs';
import * as zlib from 'zlib';
import * as vscode from 'vscode';
import type { WardenCommand } from './index';

export const SHOW_RULE_DOCS_COMMAND = 'warden.showRuleDocs';

let pages: Record<string, string> | undefined;

function rulePages(context: vscode.ExtensionContext): Record<string, string> {
  if (!pages) {
    const file = vscode.Uri.joinPath(context.extensionUri, 'dist', 'rule-docs.json.gz').fsPath;
    pages = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')) as Record<string, string>;
  }
  return pages;
}

/** A file name for a rule id: its slashes and anything else unusual become dashes. */
export function pageFileName(ruleId: string): string {
  return `${ruleId.replace(/[^\w.-]+/g, '-')}.md`;
}

export const showRuleDocsCommand: WardenCommand = {
  id: SHOW_RULE_DOCS_COMMAND,
  async run(context, ruleIdArg) {
    const all = rulePages(context);
    const ruleId =
      typeof ruleIdArg === 'string'
        ? ruleIdArg
        : await vscode.window.showQuickPick(Object.keys(all).sort(), { title: 'Warden: rule documentation' });
    if (!ruleId) return;
    const page = all[ruleId];
    if (!page) {
      void vscode.window.showInformationMessage(
        `Warden: ${ruleId} has no generated page (a workspace rule or a built-in check); its hover explains it.`,
      );
      return;
    }
    const folder = vscode.Uri.joinPath(context.globalStorageUri, 'rule-docs');
    await vscode.workspace.fs.createDirectory(folder);
    const uri = vscode.Uri.joinPath(folder, pageFileName(ruleId));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(page));
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  },
};
