// The language server under the fuzzer's nastiest documents, over real stdio LSP: a 20 MB line,
// 10,000-deep nesting, NUL bytes, invalid UTF-8 (as an editor decodes it), lone surrogates, and
// edits that split surrogate pairs or reach past the end. After each the process must be alive and
// still answer on a normal document; an oversized document gets exactly one information message.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { deepNesting, invalidUtf8, minifiedJs, Rng } from '../../bench/fuzz-lib';
import { seed } from '../helpers';
import { LspClient } from './client';

const LANGUAGE_IDS = {
  java: 'java',
  javascript: 'javascript',
  typescript: 'typescript',
  tsx: 'typescriptreact',
  python: 'python',
  go: 'go',
} as const;

describe('language server robustness (hostile documents over stdio)', function () {
  this.timeout(120000);
  let client: LspClient;
  let exited: number | null | undefined;
  const messages: Array<{ type: number; message: string }> = [];
  const logs: string[] = [];
  let probe = 0;

  /** The server is alive and still scans: a fresh copy of the upload seed gets its two findings. */
  async function assertStillServing(after: string): Promise<void> {
    assert.strictEqual(exited, undefined, `server exited after ${after}`);
    const uri = `file:///work/probe-${++probe}.py`;
    await client.open(uri, 'python', seed('upload.py'));
    const published = await client.diagnostics(uri, (p) => p.diagnostics.length === 2, 30000);
    assert.deepStrictEqual(
      published.diagnostics.map((d) => d.code).sort(),
      ['py/file-upload/flask-unvalidated', 'py/path-traversal/file-path'],
      after,
    );
    const hover = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: published.diagnostics[0].range.start,
    });
    assert.ok(hover, `hover answers after ${after}`);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  function change(uri: string, version: number, contentChanges: unknown[]): Promise<void> {
    return client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges,
    });
  }

  before(async () => {
    client = new LspClient();
    client.process.on('exit', (code) => (exited = code));
    // Replace LspClient's no-op handlers: the test counts messages (vscode-languageserver's
    // window.showInformationMessage is a window/showMessageRequest).
    client.connection.onNotification('window/showMessage', (m: { type: number; message: string }) => {
      messages.push(m);
    });
    client.connection.onNotification('window/logMessage', (m: { message: string }) => {
      logs.push(m.message);
    });
    client.connection.onRequest('window/showMessageRequest', (m: { type: number; message: string }) => {
      messages.push(m);
      return null;
    });
    await client.initialize();
  });
  after(async () => {
    if (exited === undefined) await client.close();
  });

  it('a 20 MB single-line file: one information message however often it changes, no diagnostics, server still serving', async () => {
    const uri = 'file:///work/bundle.min.js';
    const text = minifiedJs(20 * 1024 * 1024, new Rng(8));
    await client.open(uri, 'javascript', text);
    const published = await client.diagnostics(uri, () => true, 60000);
    assert.deepStrictEqual(published.diagnostics, []);
    // Keystrokes at the end of the 20 MB line.
    for (let version = 2; version <= 6; version++) {
      await change(uri, version, [
        { range: { start: { line: 0, character: text.length }, end: { line: 0, character: text.length } }, text: ';' },
      ]);
      await client.diagnostics(uri, (p) => p.version === version, 60000);
    }
    const about = messages.filter((m) => m.message.includes('bundle.min.js'));
    assert.strictEqual(about.length, 1, JSON.stringify(about.map((m) => m.message.slice(0, 120))));
    assert.strictEqual(about[0].type, 3, 'an information message');
    assert.match(
      about[0].message,
      /^Warden: bundle\.min\.js not scanned: the document is \d+ KB, over the 2048 KB limit \(warden\.maxFileSizeKB\)$/,
    );
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await assertStillServing('the 20 MB line');
  });

  it('the 20 MB line with the size limit lifted: stopped by the parse budget, stale findings cleared, one message, server still serving', async () => {
    // A minified name and one huge line: included, so the parse budget is what stops it.
    client.settings = { maxFileSizeKB: 64 * 1024, includeCodeKinds: ['minified'] };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const uri = 'file:///work/unlimited.min.js';
    await client.open(uri, 'javascript', seed('preferences.js'));
    await client.diagnostics(uri, (p) => p.diagnostics.length === 1);
    // The whole text replaced by a 20 MB line, then two keystrokes at its end.
    const big = minifiedJs(20 * 1024 * 1024, new Rng(9));
    await change(uri, 2, [{ text: big }]);
    await change(uri, 3, [
      { range: { start: { line: 0, character: big.length }, end: { line: 0, character: big.length } }, text: ';' },
    ]);
    await change(uri, 4, [
      {
        range: { start: { line: 0, character: big.length + 1 }, end: { line: 0, character: big.length + 1 } },
        text: ';',
      },
    ]);
    const last = await client.diagnostics(uri, (p) => p.version === 4, 90000);
    await assertStillServing('parsing a 20 MB line');
    const stopped = logs.filter(
      (l) => l.includes('unlimited.min.js') && /parsing took longer than 3000 ms and was stopped/.test(l),
    );
    if (stopped.length > 0) {
      // The parse budget stopped it: the old finding is gone, and the user was told once.
      assert.deepStrictEqual(last.diagnostics, []);
      const told = messages.filter((m) => m.message.includes('unlimited.min.js'));
      assert.deepStrictEqual(
        told.map((m) => [m.type, m.message]),
        [[3, 'Warden: unlimited.min.js not scanned: parsing took longer than its time budget']],
      );
    } else {
      // A machine fast enough to parse 20 MB in 3 s scans it: its finding is published.
      assert.strictEqual(last.diagnostics.length, 1);
    }
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    client.settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  });

  it('10,000-deep nesting in every language', async () => {
    // One very long line reads as minified code; include it so the nesting is parsed.
    client.settings = { includeCodeKinds: ['minified'] };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    for (const [language, languageId] of Object.entries(LANGUAGE_IDS)) {
      const uri = `file:///work/deep.${language}`;
      await client.open(uri, languageId, deepNesting(language as keyof typeof LANGUAGE_IDS, 10000, 'parens'));
      const published = await client.diagnostics(uri, () => true, 60000);
      if (language === 'javascript' || language === 'typescript' || language === 'tsx') {
        assert.deepStrictEqual(
          published.diagnostics.map((d) => d.code),
          ['js/insecure-cookie/document-cookie'],
          language,
        );
      }
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    client.settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await assertStillServing('deep nesting');
  });

  it('NUL bytes, invalid UTF-8 and lone surrogates, opened and typed into', async () => {
    const rng = new Rng(10);
    const base = seed('handler.go');
    const nul = 'file:///work/nul.go';
    await client.open(nul, 'go', `${base}\0\0${base}`);
    assert.deepStrictEqual((await client.diagnostics(nul)).diagnostics, []);
    assert.strictEqual(messages.filter((m) => m.message.includes('nul.go') && /binary/.test(m.message)).length, 1);

    const uri = 'file:///work/broken.go';
    await client.open(uri, 'go', `// ${invalidUtf8(rng, 20)}\n${base}`);
    const first = await client.diagnostics(uri, (p) => p.diagnostics.length === 3);
    assert.deepStrictEqual(first.diagnostics.map((d) => d.range.start.line).sort(), [15, 15, 9].sort());
    // Edits: a lone surrogate, half of a surrogate pair replaced, a lone \r, a NUL deep in the file,
    // and a range past the end of the document (clamped by the server's text model).
    const edits = [
      { range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, text: '😀\uD800' },
      { range: { start: { line: 0, character: 4 }, end: { line: 0, character: 5 } }, text: 'x' },
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '\r' },
      { range: { start: { line: 12, character: 0 }, end: { line: 12, character: 0 } }, text: '\0' },
      { range: { start: { line: 900, character: 0 }, end: { line: 999, character: 5 } }, text: '\n// end 👩‍👩‍👧‍👦\n' },
    ];
    for (const [i, e] of edits.entries()) {
      await change(uri, i + 2, [e]);
      await client.diagnostics(uri, (p) => p.version === i + 2, 30000);
    }
    await assertStillServing('NUL bytes, invalid UTF-8, lone surrogates');
  });

  it('random byte documents in every language, then one full-text replacement each', async () => {
    const rng = new Rng(11);
    for (const [language, languageId] of Object.entries(LANGUAGE_IDS)) {
      const uri = `file:///work/random.${language}`;
      const bytes = new Uint8Array(4096).map(() => rng.int(256));
      await client.open(uri, languageId, new TextDecoder().decode(bytes).replace(/\0/g, ''));
      await client.diagnostics(uri, () => true, 30000);
      await change(uri, 2, [{ text: String.fromCharCode(...bytes.slice(0, 2048)).replace(/\0/g, '') }]);
      await client.diagnostics(uri, (p) => p.version === 2, 30000);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    await assertStillServing('random bytes');
  });
});
