// The `warden_scan` language-model tool (#warden in chat): Copilot agent mode calls it on files or
// on the current selection and gets Warden's findings (renderScanResult). Findings come from the
// language server's diagnostics, so the tool answers exactly what the editor shows; a file not yet
// open is opened (the server then scans it) and its first diagnostics are awaited.

import * as path from 'path';
import * as vscode from 'vscode';
import { renderScanResult, ScannedDocument } from './lm-tool-result';

export const SCAN_TOOL = 'warden_scan';
const WAIT_MS = 15000;
const MAX_FILES = 50;

interface ScanInput {
  paths?: string[];
}

function wardenDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Warden');
}

/** The document's Warden diagnostics once the server published them (or after WAIT_MS). */
async function diagnosticsOf(uri: vscode.Uri, token: vscode.CancellationToken): Promise<vscode.Diagnostic[]> {
  if (wardenDiagnostics(uri).length > 0) return wardenDiagnostics(uri);
  await new Promise<void>((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      listener.dispose();
      cancel.dispose();
      resolve();
    };
    const timer = setTimeout(done, WAIT_MS);
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) done();
    });
    const cancel = token.onCancellationRequested(done);
  });
  return wardenDiagnostics(uri);
}

/** A path given by the model, as a URI inside an open workspace folder (never outside). */
function resolve(given: string): vscode.Uri {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const absolute = path.isAbsolute(given) ? given : path.join(folders[0]?.uri.fsPath ?? '', given);
  const normalized = path.normalize(absolute);
  const inside = folders.some((f) => {
    const rel = path.relative(f.uri.fsPath, normalized);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  });
  if (!inside) throw new Error(`'${given}' is outside the workspace folders`);
  return vscode.Uri.file(normalized);
}

async function scan(input: ScanInput, token: vscode.CancellationToken): Promise<string> {
  const documents: ScannedDocument[] = [];
  if (input.paths && input.paths.length > 0) {
    for (const given of input.paths.slice(0, MAX_FILES)) {
      const uri = resolve(given);
      await vscode.workspace.openTextDocument(uri);
      documents.push({ path: vscode.workspace.asRelativePath(uri), diagnostics: await diagnosticsOf(uri, token) });
    }
  } else {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return 'Warden: no file given and no editor open; pass `paths` (workspace-relative files).';
    const selection = editor.selection;
    documents.push({
      path: vscode.workspace.asRelativePath(editor.document.uri),
      diagnostics: await diagnosticsOf(editor.document.uri, token),
      lines: selection.isEmpty ? undefined : { start: selection.start.line, end: selection.end.line },
    });
  }
  return renderScanResult(documents, 'vscode');
}

/** Registers the tool where the host has the language-model tool API (VS Code 1.95+); elsewhere nothing. */
export function registerScanTool(context: vscode.ExtensionContext): void {
  const lm = (vscode as { lm?: typeof vscode.lm }).lm;
  if (typeof lm?.registerTool !== 'function') return;
  context.subscriptions.push(
    lm.registerTool<ScanInput>(SCAN_TOOL, {
      prepareInvocation: (options) => ({
        invocationMessage: options.input.paths?.length
          ? `Scanning ${options.input.paths.length} file(s) with Warden`
          : 'Scanning the selection with Warden',
      }),
      invoke: async (options, token) =>
        new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(await scan(options.input, token))]),
    }),
  );
}
