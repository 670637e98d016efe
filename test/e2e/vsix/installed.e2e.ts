// The .vsix that `npm run package` builds, installed the way a user installs it: it activates on
// a seed snippet by itself, reports its findings, and carries nothing but what it runs.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAllEditors, copySeed, EXTENSION_ID, open, REPO, summarize, waitFor, waitForDiagnostics } from '../util';

function listFiles(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

describe('the packaged .vsix', () => {
  after(closeAllEditors);

  it('is installed from the .vsix, activates on a Go file and reports the seed findings', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
    // Installed copies live in the extensions folder as <publisher>.<name>-<version>.
    assert.notStrictEqual(path.resolve(ext.extensionPath), path.resolve(REPO));
    assert.strictEqual(
      path.basename(ext.extensionPath),
      `${EXTENSION_ID}-${pkg.version}`,
      `runs from the installed copy: ${ext.extensionPath}`,
    );
    assert.strictEqual((ext.packageJSON as { version: string }).version, pkg.version);
    const uri = copySeed('handler.go', 'vsix');
    await open(uri);
    // Nothing here calls activate(): opening a Go file must (activationEvents: onLanguage:go).
    await waitFor('activation on the Go file', () => (ext.isActive ? true : undefined), 30_000);
    const diagnostics = await waitForDiagnostics(uri, 'the seed findings', (ds) => ds.length === 3, 30_000);
    assert.deepStrictEqual(summarize(diagnostics), [
      '14:19-43 go/type-assertion/unchecked',
      '14:4-44 go/cmdi/command-helper',
      '8:8-59 go/info-leak/error-to-response',
    ]);
  });

  it('ships the bundles, rules, grammars and snippets only: no sources, tests, maps or node_modules', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const files = listFiles(ext.extensionPath);
    for (const needed of [
      'package.json',
      'dist/client.js',
      'dist/server.js',
      'dist/scan-worker.js',
      'dist/rules.json',
      'dist/coach-knowledge.json',
      'dist/wasm/web-tree-sitter.wasm',
      'dist/wasm/tree-sitter-go.wasm',
      'snippets/go.json',
      'dist/advisories.json.gz',
    ]) {
      assert.ok(files.includes(needed), `${needed} is shipped`);
    }
    const unwanted = files.filter((f) =>
      /(^|\/)node_modules\/|\.ts$|\.map$|^(src|client|server|test|out|bench|rules|scripts|examples)\//.test(f),
    );
    assert.deepStrictEqual(unwanted, []);
    const allowed =
      /^(package\.json|readme\.md|README\.md|LICENSE(\.txt)?|changelog\.md|\.vsixmanifest|snippets\/\w+\.json|dist\/(client|server|scan-worker)\.js|dist\/(rules|coach-knowledge|sbom\.cdx)\.json|dist\/wasm\/[\w-]+\.wasm|dist\/(advisories\.json|rule-docs\.json|popular\/\w+\.txt)\.gz|NOTICE|docs\/img\/[\w-]+\.png|media\/[\w.\/-]+\.(png|svg|md|txt))$/i;
    assert.deepStrictEqual(
      files.filter((f) => !allowed.test(f)),
      [],
      'every file is on the allow-list',
    );
  });
});
