// What the e2e scenarios share: paths, the workspace the launcher opened, seed copies, and waiting
// on real editor state (diagnostics, document text) with a deadline instead of fixed sleeps.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'warden-security.warden';

/** The repository root: out/test/e2e/… → three levels up (the launchers also pass it). */
export const REPO = process.env.WARDEN_E2E_REPO || path.resolve(__dirname, '..', '..', '..');
export const SHARED = path.resolve(REPO, '..', 'shared');
export const SEED_DIR = path.join(SHARED, 'acceptance', 'seed');
export const RESULTS = process.env.WARDEN_E2E_RESULTS || path.join(REPO, 'test-results');

export function workspaceDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the launcher opens a workspace folder');
  return folder.uri.fsPath;
}

/**
 * Copies a seed snippet into the workspace (under `subdir`, so that scenarios never share a file)
 * and returns its URI. The seeds stay in ../shared; nothing is committed.
 */
export function copySeed(name: string, subdir: string, as = name): vscode.Uri {
  const target = path.join(workspaceDir(), subdir, as);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(path.join(SEED_DIR, name), target);
  return vscode.Uri.file(target);
}

export function writeFile(rel: string, text: string): vscode.Uri {
  const target = path.join(workspaceDir(), rel);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
  return vscode.Uri.file(target);
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

export async function activateWarden(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  await ext.activate();
  return ext;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns a value other than undefined; fails with `what` and the last state. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 20_000,
  last?: () => string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `; last: ${last()}` : ''}`);
    await sleep(100);
  }
}

export function wardenDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Warden');
}

export function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' && d.code ? d.code.value : (d.code ?? ''));
}

/** "line:startChar-endChar code" (0-based), sorted: the same shape as the LSP test's summaries. */
export function summarize(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics
    .map(
      (d) =>
        `${d.range.start.line}:${d.range.start.character}-${d.range.end.line === d.range.start.line ? '' : `${d.range.end.line}:`}${d.range.end.character} ${codeOf(d)}`,
    )
    .sort();
}

/** Waits until Warden's diagnostics on `uri` satisfy `test`, and returns them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  test: (ds: vscode.Diagnostic[]) => boolean,
  timeoutMs = 20_000,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `${what} on ${path.basename(uri.fsPath)}`,
    () => {
      const ds = wardenDiagnostics(uri);
      return test(ds) ? ds : undefined;
    },
    timeoutMs,
    () => JSON.stringify(summarize(wardenDiagnostics(uri))),
  );
}

/**
 * True when the launcher drives the page on request (the code-server launcher watches the
 * extension host's console for WARDEN_E2E_* marks); @vscode/test-electron's does not.
 */
export const HAS_DRIVER = !!process.env.WARDEN_E2E_DRIVER;

/** Asks the launcher for a screenshot of the workbench and waits until the PNG is written. */
export async function screenshot(name: string): Promise<string> {
  const target = path.join(RESULTS, name);
  fs.rmSync(target, { force: true });
  console.log(`WARDEN_E2E_SCREENSHOT ${target}`);
  return waitFor(`screenshot ${name}`, () => (fs.existsSync(target) ? target : undefined), 15_000);
}

/** Saves first: closing a dirty editor would open a modal "Save changes?" dialog that blocks the run. */
export async function closeAllEditors(): Promise<void> {
  await vscode.workspace.saveAll(false);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Asks the launcher to type `text` into the quick input (an input box or quick pick) as soon as it
 * is on screen, then press `press` keys: how a test answers a command's prompt through the UI.
 */
export function typeInQuickInput(text: string, press: string[] = ['Enter']): void {
  assert.ok(HAS_DRIVER, 'typing needs the code-server launcher');
  console.log(`WARDEN_E2E_KEYS ${JSON.stringify({ text, press })}`);
}
