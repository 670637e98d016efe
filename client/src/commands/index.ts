// The command table: every Warden command, registered in a loop by extension.ts.
// Each command lives in its own module with its logic in a pure function.

import type * as vscode from 'vscode';
import { challengeAssumptionsCommand } from './challenge-assumptions';
import { hardenPromptCommand } from './harden-prompt';
import { insertSecurityHeaderCommand } from './insert-security-header';
import { listAiRegionsCommand } from './list-ai-regions';
import { markAiGeneratedCommand } from './mark-ai-generated';
import { writeAssistantInstructionsCommand } from './write-assistant-instructions';
import { scanWorkspaceCommand } from './scan-workspace';
import { listSuppressionsCommand } from './list-suppressions';
import { suppressWithReason } from './suppress';
import { securityReportCommand } from './report';
import { reportFeedbackCommand } from './report-feedback';
import { statusMenuCommand } from './status-menu';
import { showOutputCommand } from './show-output';
import { showRuleDocsCommand } from './rule-docs';
import { disableRuleCommand } from './disable-rule';
import { openSampleCommand } from './open-sample';

export interface WardenCommand {
  id: string;
  run(context: vscode.ExtensionContext, ...args: unknown[]): unknown;
}

export const COMMANDS: WardenCommand[] = [
  hardenPromptCommand,
  insertSecurityHeaderCommand,
  challengeAssumptionsCommand,
  markAiGeneratedCommand,
  listAiRegionsCommand,
  writeAssistantInstructionsCommand,
  suppressWithReason,
  scanWorkspaceCommand,
  listSuppressionsCommand,
  securityReportCommand,
  reportFeedbackCommand,
  statusMenuCommand,
  showOutputCommand,
  showRuleDocsCommand,
  disableRuleCommand,
  openSampleCommand,
];
