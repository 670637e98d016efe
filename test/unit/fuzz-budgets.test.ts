// Time budgets against a pathological custom rule: its query is quadratic in the number of
// statements, so on a long file it would run for minutes. It must be stopped and named while the
// built-in rules still report, and many such rules must not multiply the budget.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Scanner } from '../../server/src/engine';
import { readRules, wasmReaderFromDir } from '../../server/src/host/node-assets';
import { REPO, seed, workClock } from '../helpers';

const slowRule = (name: string): string => `id: py/cmdi/${name}
title: Pathological
class: cmdi
languages: [python]
severity: warning
cwe: [78]
owasp: 'A03:2021 - Injection'
message: Every pair of statements.
requirement: None.
match:
  - query: '(module (expression_statement) @a (expression_statement) @b) @sink'
`;

/** The upload seed (two findings) followed by `statements` module-level statements. */
function longFile(statements: number): string {
  const lines = [seed('upload.py')];
  for (let i = 0; i < statements; i++) lines.push(`x${i} = f(a${i}, [b, c], {"k": g${i}})`);
  return lines.join('\n');
}

const EXPECTED = ['py/file-upload/flask-unvalidated', 'py/path-traversal/file-path'];

describe('scan budgets against a pathological rule', function () {
  this.timeout(180000);
  const builtIn = readRules(path.join(REPO, 'rules'));
  const wasm = wasmReaderFromDir(path.join(REPO, 'dist', 'wasm'));

  it('stops and names the slow rule; the built-in rules still report', async () => {
    const scanner = new Scanner(wasm, [...builtIn, { file: '.warden/rules/slow.yaml', text: slowRule('slow-pairs') }]);
    assert.deepStrictEqual(scanner.problems, []);
    const text = longFile(300);
    const result = await scanner.scanText(text, 'python', { clock: workClock() });
    assert.deepStrictEqual(result.findings.map((f) => f.ruleId).sort(), EXPECTED, 'the built-in rules still report');
    assert.deepStrictEqual(
      result.problems.map((p) => p.message),
      ['rule py/cmdi/slow-pairs was stopped after 500 ms on this document; its findings are missing'],
    );
  });

  it('many slow rules share one capped budget: each is stopped or named as not run', async () => {
    const slow = Array.from({ length: 40 }, (_, i) => ({
      file: `.warden/rules/slow${i}.yaml`,
      text: slowRule(`slow-${i}`),
    }));
    const scanner = new Scanner(wasm, [...builtIn, ...slow]);
    const result = await scanner.scanText(longFile(300), 'python', { clock: workClock() });
    const text = result.problems.map((p) => p.message).join('\n');
    for (let i = 0; i < 40; i++) assert.match(text, new RegExp(`rule py/cmdi/slow-${i}\\b`), `slow-${i} is reported`);
    assert.match(text, /the scan's time budget ran out before rule py\/cmdi\/slow-\d+/);
    assert.deepStrictEqual(
      result.findings.map((f) => f.ruleId).sort(),
      EXPECTED,
      'the built-in rules (run first) still report',
    );
  });
});
