// The `warden_scan` language-model tool in a real VS Code (issue 27): invoked through
// vscode.lm.invokeTool, as Copilot agent mode would, on the four seed snippets it answers their 7
// findings. A host without the language-model tool API (before 1.95) skips this with the reason;
// the tool's handler is covered in-process by test/unit/lm-tool.test.ts either way.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateWarden, closeAllEditors, copySeed, open, waitForDiagnostics } from '../util';

const SEEDS: Record<string, number> = { 'AuthService.java': 1, 'handler.go': 3, 'preferences.js': 1, 'upload.py': 2 };

describe('warden_scan language-model tool', () => {
  before(async () => {
    await activateWarden();
  });
  after(closeAllEditors);

  it('lm.invokeTool on the seed snippets answers their 7 findings', async function () {
    const lm = (vscode as { lm?: typeof vscode.lm }).lm;
    if (typeof lm?.invokeTool !== 'function' || !lm.tools.some((t) => t.name === 'warden_scan')) {
      console.log(`      skipped: this host (VS Code ${vscode.version}) has no language-model tool API`);
      this.skip();
    }
    const paths: string[] = [];
    for (const [name, count] of Object.entries(SEEDS)) {
      const uri = copySeed(name, 'lm-tool');
      await open(uri);
      await waitForDiagnostics(uri, 'the seed findings', (ds) => ds.length >= count);
      paths.push(vscode.workspace.asRelativePath(uri));
    }
    const result = await lm!.invokeTool('warden_scan', { input: { paths }, toolInvocationToken: undefined });
    const text = result.content.map((p) => (p instanceof vscode.LanguageModelTextPart ? p.value : '')).join('');
    assert.match(text, /^Warden: 7 security finding\(s\) in 4 file\(s\)/);
    assert.strictEqual(text.split('\n').filter((l) => /^\S+:\d+:\d+ (error|warning|info) \[/.test(l)).length, 7);
    assert.match(text, /\[java\/sqli\/string-built-query\]/);
  });
});
