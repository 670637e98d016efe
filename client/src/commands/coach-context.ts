// What the coaching commands share with VS Code: the Knowledge built from the rules' coaching data
// (dist/coach-knowledge.json, made at build time, loaded once), the Warden findings on a document,
// and the coaching settings.

import * as fs from 'fs';
import * as vscode from 'vscode';
import { DEFAULT_AI_LABEL, SETTING_DEFAULTS, SETTINGS_SECTION, SettingName } from '../../../core/protocol';
import { CoachRule, Knowledge } from '../../../core/coach/knowledge';
import type { FindingRef } from '../../../core/coach/profile';

let cached: Knowledge | undefined;

export function coachKnowledge(context: vscode.ExtensionContext): Knowledge {
  if (!cached) {
    const file = context.asAbsolutePath('dist/coach-knowledge.json');
    let rules: CoachRule[] = [];
    try {
      const data: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (!Array.isArray(data)) throw new Error('not a list of rules');
      rules = data as CoachRule[];
    } catch (e) {
      void vscode.window.showWarningMessage(
        `Warden could not read its rules (${(e as Error).message}); coaching uses its built-in topic table only.`,
      );
    }
    cached = new Knowledge(rules);
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
  const c = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  const get = <K extends SettingName>(name: K): (typeof SETTING_DEFAULTS)[K] =>
    c.get<(typeof SETTING_DEFAULTS)[K]>(name, SETTING_DEFAULTS[name]);
  return {
    aiMarkerLabel: get('aiMarker.label').trim() || DEFAULT_AI_LABEL,
    aiMarkerNote: get('aiMarker.note'),
    requireHeaderForHighTier: get('securityHeader.requireForHighTier'),
    writeAgentsMd: get('assistantInstructions.agentsMd'),
  };
}

/** The active editor, or an explanatory message when there is none. */
export function requireEditor(what: string): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) void vscode.window.showInformationMessage(`Open a file to ${what}.`);
  return editor;
}
