// One finding per rule and line: a rule with two sinks on one line (exec(compile(…)), two evals)
// reported that line twice (issue 17, seen on Flask's Config.from_pyfile).

import * as assert from 'assert';
import { scanner } from '../helpers';

function perRuleAndLine(findings: Array<{ ruleId: string; range: { start: { line: number } } }>): string[] {
  return findings.map((f) => `${f.ruleId}@${f.range.start.line}`);
}

describe('one finding per rule and line', () => {
  it('reports exec(compile(data)) once, not once per sink', async () => {
    const text = [
      'import sys',
      'def load(path, namespace):',
      '    source = open(path).read()',
      '    exec(compile(source, path, "exec"), namespace)',
      '',
    ].join('\n');
    const { findings } = await scanner().scanText(text, 'python');
    const onLine = findings.filter((f) => f.range.start.line === 3 && f.ruleId === 'py/code-injection/exec-import');
    assert.strictEqual(onLine.length, 1, JSON.stringify(perRuleAndLine(findings)));
  });

  it('keeps one finding per rule on a line with two sinks of that rule, and each line its own', async () => {
    const text = [
      "const express = require('express');",
      'const app = express();',
      "app.get('/a', (req, res) => { eval(req.query.a); eval(req.query.b); });",
      "app.get('/b', (req, res) => { eval(req.query.c); });",
      '',
    ].join('\n');
    const { findings } = await scanner().scanText(text, 'javascript');
    const evals = perRuleAndLine(findings.filter((f) => f.class === 'code-injection'));
    assert.deepStrictEqual(evals.sort(), [...new Set(evals)].sort(), 'no rule reports the same line twice');
    assert.deepStrictEqual(
      [...new Set(evals.map((e) => e.split('@')[1]))].sort(),
      ['2', '3'],
      'both lines are still reported',
    );
  });
});
