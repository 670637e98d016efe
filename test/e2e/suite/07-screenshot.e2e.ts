// What a person sees: a squiggle with its hover open. The hover's content is asserted through the
// hover API; the picture (test-results/squiggle.png) is for people, taken by the code-server launcher.

import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { activateWarden, copySeed, HAS_DRIVER, open, screenshot, sleep, waitForDiagnostics } from '../util';

describe('squiggle and hover', () => {
  before(activateWarden);

  it('the Python seed shows its squiggle with the hover open (test-results/squiggle.png)', async function () {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const uri = copySeed('upload.py', 'hover');
    const editor = await open(uri);
    const [finding] = await waitForDiagnostics(uri, 'the seed findings', (ds) => ds.length === 2);
    const at = finding.range.start.translate(0, 10);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
    const markdown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(markdown, /\*\*Warden: /);
    assert.match(markdown, /\*\*Path:\*\* .*request/);
    assert.match(markdown, /CWE-22\]\(https:\/\/cwe\.mitre\.org\/data\/definitions\/22\.html\)/);
    if (!HAS_DRIVER) return;
    // Quiet the workbench so the editor has the room, then open the hover as Ctrl+K Ctrl+I does.
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await vscode.commands.executeCommand('notifications.clearAll');
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(finding.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await sleep(300);
    await vscode.commands.executeCommand('editor.action.showHover');
    await sleep(1500); // the hover fades in
    const png = await screenshot('squiggle.png');
    assert.ok(fs.statSync(png).size > 10_000, 'a real picture');
  });
});
