// Warden's own security (issue 8): no network or process use while scanning (engine, CLI, a
// language-server session), no dynamic code in the shipped bundles, limited support in untrusted
// workspaces, and quick-fixes that only ever edit the document they were asked about.

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
import { LspClient } from '../lsp/server.test';
import { installNetworkTrap } from './security-network-trap';

/** Fixtures, seeds and examples: every file Warden has findings for. */
function corpus(): string[] {
  return [
    ...listFiles(path.join(REPO, 'rules'), (n) => !!languageForPath(n)),
    ...listFiles(SEED_DIR, (n) => !!languageForPath(n)),
    ...listFiles(path.join(REPO, 'examples'), (n) => !!languageForPath(n)),
  ];
}

const EDITOR_LANGUAGE: Record<string, string> = {
  java: 'java',
  javascript: 'javascript',
  typescript: 'typescript',
  tsx: 'typescriptreact',
  python: 'python',
  go: 'go',
};

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

/** Calls and constructions that turn strings into code, found by parsing a bundle as JavaScript. */
function dynamicCode(root: Node): Array<{ what: string; line: number; inFunction: string }> {
  const out: Array<{ what: string; line: number; inFunction: string }> = [];
  const functionName = (n: Node): string => {
    for (let p = n.parent; p; p = p.parent) {
      if (p.type === 'function_declaration' || p.type === 'function_expression')
        return p.childForFieldName('name')?.text ?? '(anonymous)';
    }
    return '(top level)';
  };
  const cursor = root.walk();
  try {
    for (;;) {
      const type = cursor.nodeType;
      if (type === 'call_expression' || type === 'new_expression') {
        const node = cursor.currentNode;
        const callee = node.childForFieldName(type === 'call_expression' ? 'function' : 'constructor');
        const text = callee?.text.replace(/\s+/g, '') ?? '';
        const args = node.childForFieldName('arguments');
        const firstArg = args?.namedChildren[0];
        let what: string | undefined;
        if (/^(\(0,)?(globalThis\.|window\.|global\.)?eval\)?$/.test(text)) what = 'eval';
        else if (/^(globalThis\.|global\.)?Function$/.test(text))
          what = `${type === 'new_expression' ? 'new ' : ''}Function`;
        else if (
          /(^|\.)(runInThisContext|runInNewContext|runInContext|compileFunction)$/.test(text) ||
          (/(^|\.)Script$/.test(text) && type === 'new_expression')
        )
          what = text;
        else if (text === 'require' && /^["'](node:)?vm["']$/.test(firstArg?.text ?? '')) what = 'require("vm")';
        else if (
          /^(setTimeout|setInterval|setImmediate)$/.test(text) &&
          firstArg &&
          /string|template/.test(firstArg.type)
        )
          what = `${text}(string)`;
        if (what) out.push({ what, line: node.startPosition.row + 1, inFunction: functionName(node) });
      }
      if (cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return out;
      }
    }
  } finally {
    cursor.delete();
  }
}

describe('security of Warden itself: no eval, new Function or vm in the bundles', function () {
  this.timeout(180000);
  const bundles = fs
    .readdirSync(path.join(REPO, 'dist'))
    .filter((f) => f.endsWith('.js'))
    .sort();

  it('every dist/*.js bundle parses and has no dynamic code except the two evals of web-tree-sitter’s module loader', async () => {
    assert.ok(bundles.includes('server.js') && bundles.includes('client.js') && bundles.includes('cli.js'));
    const found: string[] = [];
    for (const bundle of bundles) {
      const text = fs.readFileSync(path.join(REPO, 'dist', bundle), 'utf8');
      const tree = await scanner().pool.parse('javascript', text, null, 120000);
      try {
        for (const d of dynamicCode(tree.rootNode)) found.push(`${bundle}: ${d.what} in ${d.inFunction}`);
      } finally {
        tree.delete();
      }
    }
    // web-tree-sitter's emscripten dynamic linker evaluates EM_ASM / EM_JS snippets embedded in a
    // side module (a grammar .wasm) when it loads one. They come from the wasm files Warden ships,
    // never from a document; the next test proves the shipped grammars carry none, so these two
    // evals never run. Every other bundle (CLI, client, tools) must have none at all.
    const wasmLoader = (b: string): string[] => [`${b}: eval in addEmAsm`, `${b}: eval in addEmJs`];
    const expected = bundles
      .filter((b) => fs.readFileSync(path.join(REPO, 'dist', b), 'utf8').includes('function addEmAsm('))
      .flatMap(wasmLoader);
    assert.ok(expected.length >= 6, 'the server, the scan worker and the CLI embed web-tree-sitter');
    assert.deepStrictEqual(found.sort(), expected.sort());
  });

  it('the shipped grammars embed no EM_ASM / EM_JS code, so web-tree-sitter’s evals are unreachable', () => {
    // (the project's TypeScript lib has no WebAssembly declarations)
    type WasmModuleApi = { new (bytes: Uint8Array): object; exports(module: object): Array<{ name: string }> };
    const wasm = (globalThis as unknown as { WebAssembly: { Module: WasmModuleApi } }).WebAssembly;
    const wasms = fs.readdirSync(path.join(REPO, 'dist', 'wasm')).filter((f) => f.endsWith('.wasm'));
    assert.ok(wasms.length >= 6);
    for (const file of wasms) {
      const exports = wasm.Module.exports(new wasm.Module(fs.readFileSync(path.join(REPO, 'dist', 'wasm', file))));
      const embedded = exports
        .map((e) => e.name)
        .filter((n) => n === '__start_em_asm' || n === '__stop_em_asm' || n.startsWith('__em_js__'));
      assert.deepStrictEqual(embedded, [], file);
    }
  });

  it('Warden’s own sources never import network or process modules (the libraries’ unused transports aside)', () => {
    const sources = [
      ...listFiles(path.join(REPO, 'server', 'src'), (n) => n.endsWith('.ts')),
      ...listFiles(path.join(REPO, 'client', 'src'), (n) => n.endsWith('.ts')),
      ...listFiles(path.join(REPO, 'core'), (n) => n.endsWith('.ts')),
    ];
    // Statement-level imports only: a quick-fix may write `import … from 'child_process'` into the user's code.
    const banned =
      /^\s*(?:import\b[^;'"]*from\s+|(?:const|let|var)\s[^=]*=\s*require\()\s*['"](?:node:)?(net|http|https|http2|tls|dns|dgram|child_process|vm|inspector)['"]/m;
    const offenders = sources.filter((f) => banned.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(REPO, f));
    // The one git runner: the CLI's --changed-since asks the system's git which files changed
    // (with every repository-configured command disabled, and only when the user passes that
    // option); the extension never loads it.
    assert.deepStrictEqual(offenders, ['core/io/git.ts']);
    // In the bundles, only the LSP libraries bring them: vscode-languageclient starts Warden's own
    // server (child_process) and offers socket transports (net); vscode-languageserver has the same
    // transports plus global-module lookups Warden never calls. The session test above shows none runs.
    const allowed: Record<string, string[]> = {
      'client.js': ['child_process', 'net'],
      'server.js': ['child_process', 'net'],
      'cli.js': ['child_process'],
      // The benchmark (a developer tool, not shipped) drives the server and the peers as processes.
      'bench.js': ['child_process', 'net'],
      // The noise benchmark (not shipped) fetches with apt-get and npm and runs the built CLI.
      'noise.js': ['child_process'],
    };
    for (const bundle of bundles) {
      const text = fs.readFileSync(path.join(REPO, 'dist', bundle), 'utf8');
      // esbuild writes every real require with double quotes; single-quoted ones are text that a
      // quick-fix inserts into the user's code (`require('child_process')` for execFile).
      const modules = [
        ...new Set(
          [
            ...text.matchAll(/require\("(?:node:)?(net|http|https|http2|tls|dns|dgram|child_process|vm|inspector)"\)/g),
          ].map((m) => m[1]),
        ),
      ].sort();
      assert.deepStrictEqual(modules, allowed[bundle] ?? [], bundle);
    }
  });
});

describe('security of Warden itself: workspace trust and writes', function () {
  this.timeout(180000);

  it('declares limited support for untrusted workspaces, with the reason, and restricts the custom rules setting', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const untrusted = pkg.capabilities?.untrustedWorkspaces;
    assert.strictEqual(untrusted?.supported, 'limited');
    assert.match(untrusted.description, /custom rules/i);
    assert.match(untrusted.description, /trust/i);
    assert.deepStrictEqual(untrusted.restrictedConfigurations, ['warden.customRulesPath']);
    // The client passes the trust state to the server; test/lsp/server.test.ts ("custom workspace
    // rules") shows .warden/rules loaded when trusted and ignored when not.
    assert.match(
      fs.readFileSync(path.join(REPO, 'client', 'src', 'extension.ts'), 'utf8'),
      /initializationOptions:\s*{\s*trusted:\s*vscode\.workspace\.isTrusted,/,
    );
  });

  it('every code action for every fixture, seed and example finding edits only the document it was asked about', async () => {
    type Edit = {
      range: { start: { line: number; character: number }; end: { line: number; character: number } };
      newText: string;
    };
    type Action = {
      title: string;
      edit?: { changes?: Record<string, Edit[]>; documentChanges?: unknown[] };
      command?: { command: string; arguments?: unknown[] };
    };
    const client = new LspClient();
    let actions = 0;
    let withEdits = 0;
    try {
      await client.initialize();
      for (const [i, file] of corpus().entries()) {
        const language = languageForPath(file)!;
        const uri = `file:///work/actions/${i}/${path.basename(file)}`;
        const text = fs.readFileSync(file, 'utf8');
        await client.open(uri, EDITOR_LANGUAGE[language], text);
        const { diagnostics } = await client.diagnostics(uri);
        const lines = text.split(/\r\n|\r|\n/);
        const requests = [
          ...diagnostics.map((d) => ({ range: d.range, context: { diagnostics: [d], only: ['quickfix'] } })),
          {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            context: { diagnostics: [], only: ['source.fixAll.warden'] },
          },
          {
            range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: 0 } },
            context: { diagnostics },
          },
        ];
        for (const request of requests) {
          const answer = (await client.connection.sendRequest('textDocument/codeAction', {
            textDocument: { uri },
            ...request,
          })) as Action[];
          for (const action of answer) {
            actions++;
            assert.strictEqual(
              action.edit?.documentChanges,
              undefined,
              `${action.title}: no file creation, rename or deletion`,
            );
            if (action.edit) {
              withEdits++;
              assert.deepStrictEqual(Object.keys(action.edit.changes ?? {}), [uri], action.title);
              for (const e of action.edit.changes![uri]) {
                assert.ok(
                  e.range.end.line < lines.length && e.range.end.character <= lines[e.range.end.line].length,
                  `${action.title}: edit inside the document`,
                );
              }
            }
            if (action.command)
              assert.strictEqual(
                action.command.arguments?.[0],
                uri,
                `${action.title}: the command targets the same document`,
              );
          }
        }
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }
    } finally {
      await client.close();
    }
    assert.ok(withEdits >= 40 && actions > withEdits, `${actions} actions, ${withEdits} with edits`);
  });

  it('the client writes only to the active editor, the document of a finding, or the instruction files the user asked for', () => {
    // Every place client code changes a file, pinned: a new write path must be reviewed here.
    const sources = listFiles(path.join(REPO, 'client', 'src'), (n) => n.endsWith('.ts'));
    const writes = sources.flatMap((f) => {
      const text = fs.readFileSync(f, 'utf8');
      return [
        ...text.matchAll(
          /editor\.edit\(|new vscode\.WorkspaceEdit\(|workspace\.fs\.(writeFile|delete|rename|copy|createDirectory)|\bfs\.(writeFile|appendFile|rm|unlink|rename|mkdir|copyFile)\w*\(|\bwriteFileAtomic\(/g,
        ),
      ].map((m) => `${path.relative(path.join(REPO, 'client', 'src'), f)}: ${m[0]}`);
    });
    assert.deepStrictEqual(writes.sort(), [
      'commands/harden-prompt.ts: editor.edit(',
      'commands/insert-security-header.ts: editor.edit(',
      'commands/mark-ai-generated.ts: editor.edit(',
      'commands/report.ts: workspace.fs.writeFile',
      'commands/report.ts: writeFileAtomic(',
      'commands/suppress.ts: new vscode.WorkspaceEdit(',
      'commands/write-assistant-instructions.ts: new vscode.WorkspaceEdit(',
    ]);
    const suppress = fs.readFileSync(path.join(REPO, 'client', 'src', 'commands', 'suppress.ts'), 'utf8');
    assert.match(suppress, /edit\.insert\(document\.uri,/, 'the suppression goes into the finding’s own document');
    const report = fs.readFileSync(path.join(REPO, 'client', 'src', 'commands', 'report.ts'), 'utf8');
    assert.match(
      report,
      /const target = await vscode\.window\.showSaveDialog\([\s\S]*writeFileAtomic\(target\.fsPath,[\s\S]*workspace\.fs\.writeFile\(target,/,
      'the report goes only where the user chose in the save dialog',
    );
    const instructions = fs.readFileSync(
      path.join(REPO, 'client', 'src', 'commands', 'write-assistant-instructions.ts'),
      'utf8',
    );
    assert.match(
      instructions,
      /const targets = \[vscode\.Uri\.joinPath\(folder\.uri, '\.github', 'copilot-instructions\.md'\)\];\s*if \(settings\.writeAgentsMd\) targets\.push\(vscode\.Uri\.joinPath\(folder\.uri, 'AGENTS\.md'\)\);/,
    );
  });
});
