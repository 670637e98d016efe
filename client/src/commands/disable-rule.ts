// Warden: Disable rule in this workspace — adds the rule to `warden.disabledRules` in the
// workspace settings (never the user's), so the switch is visible in the repository and listed by
// "List suppressions", the findings view and the report. Undo takes it out again.

import * as vscode from 'vscode';
import type { WardenCommand } from './index';

export const DISABLE_RULE_COMMAND = 'warden.disableRule';
const UNDO = 'Undo';

/** The list with the rule added once, keeping the order the user wrote. */
export function withRule(list: readonly string[] | undefined, ruleId: string): string[] {
  const current = [...(list ?? [])];
  return current.includes(ruleId) ? current : [...current, ruleId];
}

export function disabledInWorkspace(): string[] {
  return vscode.workspace.getConfiguration('warden').inspect<string[]>('disabledRules')?.workspaceValue ?? [];
}

export const disableRuleCommand: WardenCommand = {
  id: DISABLE_RULE_COMMAND,
  async run(_context, ruleIdArg) {
    const ruleId = typeof ruleIdArg === 'string' ? ruleIdArg : undefined;
    if (!ruleId) return;
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showWarningMessage('Warden: open a folder to disable a rule for its workspace.');
      return;
    }
    const config = vscode.workspace.getConfiguration('warden');
    const before = disabledInWorkspace();
    await config.update('disabledRules', withRule(before, ruleId), vscode.ConfigurationTarget.Workspace);
    const choice = await vscode.window.showInformationMessage(
      `Warden: ${ruleId} is disabled in this workspace (warden.disabledRules in its settings).`,
      UNDO,
    );
    if (choice === UNDO)
      await config.update('disabledRules', before.length ? before : undefined, vscode.ConfigurationTarget.Workspace);
  },
};
