// What the coaching commands share with VS Code: the Knowledge built from the bundled rules
// (dist/rules.json, loaded once), the Warden findings on a document, and the coaching settings.

import * as fs from 'fs';
import * as vscode from 'vscode';
import type { RuleSource } from '../../../server/src/engine/rule-loader';
import type { Knowledge } from '../coach/knowledge';
import { knowledgeFromSources } from '../coach/load';
import type { FindingRef } from '../coach/profile';

let cached: Knowledge | undefined;

export function coachKnowledge(context: vscode.ExtensionContext): Knowledge {
  if (!cached) {
    const file = context.asAbsolutePath('dist/rules.json');
    let sources: RuleSource[] = [];
    try {
      sources = JSON.parse(fs.readFileSync(file, 'utf8')) as RuleSource[];
    } catch (e) {
      void vscode.window.showWarningMessage(
        `Warden could not read its rules (${(e as Error).message}); coaching uses its built-in topic table only.`,
      );
    }
    cached = knowledgeFromSources(sources).knowledge;
  }
  return cached;
}

/** Warden's own diagnostics on a document: the rule id is the diagnostic code. */
export function wardenFindings(uri: vscode.Uri): FindingRef[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'Warden')
    .map((d) => ({
      ruleId: String(typeof d.code === 'object' ? d.code.value : (d.code ?? '')),
      line: d.range.start.line,
    }))
    .filter((f) => f.ruleId !== '');
}

export interface CoachSettings {
  aiMarkerLabel: string;
  aiMarkerNote: string;
  requireHeaderForHighTier: boolean;
  writeAgentsMd: boolean;
}

export function coachSettings(scope?: vscode.Uri): CoachSettings {
  const c = vscode.workspace.getConfiguration('warden', scope);
  return {
    aiMarkerLabel: c.get<string>('aiMarker.label', 'warden:ai-generated').trim() || 'warden:ai-generated',
    aiMarkerNote: c.get<string>('aiMarker.note', ''),
    requireHeaderForHighTier: c.get<boolean>('securityHeader.requireForHighTier', false),
    writeAgentsMd: c.get<boolean>('assistantInstructions.agentsMd', false),
  };
}

/** The active editor, or an explanatory message when there is none. */
export function requireEditor(what: string): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) void vscode.window.showInformationMessage(`Open a file to ${what}.`);
  return editor;
}
