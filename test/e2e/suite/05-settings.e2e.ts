// Settings, changed the way the Settings editor changes them (workspace configuration): a disabled
// rule's diagnostics disappear and come back when it is enabled again; warden.enable clears all.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateWarden, closeAllEditors, codeOf, copySeed, open, waitForDiagnostics } from '../util';

describe('settings', () => {
  before(activateWarden);
  after(async () => {
    const config = vscode.workspace.getConfiguration('warden');
    await config.update('disabledRules', undefined, vscode.ConfigurationTarget.Workspace);
    await config.update('enable', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  it('turning a rule off removes its diagnostics; turning it on brings them back', async () => {
    const uri = copySeed('upload.py', 'settings');
    await open(uri);
    await waitForDiagnostics(uri, 'both findings', (ds) => ds.length === 2);
    const config = () => vscode.workspace.getConfiguration('warden');
    await config().update('disabledRules', ['py/file-upload/flask-unvalidated'], vscode.ConfigurationTarget.Workspace);
    const rest = await waitForDiagnostics(uri, 'the disabled rule gone', (ds) => ds.length === 1);
    assert.strictEqual(codeOf(rest[0]), 'py/path-traversal/file-path');
    await config().update('disabledRules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(uri, 'the rule back', (ds) => ds.length === 2);
    await config().update('enable', false, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(uri, 'nothing while disabled', (ds) => ds.length === 0);
    await config().update('enable', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(uri, 'findings back when enabled', (ds) => ds.length === 2);
  });
});
