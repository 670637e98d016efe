// The command table: every Warden command, registered in a loop by extension.ts.
// Each command lives in its own module with its logic in a pure function.

import type * as vscode from 'vscode';
import { suppressWithReason } from './suppress';

export interface WardenCommand {
  id: string;
  run(context: vscode.ExtensionContext, ...args: unknown[]): unknown;
}

export const COMMANDS: WardenCommand[] = [
  suppressWithReason,
];
