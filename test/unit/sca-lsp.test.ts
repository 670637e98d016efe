// Dependency diagnostics in the editor, over real LSP: an open manifest gets a diagnostic on the
// dependency's line, a hover with the snapshot date, and a quick-fix that bumps the version.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { REPO } from '../helpers';
import { LspClient } from '../lsp/client';

describe('SCA in the language server', function () {
  this.timeout(60000);
  let client: LspClient;
  before(async () => {
    client = new LspClient();
    await client.initialize();
  });
  after(async () => client.close());

  it('publishes vulnerable dependencies of an open package.json on their lines, with hover and bump quick-fix', async () => {
    const uri = 'file:///work/app/package.json';
    const text = '{\n  "name": "app",\n  "dependencies": {\n    "express": "^4.21.2",\n    "axios": "^1.5.0"\n  }\n}\n';
    await client.open(uri, 'json', text);
    const { diagnostics } = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.deepStrictEqual(
      diagnostics.map((d) => [d.code, d.range.start.line]),
      [['sca/npm/vulnerable', 4]],
    );
    const date = JSON.parse(fs.readFileSync(path.join(REPO, 'advisories', 'snapshot.json'), 'utf8')).date;
    assert.match(diagnostics[0].message, /GHSA-wf5p-g6vw-rhxx/);
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 4, character: 6 },
    })) as { contents: { value: string } };
    assert.match(hover.contents.value, new RegExp(`Advisories: Warden curated ${date}`));
    assert.match(hover.contents.value, /CWE-1395.*OWASP A06:2021/);
    type Action = {
      title: string;
      isPreferred?: boolean;
      edit?: { changes: Record<string, Array<{ range: never; newText: string }>> };
    };
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics, only: ['quickfix'] },
    })) as Action[];
    const bump = actions.find((a) => a.isPreferred);
    assert.strictEqual(bump?.title, 'Warden: Upgrade axios to 1.7.4');
    assert.strictEqual(applyEdits(text, bump!.edit!.changes[uri]), text.replace('^1.5.0', '^1.7.4'));
  });

  it('re-checks a manifest as it is edited (the fixed version clears the diagnostic)', async () => {
    const uri = 'file:///work/svc/requirements.txt';
    await client.open(uri, 'pip-requirements', 'flask==2.0.1\nrequests==2.32.3\n');
    const first = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.deepStrictEqual(
      first.diagnostics.map((d) => [d.code, d.range.start.line]),
      [['sca/pypi/vulnerable', 0]],
    );
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 7 }, end: { line: 0, character: 12 } }, text: '2.3.2' }],
    });
    await client.diagnostics(uri, (p) => p.version === 2 && p.diagnostics.length === 0);
  });

  it('a package in the manifest and the lockfile beside it: one diagnostic, the lockfile entry as related information', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-sca-lsp-'));
    const manifest = '{\n  "dependencies": {\n    "lodash": "^4.17.0"\n  }\n}\n';
    const lock = JSON.stringify(
      { lockfileVersion: 3, packages: { '': {}, 'node_modules/lodash': { version: '4.17.20' } } },
      null,
      2,
    );
    fs.writeFileSync(path.join(dir, 'package.json'), manifest);
    fs.writeFileSync(path.join(dir, 'package-lock.json'), lock);
    try {
      const uri = pathToFileURL(path.join(dir, 'package.json')).href;
      await client.open(uri, 'json', manifest);
      const { diagnostics } = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
      assert.deepStrictEqual(
        diagnostics.map((d) => [d.code, d.range.start.line]),
        [['sca/npm/vulnerable', 2]],
      );
      assert.deepStrictEqual(
        (
          diagnostics[0].relatedInformation as
            Array<{ message: string; location: { uri: string; range: { start: { line: number } } } }> | undefined
        )?.map((r) => [r.location.uri, r.location.range.start.line, r.message]),
        [
          [
            pathToFileURL(path.join(dir, 'package-lock.json')).href,
            lock.split('\n').findIndex((l) => l.includes('"node_modules/lodash"')),
            'lodash 4.17.20 in package-lock.json',
          ],
        ],
      );
      const lockUri = pathToFileURL(path.join(dir, 'package-lock.json')).href;
      await client.open(lockUri, 'json', lock);
      const onLock = await client.diagnostics(lockUri);
      assert.deepStrictEqual(onLock.diagnostics, [], 'not reported a second time on the lockfile');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
