// `{{capture}}` in an `inside` or `scope` regex: the condition asks about the same text as the
// match's capture (escaped, so a value's brackets and quotes are literal).

import * as assert from 'assert';
import * as path from 'path';
import { Scanner } from '../../server/src/engine';
import { loadRuleSources } from '../../server/src/engine/rule-loader';
import { wasmReaderFromDir } from '../../server/src/host/node-assets';
import { REPO } from '../helpers';

const rule = (where: string): string => `id: py/cmdi/same-value
title: Demo
class: cmdi
languages: [python]
severity: error
cwe: [78]
owasp: 'A03:2021 - Injection'
message: Runs a value.
requirement: None.
match:
  - query: |
      (call function: (identifier) @fn arguments: (argument_list (_) @arg)) @sink
    where:
      - { capture: fn, regex: '^run$' }
${where}
`;

async function linesFlagged(where: string, code: string): Promise<number[]> {
  const scanner = new Scanner(wasmReaderFromDir(path.join(REPO, 'dist', 'wasm')), [
    { file: 'r.yaml', text: rule(where) },
  ]);
  const { findings } = await scanner.scanText(code, 'python');
  return findings.map((f) => f.range.start.line + 1);
}

describe('capture placeholders in rule regexes', () => {
  it('`scope … lacks` with {{arg}} looks for that very value in the function', async () => {
    const code = [
      'def a(d):',
      '    check(d["cmd"])',
      '    run(d["cmd"])',
      'def b(d):',
      '    check(d["other"])',
      '    run(d["cmd"])',
      '',
    ].join('\n');
    const where = "      - { scope: function, lacks: 'check\\({{arg}}\\)' }";
    assert.deepStrictEqual(await linesFlagged(where, code), [6]);
  });

  it('`not-inside` with {{arg}} tests the ancestor against that value', async () => {
    const code = ['if ok(x.y):', '    run(x.y)', 'if ok(x):', '    run(x.y)', ''].join('\n');
    const where = "      - { capture: sink, not-inside: { type: [if_statement], regex: '^if ok\\({{arg}}\\)' } }";
    assert.deepStrictEqual(await linesFlagged(where, code), [4]);
  });

  it('refuses a placeholder that names no capture of the query, at the where line', () => {
    const text = rule("      - { scope: function, lacks: 'check\\({{argument}}\\)' }");
    const { rules, problems } = loadRuleSources([{ file: 'r.yaml', text }]);
    assert.strictEqual(rules.length, 0);
    assert.match(problems[0]?.message ?? '', /'\{\{argument\}\}' names no capture of the query/);
  });
});
