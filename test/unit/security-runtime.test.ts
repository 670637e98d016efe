// Warden's own security (issue 8): no network or process use while scanning (engine, CLI, a language-server session).

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Node } from 'web-tree-sitter';
import { languageForPath } from '../../server/src/engine';
import { runScan } from '../../server/src/cli/main';
import { parseArgs, ScanArgs } from '../../server/src/cli/args';
import { createNodeScanner } from '../../server/src/host/node-assets';
import { HAVE_SEEDS, listFiles, REPO, scanner, seed, SEED_DIR } from '../helpers';
import { LspClient } from '../lsp/client';
import { installNetworkTrap } from './security-network-trap';
import { corpus, EDITOR_LANGUAGE } from './security-corpus';

describe('security of Warden itself: no network, no processes', function () {
  this.timeout(120000);

  it('the trap catches every network and process API it claims to (so a clean run means something)', async () => {
    const trap = installNetworkTrap();
    try {
      const http = require('http') as typeof import('http');
      const dns = require('dns') as typeof import('dns');
      const cp = require('child_process') as typeof import('child_process');
      const net = require('net') as typeof import('net');
      assert.throws(() => http.get('http://example.invalid/'));
      assert.throws(() => dns.lookup('example.invalid', () => undefined));
      assert.throws(() => cp.execSync('true'));
      assert.throws(() => new net.Socket().connect(9, '127.0.0.1'));
      await assert.rejects(async () => fetch('http://example.invalid/'));
      assert.deepStrictEqual(trap.used, [
        'http.get',
        'dns.lookup',
        'child_process.execSync',
        'net.Socket.connect',
        'fetch',
      ]);
    } finally {
      trap.restore();
    }
    assert.doesNotThrow(() =>
      (require('child_process') as typeof import('child_process')).execFileSync(process.execPath, ['-e', '0']),
    );
  });

  it('engine and CLI scans of every fixture, seed and example use no network or process API', async () => {
    const trap = installNetworkTrap();
    try {
      // A fresh scanner: loading web-tree-sitter and the grammars happens under the trap too.
      const fresh = createNodeScanner([], {
        wasmDir: path.join(REPO, 'dist', 'wasm'),
        rules: path.join(REPO, 'rules'),
      });
      let findings = 0;
      for (const file of corpus())
        findings += (await fresh.scanNamedText(file, fs.readFileSync(file, 'utf8')))?.findings.length ?? 0;
      assert.ok(findings > 30, `${findings} findings`);
      const { report } = await runScan(
        parseArgs([
          'scan',
          path.join(REPO, 'examples'),
          ...(HAVE_SEEDS ? [SEED_DIR] : []),
          '--format',
          'sarif',
        ]) as ScanArgs,
      );
      assert.ok(report.files.length >= (HAVE_SEEDS ? 9 : 5), `${report.files.length} files`);
    } finally {
      trap.restore();
    }
    assert.deepStrictEqual(trap.used, []);
  });

  it('a language-server session (open, edit, hover, code actions, workspace scan on worker threads) uses no network or process API', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-trap-'));
    const log = path.join(dir, 'trap.log');
    for (const name of ['handler.go', 'upload.py', 'preferences.js', 'AuthService.java'])
      fs.writeFileSync(path.join(dir, name), seed(name));
    const saved = { NODE_OPTIONS: process.env.NODE_OPTIONS, WARDEN_TRAP_LOG: process.env.WARDEN_TRAP_LOG };
    process.env.NODE_OPTIONS =
      `${saved.NODE_OPTIONS ?? ''} --require ${path.join(__dirname, 'security-network-trap.js')}`.trim();
    process.env.WARDEN_TRAP_LOG = log;
    let client: LspClient;
    try {
      client = new LspClient();
    } finally {
      process.env.NODE_OPTIONS = saved.NODE_OPTIONS;
      if (saved.NODE_OPTIONS === undefined) delete process.env.NODE_OPTIONS;
      process.env.WARDEN_TRAP_LOG = saved.WARDEN_TRAP_LOG;
      if (saved.WARDEN_TRAP_LOG === undefined) delete process.env.WARDEN_TRAP_LOG;
    }
    client.connection.onRequest('window/workDoneProgress/create', () => null);
    try {
      await client.initialize({ trusted: true, folder: dir });
      const uri = `file://${dir}/handler.go`;
      await client.open(uri, 'go', fs.readFileSync(path.join(dir, 'handler.go'), 'utf8'));
      const { diagnostics } = await client.diagnostics(uri, (p) => p.diagnostics.length === 3);
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [
          { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// edited\n' },
        ],
      });
      await client.diagnostics(uri, (p) => p.version === 2);
      await client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri },
        position: { line: diagnostics[0].range.start.line + 1, character: diagnostics[0].range.start.character },
      });
      await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostics[0].range,
        context: { diagnostics: [] },
      });
      const scan = (await client.connection.sendRequest('warden/scanWorkspace', {})) as {
        scanned: number;
        findings: number;
      };
      assert.ok(scan.scanned >= 4 && scan.findings >= 7, JSON.stringify(scan));
    } finally {
      await client.close();
    }
    const lines = fs.readFileSync(log, 'utf8').split('\n').filter(Boolean);
    fs.rmSync(dir, { recursive: true, force: true });
    assert.ok(
      lines.some((l) => l.startsWith('installed ')),
      'the preload ran in the server',
    );
    // The scan workers run the preload too (one `installed <pid>/<thread>` line per worker thread).
    assert.ok(
      lines.filter((l) => l.startsWith('installed ') && !l.endsWith('/0')).length >= 1,
      `trap in the worker threads: ${lines.join(', ')}`,
    );
    assert.deepStrictEqual(
      lines.filter((l) => !l.startsWith('installed ')),
      [],
      'no network or process API was used',
    );
  });
});
