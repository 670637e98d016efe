// The coaching commands, run as a person runs them: "Harden prompt" on a selection (its quick pick
// answered through the workbench's own accept command) and the security header, twice.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { ADDENDUM_MARK, COMMENTARY_ASK, FOLLOW_UP_MARK } from '../../../core/coach/prompt';
import { HEADER_BEGIN, HEADER_END } from '../../../core/coach/managed';
import {
  activateWarden,
  closeAllEditors,
  copySeed,
  open,
  sleep,
  waitFor,
  waitForDiagnostics,
  writeFile,
} from '../util';

/** Runs a command that asks a quick pick, accepting its first (selected) item once it is shown. */
async function runAcceptingFirstPick(command: string): Promise<void> {
  let done = false;
  const run = Promise.resolve(vscode.commands.executeCommand(command)).finally(() => (done = true));
  const deadline = Date.now() + 20_000;
  while (!done && Date.now() < deadline) {
    await sleep(200);
    // A no-op while no quick pick is open.
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
  await run;
  assert.ok(done, `${command} finished`);
}

describe('prompt coaching commands', () => {
  before(activateWarden);
  after(closeAllEditors);

  it('Harden prompt replaces the selected prompt with the hardened one, original kept word for word', async () => {
    const prompt = 'Write a Flask endpoint that handles file uploads and saves the file to the uploads folder.';
    const uri = writeFile('coach/prompt.md', `# Task\n\n${prompt}\n\nThanks.\n`);
    const editor = await open(uri);
    const line = editor.document.lineAt(2);
    assert.strictEqual(line.text, prompt);
    editor.selection = new vscode.Selection(line.range.start, line.range.end);
    const original = editor.document.getText();
    await runAcceptingFirstPick('warden.hardenPrompt');
    const text = editor.document.getText();
    assert.ok(text.startsWith(`# Task\n\n${prompt}\n\n${ADDENDUM_MARK}\n`), text);
    assert.ok(text.endsWith('\n\nThanks.\n'), 'the text after the selection is untouched');
    const sections = [
      ADDENDUM_MARK,
      '- Cap upload size (MAX_CONTENT_LENGTH)',
      '- Resolve paths with',
      COMMENTARY_ASK,
      FOLLOW_UP_MARK,
      'unrestricted file upload; path traversal',
      'then run Warden on the result.',
    ];
    let at = 0;
    for (const section of sections) {
      const found = text.indexOf(section, at);
      assert.ok(found >= 0, `"${section}" follows in order:\n${text}`);
      at = found;
    }
    assert.strictEqual(text.split(prompt).length, 2, 'the original prompt appears exactly once');
    // One edit: a single Undo gives the original back.
    await vscode.commands.executeCommand('undo');
    await waitFor('undo', () => (editor.document.getText() === original ? true : undefined), 5000);
  });

  it('Insert security header inserts once, then updates in place and keeps what the user wrote', async () => {
    const uri = copySeed('upload.py', 'coach', 'header.py');
    const editor = await open(uri);
    const original = editor.document.getText();
    await waitForDiagnostics(uri, 'the seed findings', (ds) => ds.length === 2);
    await vscode.commands.executeCommand('warden.insertSecurityHeader');
    let text = editor.document.getText();
    assert.ok(text.startsWith(`# ${HEADER_BEGIN}\n# Purpose: TODO`), text);
    const end = text.indexOf(`# ${HEADER_END}\n`);
    assert.ok(end > 0);
    assert.strictEqual(
      text.slice(end + `# ${HEADER_END}\n`.length),
      `\n${original}`,
      'the code below the header is unchanged',
    );
    assert.match(text, /# Sensitivity: Medium \(File upload/);
    assert.match(text, /# - Never use a client-supplied filename or path directly/);

    // The user fills in the purpose and the code grows a session cookie from the request.
    const purpose = '# Purpose: Stores profile pictures uploaded by signed-in users.';
    const filled = text
      .replace(/# Purpose: TODO[^\n]*\n(#   [^\n]*\n)*/, `${purpose}\n`)
      .replace(
        "    return 'File uploaded successfully!'",
        "    resp = make_response('ok')\n    resp.set_cookie('session', request.args['token'])\n    return resp",
      );
    assert.notStrictEqual(filled, text);
    const whole = new vscode.Range(editor.document.positionAt(0), editor.document.positionAt(text.length));
    await editor.edit((b) => b.replace(whole, filled));
    await vscode.commands.executeCommand('warden.insertSecurityHeader');
    text = editor.document.getText();
    assert.strictEqual(text.split(HEADER_BEGIN).length, 2, 'still exactly one header');
    assert.strictEqual(text.split(HEADER_END).length, 2);
    assert.ok(text.startsWith(`# ${HEADER_BEGIN}\n${purpose}\n`), `the user's purpose is kept:\n${text}`);
    // Cookies join the tier's topics. Still Medium: High needs two signals on a High topic (issue 26),
    // and `token` alone is one.
    assert.match(text, /# Sensitivity: Medium \([^)]*Cookies \/ sessions/);
    assert.match(
      text,
      /# - [^\n]*cookie[^\n]*Secure, HttpOnly/i,
      'the cookie requirement of the rules joins the header',
    );
    assert.ok(
      text.endsWith("    resp.set_cookie('session', request.args['token'])\n    return resp\n"),
      'the code is unchanged',
    );
  });
});
