// The language server over stdio (see ./client): findings, edits, settings, code actions, hover,
// suppressions, custom workspace rules and the workspace scan, each through real LSP messages.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO, seed } from '../helpers';
import { Diagnostic, LspClient } from './client';

describe('language server over stdio', function () {
  this.timeout(60000);
  let client: LspClient;

  before(async () => {
    client = new LspClient();
    const init = (await client.initialize()) as { capabilities: { textDocumentSync: { change: number } } };
    assert.strictEqual(init.capabilities.textDocumentSync.change, 2, 'incremental sync');
  });
  after(async () => client.close());

  it('publishes the Go seed findings with codes, CWE links, sink ranges and the taint path', async () => {
    const uri = 'file:///work/handler.go';
    await client.open(uri, 'go', seed('handler.go'));
    const { diagnostics } = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
    const summary = diagnostics
      .map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.character} ${d.code}`)
      .sort();
    assert.deepStrictEqual(summary, [
      '14:19-43 go/type-assertion/unchecked',
      '14:4-44 go/cmdi/command-helper',
      '8:8-59 go/info-leak/error-to-response',
    ]);
    const cmdi = diagnostics.find((d) => d.code === 'go/cmdi/command-helper')!;
    assert.strictEqual(cmdi.source, 'Warden');
    assert.strictEqual(cmdi.severity, 1);
    assert.strictEqual(cmdi.codeDescription?.href, 'https://cwe.mitre.org/data/definitions/78.html');
    assert.deepStrictEqual(
      cmdi.relatedInformation?.map((r) => r.location.range.start.line),
      [1, 3, 4, 14],
      'source r (line 2) → decoder → data → sink',
    );
    assert.match(cmdi.relatedInformation![0].message, /^source: r/);
  });

  it('prepares the languages the client names at initialize (unknown ones ignored), then scans as usual', async () => {
    const early = new LspClient();
    try {
      await early.initialize({ languages: ['go', 'plaintext', 'no-such-language'] });
      const uri = 'file:///tmp/warden-lsp-early/handler.go';
      await early.open(uri, 'go', seed('handler.go'));
      const published = await early.diagnostics(uri, (p) => p.diagnostics.length > 0);
      const normal = await client.diagnostics('file:///work/handler.go', (p) => p.diagnostics.length > 0);
      assert.deepStrictEqual(
        published.diagnostics.map((d) => d.code),
        normal.diagnostics.map((d) => d.code),
      );
    } finally {
      await early.close();
    }
  });

  it('re-scans incremental edits, and non-ASCII text before a finding does not shift its range', async () => {
    const uri = 'file:///work/edit.go';
    const text = seed('handler.go');
    await client.open(uri, 'go', text);
    await client.diagnostics(uri, (p) => p.diagnostics.length === 3);
    // Insert a line with emoji and CJK above, and emoji on the finding's own line before the sink.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        {
          range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } },
          text: '// 🔥 注意 — préférences 😀\n',
        },
        { range: { start: { line: 15, character: 4 }, end: { line: 15, character: 4 } }, text: '/* 😀😀 */ ' },
      ],
    });
    const edited = await client.diagnostics(uri, (p) => p.version === 2);
    const assertion = edited.diagnostics.find((d) => d.code === 'go/type-assertion/unchecked')!;
    // "/* 😀😀 */ " is 11 UTF-16 code units (each emoji counts 2).
    assert.deepStrictEqual(assertion.range, { start: { line: 15, character: 30 }, end: { line: 15, character: 54 } });
    // Make the assertion comma-ok: the type-assertion finding disappears.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [
        {
          range: { start: { line: 15, character: 4 }, end: { line: 15, character: 56 } },
          text: 'cmd, ok := data["command"].(string)\n    if !ok { return }\n    executeCommand(cmd)',
        },
      ],
    });
    const fixed = await client.diagnostics(uri, (p) => p.version === 3);
    assert.deepStrictEqual(fixed.diagnostics.map((d) => d.code).sort(), [
      'go/cmdi/command-helper',
      'go/info-leak/error-to-response',
    ]);
  });

  it('applies settings: a disabled rule disappears, a minimum severity filters', async () => {
    const uri = 'file:///work/settings.py';
    await client.open(uri, 'python', seed('upload.py'));
    await client.diagnostics(uri, (p) => p.diagnostics.length === 2);
    client.settings = { disabledRules: ['py/file-upload/flask-unvalidated'] };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const after = await client.diagnostics(uri, (p) => p.diagnostics.length === 1);
    assert.deepStrictEqual(
      after.diagnostics.map((d) => d.code),
      ['py/path-traversal/file-path'],
    );
    client.settings = { enable: false };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
    client.settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.diagnostics(uri, (p) => p.diagnostics.length === 2);
  });

  it('clears diagnostics when a document closes', async () => {
    const uri = 'file:///work/prefs.js';
    await client.open(uri, 'javascript', seed('preferences.js'));
    const open = await client.diagnostics(uri, (p) => p.diagnostics.length === 1);
    assert.strictEqual(open.diagnostics[0].code, 'js/insecure-cookie/document-cookie');
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
  });

  it('offers the preferred quick-fix from the diagnostic, a suppression, fix-all, and never a stale fix', async () => {
    const uri = 'file:///work/fix.js';
    const text = seed('preferences.js');
    await client.open(uri, 'javascript', text);
    const { diagnostics } = await client.diagnostics(uri, (p) => p.diagnostics.length === 1);
    type Action = {
      title: string;
      kind: string;
      isPreferred?: boolean;
      edit?: { changes: Record<string, Array<{ range: Diagnostic['range']; newText: string }>> };
      command?: { command: string; arguments: unknown[] };
    };
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics, only: ['quickfix'] },
    })) as Action[];
    const preferred = actions.filter((a) => a.isPreferred);
    assert.strictEqual(preferred.length, 1);
    assert.strictEqual(preferred[0].kind, 'quickfix');
    const edits = preferred[0].edit!.changes[uri];
    assert.deepStrictEqual(
      edits.map((e) => e.newText),
      ['; Secure; SameSite=Strict; Max-Age=31536000'],
    );
    const suppress = actions.find((a) => a.command?.command === 'warden.suppressWithReason');
    const cookie = 'js/insecure-cookie/document-cookie';
    assert.deepStrictEqual(suppress?.command?.arguments, [uri, 3, cookie]);
    // The rule's documentation page and switching it off for the workspace are client commands.
    const named = (c: string) => actions.find((a) => a.command?.command === c)?.command?.arguments?.join();
    assert.deepStrictEqual([named('warden.showRuleDocs'), named('warden.disableRule')], [cookie, cookie]);
    const fixAll = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.warden'] },
    })) as Action[];
    assert.deepStrictEqual(
      fixAll.map((a) => a.kind),
      ['source.fixAll.warden'],
    );
    // After an edit the old diagnostic's fix belongs to another version: it is not offered.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }],
    });
    const stale = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics, only: ['quickfix'] },
    })) as Action[];
    assert.deepStrictEqual(
      stale.filter((a) => a.isPreferred),
      [],
    );
  });

  it('hovers a finding with the title first, then the path, the explanation and the compliance mapping', async () => {
    const uri = 'file:///work/hover.py';
    await client.open(uri, 'python', seed('upload.py'));
    const { diagnostics } = await client.diagnostics(uri, (p) => p.diagnostics.length === 2);
    // The diagnostic is one line, the rule's title; the paragraph is the hover's.
    assert.ok(diagnostics.some((d) => d.message === 'File path built from request data' && !d.message.includes('\n')));
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 6, character: 10 },
    })) as { contents: { value: string } };
    const md = hover.contents.value;
    const block = md.split('\n\n---\n\n').find((b) => b.includes('File path built from request data'))!;
    assert.match(block.split('\n')[0], /^\*\*Warden: File path built from request data\*\*/);
    const path = block.search(/\*\*Path:\*\* .*request\.files.*→.*filename/);
    assert.ok(path > 0 && path < block.indexOf('A file-system path is built from request data'), block);
    assert.strictEqual(block.match(/\*\*Path:\*\*/g)?.length, 1, 'the path is shown once');
    assert.ok(
      block.includes('[Rule documentation](command:warden.showRuleDocs?%5B%22py%2Fpath-traversal%2Ffile-path%22%5D)'),
    );
    assert.match(md, /CWE-22.*OWASP A01:2021.*PCI-DSS v4\.0 6\.2\.4.*SOC 2 CC6\.1/);
    assert.match(md, /Quick fix available/);
    const none = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 1 },
    });
    assert.strictEqual(none, null);
  });

  it('honours a suppression with a reason, and reports one without', async () => {
    const uri = 'file:///work/suppressed.py';
    const lines = seed('upload.py').split('\n');
    lines.splice(
      6,
      0,
      '    # warden-ignore: py/path-traversal/file-path -- name checked against the DB upstream',
      '    # warden-ignore: file-upload',
    );
    await client.open(uri, 'python', lines.join('\n'));
    const { diagnostics } = await client.diagnostics(uri);
    assert.deepStrictEqual(
      diagnostics.map((d) => `${d.range.start.line}:${d.code}:${d.severity}`),
      ['7:warden/suppression/missing-reason:3'],
    );
  });

  it('adds a comprehension-check hint to findings inside AI-generated regions', async () => {
    const uri = 'file:///work/ai.py';
    const lines = seed('upload.py').split('\n');
    lines.splice(2, 0, '# warden:ai-generated begin (assistant)');
    lines.push('# warden:ai-generated end');
    await client.open(uri, 'python', lines.join('\n'));
    const { diagnostics } = await client.diagnostics(uri, (p) => p.diagnostics.length === 2);
    for (const d of diagnostics) assert.match(d.message, /\[AI-generated: explain it before approving\]$/);
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: diagnostics[0].range.start,
    })) as { contents: { value: string } };
    assert.match(hover.contents.value, /Comprehension check: this code is marked AI-generated/);
  });

  it('skips an oversized document with no findings instead of scanning it', async () => {
    const uri = 'file:///work/huge.js';
    client.settings = { maxFileSizeKB: 1 };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.open(uri, 'javascript', `${seed('preferences.js')}\n${'// padding\n'.repeat(200)}`);
    const published = await client.diagnostics(uri);
    assert.deepStrictEqual(published.diagnostics, []);
    client.settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.diagnostics(uri, (p) => p.diagnostics.length === 1);
  });
});

describe('custom workspace rules', function () {
  this.timeout(60000);
  const os = require('os') as typeof import('os');
  const rule = `id: py/cmdi/team-runner
title: Team runner
class: cmdi
languages: [python]
severity: warning
cwe: [78]
owasp: 'A03:2021 - Injection'
pci: ['6.2.4']
soc2: ['CC7.1']
message: Use the approved runner.
requirement: Run commands through the approved runner.
match:
  - query: '(call function: (identifier) @fn) @sink'
    where: [{ capture: fn, regex: '^legacy_run$' }]
`;
  const workspace = (): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-ws-'));
    fs.mkdirSync(path.join(dir, '.warden', 'rules'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.warden', 'rules', 'team.yaml'), rule);
    return dir;
  };

  for (const trusted of [true, false]) {
    it(`${trusted ? 'loads' : 'ignores'} .warden/rules in a${trusted ? '' : 'n un'}trusted workspace`, async () => {
      const dir = workspace();
      const client = new LspClient();
      try {
        await client.initialize({ trusted, folder: dir });
        const uri = `file://${dir}/job.py`;
        await client.open(uri, 'python', 'legacy_run("backup")\n');
        const { diagnostics } = await client.diagnostics(uri);
        assert.deepStrictEqual(
          diagnostics.map((d) => d.code),
          trusted ? ['py/cmdi/team-runner'] : [],
        );
      } finally {
        await client.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

describe('workspace scan', function () {
  this.timeout(60000);
  const os = require('os') as typeof import('os');

  it('scans the workspace (code on worker threads, manifests too) with progress, honouring .gitignore and files.exclude', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-scan-'));
    const write = (rel: string, text: string): void => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    };
    write('app/handler.go', seed('handler.go'));
    write('app/upload.py', seed('upload.py'));
    write('generated/upload.py', seed('upload.py')); // ignored by .gitignore
    write('app/legacy/upload.py', seed('upload.py')); // excluded by files.exclude
    write('.gitignore', 'generated/\n');
    // A manifest: its vulnerable dependency is a finding of the workspace scan as of the CLI's.
    write('app/package.json', '{\n  "dependencies": {\n    "lodash": "4.17.20"\n  }\n}\n');
    const client = new LspClient();
    const progress: string[] = [];
    client.connection.onRequest('window/workDoneProgress/create', () => null);
    client.connection.onNotification('$/progress', (p: { value: { kind: string; message?: string } }) => {
      if (p.value.message) progress.push(p.value.message);
    });
    try {
      await client.initialize({ trusted: true, folder: dir });
      const result = (await client.connection.sendRequest('warden/scanWorkspace', { exclude: ['**/legacy/**'] })) as {
        files: number;
        scanned: number;
        findings: number;
        cancelled: boolean;
      };
      assert.deepStrictEqual(
        { files: result.files, scanned: result.scanned, cancelled: result.cancelled },
        { files: 3, scanned: 3, cancelled: false },
      );
      const go = await client.diagnostics(`file://${dir}/app/handler.go`, (p) => p.diagnostics.length > 0);
      assert.strictEqual(go.diagnostics.length, 3);
      const py = await client.diagnostics(`file://${dir}/app/upload.py`, (p) => p.diagnostics.length > 0);
      const npm = await client.diagnostics(`file://${dir}/app/package.json`, (p) => p.diagnostics.length > 0);
      assert.deepStrictEqual(
        npm.diagnostics.map((d) => `${d.code}:${d.range.start.line}`),
        ['sca/npm/vulnerable:2'],
      );
      assert.strictEqual(result.findings, go.diagnostics.length + py.diagnostics.length + npm.diagnostics.length);
      assert.ok(
        progress.some((m) => m.startsWith('3/3 files')),
        `progress messages: ${progress.join(' | ')}`,
      );

      // Suppressions are listed from the same file set (the ignored and excluded copies are not).
      write('generated/x.py', 'os.system(c)  # nosec\n');
      fs.appendFileSync(
        path.join(dir, 'app/upload.py'),
        '# warden-ignore: py/cmdi/os-system -- fixed command\nos.system(CMD)\n',
      );
      const listed = (await client.connection.sendRequest('warden/listSuppressions', {
        exclude: ['**/legacy/**'],
      })) as Array<{ file: string; reason: string }>;
      assert.deepStrictEqual(
        listed.map((e) => [path.relative(dir, e.file), e.reason]),
        [['app/upload.py', 'fixed command']],
      );
    } finally {
      await client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('judges code kinds inside the folder and honours warden.includeCodeKinds for vendored folders', async () => {
    // The folder sits under a `tests/` directory: its own files are still product code.
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-kinds-'));
    const dir = path.join(parent, 'tests', 'shop');
    const vulnerable =
      'import os\nfrom flask import request\n\ndef run():\n    os.system("ls " + request.args.get("d"))\n';
    fs.mkdirSync(path.join(dir, 'app'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'vendor', 'lib'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'app', 'run.py'), vulnerable);
    fs.writeFileSync(path.join(dir, 'vendor', 'lib', 'run.py'), vulnerable);
    const client = new LspClient();
    client.connection.onRequest('window/workDoneProgress/create', () => null);
    try {
      await client.initialize({ trusted: true, folder: dir });
      const scan = (): Promise<{ files: number }> => client.connection.sendRequest('warden/scanWorkspace', {});
      assert.strictEqual((await scan()).files, 1);
      const app = await client.diagnostics(`file://${dir}/app/run.py`, (p) => p.diagnostics.length > 0);
      assert.ok(
        app.diagnostics.some((d) => d.severity === 1 || d.severity === 2),
        'product code keeps its severity',
      );
      client.settings = { includeCodeKinds: ['vendored'] };
      assert.strictEqual((await scan()).files, 2);
      const vendored = await client.diagnostics(`file://${dir}/vendor/lib/run.py`, (p) => p.diagnostics.length > 0);
      assert.ok(vendored.diagnostics.length > 0);
    } finally {
      await client.close();
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });
});
