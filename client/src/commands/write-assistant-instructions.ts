// Warden: Write security instructions for AI assistants — Copilot's always-on section of
// .github/copilot-instructions.md and its per-language files (and AGENTS.md's section when
// enabled), for the workspace's languages and frameworks: the same files as `warden instructions`.
// One undoable workspace edit; text outside Warden's sections is kept.

import * as vscode from 'vscode';
import { instructionFiles, planInstructionWrites } from '../../../core/coach/instructions';
import { detectStack, isManifest, LANGUAGE_GLOBS, WorkspaceFile } from '../../../core/coach/stack';
import { coachSettings } from './coach-context';
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
  async run() {
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
    const planned = [
      ...instructionFiles(stack, 'copilot'),
      ...(settings.writeAgentsMd ? instructionFiles(stack, 'agents') : []),
    ];
    const current = new Map<string, string | undefined>();
    for (const f of planned) current.set(f.path, await readText(vscode.Uri.joinPath(folder.uri, f.path)));
    const plan = planInstructionWrites(planned, (p) => current.get(p));
    if (!plan.ok) {
      void vscode.window.showWarningMessage(`Warden: ${plan.error}`);
      return;
    }
    const edit = new vscode.WorkspaceEdit();
    for (const w of plan.writes.filter((x) => x.changed)) {
      const uri = vscode.Uri.joinPath(folder.uri, w.path);
      if (current.get(w.path) === undefined) edit.createFile(uri, { contents: Buffer.from(w.text, 'utf8') });
      else {
        const doc = await vscode.workspace.openTextDocument(uri);
        edit.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), w.text);
      }
    }
    const targets = [vscode.Uri.joinPath(folder.uri, planned[0].path)];
    if (!(await vscode.workspace.applyEdit(edit))) return;
    const doc = await vscode.workspace.openTextDocument(targets[0]);
    await vscode.window.showTextDocument(doc, { preview: false });
    void vscode.window.showInformationMessage(
      `Warden: security instructions written for ${stack.languages.join(', ') || 'this workspace'}${stack.frameworks.length ? ` (${stack.frameworks.join(', ')})` : ''}.`,
    );
  },
};
