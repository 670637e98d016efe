// The language server dies (killed like an out-of-memory kill): the client starts a new one, the
// editor's diagnostics are cleared and come back from it, and it answers edits.

import * as assert from 'assert';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  activateWarden,
  closeAllEditors,
  copySeed,
  open,
  waitFor,
  waitForDiagnostics,
  wardenDiagnostics,
} from '../util';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('language server crash', () => {
  after(closeAllEditors);

  it('a killed server is restarted and the diagnostics come back', async function () {
    if (process.platform === 'win32') this.skip(); // SIGKILL semantics
    const { client } = (await activateWarden()).exports as { client: LanguageClient };
    const uri = copySeed('preferences.js', 'restart');
    const editor = await open(uri);
    await waitForDiagnostics(uri, 'the cookie finding', (ds) => ds.length === 1);
    const pid = client.serverProcess?.pid;
    assert.ok(pid && alive(pid), 'the server runs in its own process');

    const counts: number[] = [];
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) counts.push(wardenDiagnostics(uri).length);
    });
    try {
      process.kill(pid, 'SIGKILL');
      await waitFor('the old server gone', () => (alive(pid) ? undefined : true), 10_000);
      const restarted = await waitFor(
        'a new server process',
        () => {
          const next = client.serverProcess?.pid;
          return next && next !== pid && alive(next) ? next : undefined;
        },
        30_000,
      );
      await waitFor(
        'diagnostics cleared, then back from the new server',
        () => {
          const cleared = counts.indexOf(0);
          return cleared >= 0 && counts.slice(cleared + 1).includes(1) ? true : undefined;
        },
        30_000,
        () => JSON.stringify(counts),
      );
      assert.strictEqual(client.serverProcess?.pid, restarted);
    } finally {
      listener.dispose();
    }
    // The new server follows edits: the cookie made secure loses its finding.
    const line = editor.document.lineAt(3);
    await editor.edit((b) =>
      b.replace(
        line.range,
        line.text.replace(
          'prefs=${JSON.stringify(preferences)}`',
          'prefs=${JSON.stringify(preferences)}; Secure; SameSite=Strict; Max-Age=31536000`',
        ),
      ),
    );
    await waitForDiagnostics(uri, 'no finding on the secure cookie', (ds) => ds.length === 0);
  });
});
