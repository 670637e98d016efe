// Module boundaries: the VS Code client imports nothing from server/src (what it needs of the
// rules reaches it as dist/coach-knowledge.json), and core/ is pure — no VS Code or LSP package,
// no client or server code — so the CLI, an MCP server and a web build can use it.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO } from '../helpers';

/** The module specifiers a TypeScript source imports, re-exports or requires. */
export function importSpecifiers(source: string): string[] {
  const out: string[] = [];
  const patterns = [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) out.push(m[1]);
  return out;
}

function tsFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** `file: specifier` for every import of a file under `dir` that `forbidden` rejects. */
function violations(dir: string, forbidden: (specifier: string, resolved: string | undefined) => boolean): string[] {
  const out: string[] = [];
  for (const file of tsFiles(dir)) {
    for (const spec of importSpecifiers(fs.readFileSync(file, 'utf8'))) {
      const resolved = spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : undefined;
      if (forbidden(spec, resolved)) out.push(`${path.relative(REPO, file)}: ${spec}`);
    }
  }
  return out;
}

const inside = (folder: string) => (resolved: string | undefined) =>
  resolved !== undefined && (resolved + path.sep).startsWith(path.join(REPO, folder) + path.sep);
const LSP_OR_VSCODE = /^(vscode|vscode-languageserver.*|vscode-languageclient.*|vscode-jsonrpc.*)(\/|$)/;

describe('module boundaries', () => {
  it('finds static, re-exported, side-effect, dynamic and required imports', () => {
    const source = [
      "import * as a from '../../server/src/a';",
      'import {',
      '  b,',
      "} from './b';",
      "export { c } from 'vscode';",
      "import './side-effect';",
      "const d = await import('vscode-languageclient/node');",
      "const e = require('../e');",
      "const note = 'imported from nowhere';",
    ].join('\n');
    assert.deepStrictEqual(importSpecifiers(source).sort(), [
      '../../server/src/a',
      '../e',
      './b',
      './side-effect',
      'vscode',
      'vscode-languageclient/node',
    ]);
    assert.ok(inside('server/src')(path.join(REPO, 'server/src/engine')));
    assert.ok(!inside('server/src')(path.join(REPO, 'server/srcs')));
  });

  it('the client imports nothing from server/src', () => {
    assert.deepStrictEqual(
      violations(path.join(REPO, 'client/src'), (_spec, resolved) => inside('server/src')(resolved)),
      [],
    );
  });

  it('core/ imports neither VS Code nor an LSP package, nor client or server code', () => {
    assert.deepStrictEqual(
      violations(
        path.join(REPO, 'core'),
        (spec, resolved) =>
          LSP_OR_VSCODE.test(spec) || inside('server/src')(resolved) || inside('client/src')(resolved),
      ),
      [],
    );
  });
});
