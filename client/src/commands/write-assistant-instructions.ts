// Warden: Write security instructions for AI assistants — creates or updates Warden's section of
// .github/copilot-instructions.md (and AGENTS.md when enabled) for the workspace's languages and
// frameworks. One undoable workspace edit; text outside the section is kept.

import * as vscode from 'vscode';
import {
  detectStack,
  instructionsSection,
  isManifest,
  LANGUAGE_GLOBS,
  upsertSection,
  WorkspaceFile,
} from '../../../core/coach/instructions';
import { coachKnowledge, coachSettings } from './coach-context';
import type { WardenCommand } from './index';

const EXCLUDE = '**/{node_modules,dist,out,build,vendor,.git,.venv,venv}/**';
const MANIFESTS =
  '**/{package.json,requirements*.txt,pyproject.toml,Pipfile,setup.py,go.mod,pom.xml,build.gradle,build.gradle.kts}';

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
  } catch {
    return undefined;
  }
}

export const writeAssistantInstructionsCommand: WardenCommand = {
  id: 'warden.writeAssistantInstructions',
  async run(context) {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showInformationMessage('Open a folder to write assistant instructions for it.');
      return;
    }
    const files: WorkspaceFile[] = (
      await vscode.workspace.findFiles(new vscode.RelativePattern(folder, LANGUAGE_GLOBS), EXCLUDE, 5000)
    ).map((u) => ({ path: vscode.workspace.asRelativePath(u, false) }));
    for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, MANIFESTS), EXCLUDE, 200)) {
      const path = vscode.workspace.asRelativePath(uri, false);
      if (isManifest(path)) files.push({ path, text: await readText(uri) });
    }
    const settings = coachSettings(folder.uri);
    const stack = detectStack(files);
    const section = instructionsSection(stack, coachKnowledge(context), { aiLabel: settings.aiMarkerLabel });
    const targets = [vscode.Uri.joinPath(folder.uri, '.github', 'copilot-instructions.md')];
    if (settings.writeAgentsMd) targets.push(vscode.Uri.joinPath(folder.uri, 'AGENTS.md'));
    const edit = new vscode.WorkspaceEdit();
    for (const uri of targets) {
      const existing = await readText(uri);
      const result = upsertSection(existing, section);
      if (!result.ok) {
        void vscode.window.showWarningMessage(`Warden: ${vscode.workspace.asRelativePath(uri)}: ${result.error}`);
        return;
      }
      if (existing === undefined) edit.createFile(uri, { contents: Buffer.from(result.text, 'utf8') });
      else {
        const doc = await vscode.workspace.openTextDocument(uri);
        edit.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), result.text);
      }
    }
    if (!(await vscode.workspace.applyEdit(edit))) return;
    const doc = await vscode.workspace.openTextDocument(targets[0]);
    await vscode.window.showTextDocument(doc, { preview: false });
    void vscode.window.showInformationMessage(
      `Warden: security instructions written for ${stack.languages.join(', ') || 'this workspace'}${stack.frameworks.length ? ` (${stack.frameworks.join(', ')})` : ''}.`,
    );
  },
};
