// The `warden_scan` language-model tool's answer (client/src/lm-tool-result.ts), in-process: the
// language server's diagnostics of the seed snippets give their 7 findings, a selection only its
// own, the answer is bounded, and the secure rewrites give none. The e2e suite invokes the tool
// itself through vscode.lm.invokeTool where the host has it (test/e2e/suite/09-lm-tool.e2e.ts).

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { languageForPath } from '../../server/src/engine';
import { toDiagnostic } from '../../server/src/lsp/diagnostics';
import {
  MAX_TOOL_FINDINGS,
  MAX_TOOL_FINDING_BYTES,
  renderScanResult,
  ScannedDocument,
} from '../../client/src/lm-tool-result';
import { REPO, scanner, seed } from '../helpers';

const SEEDS = ['AuthService.java', 'handler.go', 'preferences.js', 'upload.py'];

async function documentOf(name: string, text: string): Promise<ScannedDocument> {
  const { findings } = await scanner().scanText(text, languageForPath(name)!);
  const rules = new Map(scanner().ruleSet.rules.map((r) => [r.id, r]));
  return {
    path: name,
    diagnostics: findings.map((f) => toDiagnostic(f, `file:///ws/${name}`, 1, rules.get(f.ruleId))),
  };
}

const findingLines = (text: string): string[] =>
  text.split('\n').filter((l) => /^\S+:\d+:\d+ (error|warning|info) \[/.test(l));

describe('warden_scan language-model tool (handler, in-process)', () => {
  it('the four seed snippets give their 7 findings, one line each, with rule and what to do', async () => {
    const documents = await Promise.all(SEEDS.map((n) => documentOf(n, seed(n))));
    const text = renderScanResult(documents, 'lsp');
    assert.match(text, /^Warden: 7 security finding\(s\) in 4 file\(s\)\. Fix each one/);
    const lines = findingLines(text);
    assert.strictEqual(lines.length, 7);
    assert.ok(lines.some((l) => l.startsWith('AuthService.java:6:') && l.includes('[java/sqli/string-built-query]')));
    assert.ok(lines.some((l) => /A safe quick-fix exists\./.test(l)));
  });

  it('a selection gets only the findings on its lines', async () => {
    const doc = await documentOf('handler.go', seed('handler.go'));
    const text = renderScanResult([{ ...doc, lines: { start: 13, end: 14 } }], 'lsp');
    assert.deepStrictEqual(
      findingLines(text)
        .map((l) => l.split(' ')[0])
        .sort(),
      ['handler.go:15:20', 'handler.go:15:5'],
    );
    assert.match(text, /in the selection/);
  });

  it('the secure rewrites give no finding', async () => {
    const documents = await Promise.all(
      SEEDS.map((n) => documentOf(n, fs.readFileSync(path.join(REPO, 'test', 'fixtures', 'seed-secure', n), 'utf8'))),
    );
    assert.strictEqual(renderScanResult(documents, 'lsp'), 'Warden: no security findings in 4 file(s).');
  });

  it('is bounded: at most 50 findings, each line at most 1 KB, the rest counted', () => {
    const diagnostics = Array.from({ length: 120 }, (_, i) => ({
      range: { start: { line: i, character: 0 } },
      severity: 1,
      code: 'py/x/y',
      source: 'Warden',
      message: 'é'.repeat(2000),
    }));
    const text = renderScanResult([{ path: 'big.py', diagnostics }], 'lsp');
    const lines = findingLines(text);
    assert.strictEqual(lines.length, MAX_TOOL_FINDINGS);
    for (const l of lines) assert.ok(Buffer.byteLength(l) <= MAX_TOOL_FINDING_BYTES, `${Buffer.byteLength(l)} bytes`);
    assert.match(text, /70 more finding\(s\) left out/);
    // Other extensions' diagnostics are not Warden's findings.
    assert.match(
      renderScanResult([{ path: 'a.py', diagnostics: [{ ...diagnostics[0], source: 'eslint' }] }]),
      /no security findings/,
    );
  });
});
