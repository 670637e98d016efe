// Warden's own security (issue 8): no dynamic code in the shipped bundles, no network or process modules in Warden's sources.

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
      // The fuzzer (not shipped) writes raw LSP frames to the built server as a process.
      'fuzz.js': ['child_process'],
      // The blind-set scorer (not shipped) runs ESLint as a process for the peer comparison.
      'blind.js': ['child_process'],
      // The coach scorer (not shipped) runs prettier on the JSON it writes, as noise.js does.
      'coach.js': ['child_process'],
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
