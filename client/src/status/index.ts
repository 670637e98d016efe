// Entry point for the coaching UI that lives for the whole session (status bar tier, header diagnostic).
// extension.ts calls activateCoach(context) once during activation.

import type * as vscode from 'vscode';
import { TierStatus } from './tier-status';

export function activateCoach(context: vscode.ExtensionContext): void {
  context.subscriptions.push(new TierStatus());
}
