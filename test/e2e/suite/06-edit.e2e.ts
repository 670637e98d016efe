// Typing in the editor updates the diagnostics: a line inserted above moves the findings with it,
// a fixed line loses its finding, a new vulnerable line gets one.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateWarden, closeAllEditors, codeOf, copySeed, open, summarize, waitForDiagnostics } from '../util';

describe('editing updates diagnostics', () => {
  before(activateWarden);
  after(closeAllEditors);

  it('findings follow inserted lines, disappear when the line is made safe, appear on a new sink', async () => {
    const uri = copySeed('handler.go', 'edit');
    const editor = await open(uri);
    await waitForDiagnostics(uri, 'the seed findings', (ds) => ds.length === 3);

    await editor.edit((b) =>
      b.insert(new vscode.Position(1, 0), '// 🔥 préférences: a line with emoji and accents above the findings\n'),
    );
    const moved = await waitForDiagnostics(
      uri,
      'findings one line down',
      (ds) => ds.length === 3 && ds.every((d) => d.range.start.line !== 8),
    );
    assert.deepStrictEqual(summarize(moved), [
      '15:19-43 go/type-assertion/unchecked',
      '15:4-44 go/cmdi/command-helper',
      '9:8-59 go/info-leak/error-to-response',
    ]);

    const sink = editor.document.lineAt(15);
    assert.strictEqual(sink.text.trim(), 'executeCommand(data["command"].(string))');
    await editor.edit((b) =>
      b.replace(
        sink.range,
        '    command, ok := data["command"].(string)\n    if !ok {\n        return\n    }\n    executeCommand(command)',
      ),
    );
    const safer = await waitForDiagnostics(uri, 'the type assertion fixed', (ds) => ds.length === 2);
    assert.deepStrictEqual(summarize(safer), [
      '19:4-27 go/cmdi/command-helper',
      '9:8-59 go/info-leak/error-to-response',
    ]);

    const end = editor.document.lineAt(editor.document.lineCount - 2); // the closing brace
    assert.strictEqual(end.text, '}');
    await editor.edit((b) =>
      b.insert(end.range.start, '    out, _ := exec.Command("sh", "-c", r.URL.Query().Get("cmd")).Output()\n'),
    );
    const added = await waitForDiagnostics(uri, 'a finding on the new line', (ds) => ds.length === 3);
    const line = end.range.start.line;
    assert.ok(
      added.some((d) => d.range.start.line === line && d.code && codeOf(d) === 'go/cmdi/exec-command'),
      JSON.stringify(summarize(added)),
    );
  });
});
