// The quick-fix of every seed finding, applied through VS Code's code-action API the way the light
// bulb applies it: the finding goes away and the document parses no worse than before (the seeds
// are fragments, so a few parse errors are theirs from the start). Safe fixes are preferred; a fix
// that needs review is offered under its own title and never preferred.

import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Node } from 'web-tree-sitter';
import { languageForPath } from '../../../server/src/engine';
import { scanner } from '../../helpers';
import { activateWarden, closeAllEditors, codeOf, copySeed, open, waitForDiagnostics } from '../util';

// The fix's title says which finding it is for: code actions come back from VS Code's API without
// their diagnostics, and both Python findings share one range.
const FIXABLE: Array<[seed: string, ruleId: string, title: string, review?: 'review']> = [
  ['AuthService.java', 'java/sqli/string-built-query', 'Use a PreparedStatement with ? placeholders'],
  ['handler.go', 'go/info-leak/error-to-response', 'Log the error and send a generic message'],
  ['handler.go', 'go/type-assertion/unchecked', 'Use the comma-ok form and reject a non-string value'],
  [
    'preferences.js',
    'js/insecure-cookie/document-cookie',
    'Add Secure, SameSite=Strict, Max-Age=31536000 to the cookie',
  ],
  ['upload.py', 'py/path-traversal/file-path', 'Sanitize the file name with secure_filename()'],
  ['upload.py', 'py/file-upload/flask-unvalidated', 'Check the file extension and limit the upload size', 'review'],
];

function errorCount(node: Node): number {
  let n = node.type === 'ERROR' || node.isMissing ? 1 : 0;
  for (const child of node.children) if (child) n += errorCount(child);
  return n;
}

async function parseErrors(text: string, file: string): Promise<number> {
  const tree = await scanner().pool.parse(languageForPath(file)!, text);
  try {
    return errorCount(tree.rootNode);
  } finally {
    tree.delete();
  }
}

describe('preferred quick-fixes in the editor', () => {
  before(activateWarden);
  after(closeAllEditors);

  FIXABLE.forEach(([seed, ruleId, title, review], i) => {
    it(`${seed}: ${ruleId} is fixed by its ${review ? 'review' : 'preferred'} quick-fix`, async () => {
      const uri = copySeed(seed, `fix-${i}`);
      const editor = await open(uri);
      const before = editor.document.getText();
      const [finding] = (await waitForDiagnostics(uri, ruleId, (ds) => ds.some((d) => codeOf(d) === ruleId))).filter(
        (d) => codeOf(d) === ruleId,
      );
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        uri,
        finding.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      const preferred = actions.filter((a) =>
        review
          ? !a.isPreferred && a.title === `Warden: ${title} (review the change)`
          : a.isPreferred && a.title === `Warden: ${title}`,
      );
      assert.strictEqual(
        preferred.length,
        1,
        `the preferred fix for ${ruleId}; offered: ${actions.map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`).join(' | ')}`,
      );
      assert.ok(preferred[0].edit, 'the fix is an edit');
      assert.ok(await vscode.workspace.applyEdit(preferred[0].edit));
      const after = editor.document.getText();
      assert.notStrictEqual(after, before);
      await waitForDiagnostics(uri, `${ruleId} gone after the fix`, (ds) => !ds.some((d) => codeOf(d) === ruleId));
      assert.ok(
        (await parseErrors(after, uri.fsPath)) <= (await parseErrors(before, uri.fsPath)),
        `the fixed ${seed} still parses:\n${after}`,
      );
    });
  });
});
