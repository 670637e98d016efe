// Warden: the status bar menu. A click on the status item only opens this list; each entry runs
// a command the user picks (the security header is inserted only when "Insert security header"
// itself is chosen).

import * as vscode from 'vscode';
import type { WardenCommand } from './index';

export const STATUS_MENU_COMMAND = 'warden.statusMenu';

interface MenuEntry extends vscode.QuickPickItem {
  command: string;
  args?: unknown[];
}

export const STATUS_MENU: MenuEntry[] = [
  { label: '$(list-tree) Show findings', description: 'the Warden view', command: 'warden.showFindings' },
  {
    label: '$(note) Insert security header',
    description: 'adds a comment block at the top of this file',
    command: 'warden.insertSecurityHeader',
  },
  {
    label: '$(sparkle) Harden prompt',
    description: 'add security requirements to a prompt',
    command: 'warden.hardenPrompt',
  },
  {
    label: '$(output) Show output',
    description: 'what was scanned, skipped and how long it took',
    command: 'warden.showOutput',
  },
  {
    label: '$(gear) Settings',
    description: 'Warden settings',
    command: 'workbench.action.openSettings',
    args: ['@ext:warden-security.warden'],
  },
];

export const statusMenuCommand: WardenCommand = {
  id: STATUS_MENU_COMMAND,
  async run() {
    const picked = await vscode.window.showQuickPick(STATUS_MENU, { title: 'Warden', placeHolder: 'Choose an action' });
    if (picked) await vscode.commands.executeCommand(picked.command, ...(picked.args ?? []));
  },
};
