// Suppressions: the light bulb's "suppress … (with a reason)" asks for the reason in an input box
// (typed through the page by the code-server launcher), and a warden-ignore comment typed by hand
// silences only the rule it names.

import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateWarden,
  closeAllEditors,
  codeOf,
  copySeed,
  HAS_DRIVER,
  open,
  summarize,
  typeInQuickInput,
  waitForDiagnostics,
} from '../util';

describe('suppression with a reason', () => {
  before(activateWarden);
  after(closeAllEditors);

  it('the suppress code action asks for a reason, writes it above the line and the finding goes', async function () {
    if (!HAS_DRIVER) this.skip();
    const uri = copySeed('preferences.js', 'suppress');
    const editor = await open(uri);
    const ruleId = 'js/insecure-cookie/document-cookie';
    const [finding] = await waitForDiagnostics(uri, ruleId, (ds) => ds.length === 1);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      finding.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const suppress = actions.find((a) => a.command?.command === 'warden.suppressWithReason');
    assert.ok(suppress?.command, `a suppress action; offered: ${actions.map((a) => a.title).join(' | ')}`);
    const reason = 'display preferences only, no secrets';
    typeInQuickInput(reason);
    await vscode.commands.executeCommand(suppress.command.command, ...(suppress.command.arguments ?? []));
    assert.strictEqual(editor.document.lineAt(3).text, `    // warden-ignore: ${ruleId} -- ${reason}`);
    await waitForDiagnostics(uri, 'no finding after the suppression', (ds) => ds.length === 0);
  });

  it('a warden-ignore comment with a reason silences only the rule it names', async () => {
    const uri = copySeed('upload.py', 'suppress');
    const editor = await open(uri);
    await waitForDiagnostics(uri, 'both findings', (ds) => ds.length === 2);
    await editor.edit((b) =>
      b.insert(
        new vscode.Position(6, 0),
        '    # warden-ignore: py/path-traversal/file-path -- the folder is fixed and names are checked by the proxy\n',
      ),
    );
    const after = await waitForDiagnostics(uri, 'the path finding suppressed', (ds) => ds.length === 1);
    assert.deepStrictEqual(summarize(after), ['7:4-49 py/file-upload/flask-unvalidated']);
    assert.ok(!after.some((d) => codeOf(d) === 'py/path-traversal/file-path'));
  });
});
