// Hostile custom rules through the CLI (red-team #4, #5): each broken file is one rule problem naming
// it; the built-in rules and the other custom rules still run, and nothing hangs or crashes.

import * as assert from 'assert';
import * as fs from 'fs';
import { customRule } from '../custom-rule';
import { runCli, tempDir, VULNERABLE_PY, writeFiles } from './cli-support';

/** Nine levels of ten aliases each: 10^9 nodes once expanded. */
function aliasBomb(): string {
  let anchors = 'x0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i < 9; i++)
    anchors += `x${i}: &a${i} [${Array(10)
      .fill(`*a${i - 1}`)
      .join(', ')}]\n`;
  return customRule('py/cmdi/bomb', '^x$', anchors);
}

interface JsonOut {
  findings: Array<{ ruleId: string; line: number }>;
}

describe('CLI with hostile custom rules', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports an alias bomb and a refused regex as rule problems and still scans (exit 1, not 2)', () => {
    const aaa = 'a'.repeat(40);
    writeFiles(dir, {
      'app.py': `${VULNERABLE_PY}\nrun("${aaa}")\nrun("${aaa}b")\n`,
      'rules/bomb.yaml': aliasBomb(),
      'rules/lookahead.yaml': customRule('py/cmdi/lookahead', '(a+)+(?=b)'),
      // Catastrophic on a backtracking engine for "aaa…b": runs on RE2 instead.
      'rules/nested.yaml': customRule('py/cmdi/nested', '(a+)+"$'),
    });
    const text = runCli(['scan', 'app.py', '--rules', 'rules'], dir);
    assert.strictEqual(text.code, 1, text.stderr);
    assert.match(text.stdout, /rule problem: bomb\.yaml:1[0-9]: rule file not loaded: its YAML aliases expand/);
    assert.match(text.stdout, /rule problem: lookahead\.yaml:15: regular expression refused/);
    const json = runCli(['scan', 'app.py', '--rules', 'rules', '--format', 'json'], dir);
    const ids = (JSON.parse(json.stdout) as JsonOut).findings.map((f) => `${f.ruleId}:${f.line}`);
    assert.ok(ids.includes('py/cmdi/nested:11'), ids.join(', '));
    assert.ok(!ids.includes('py/cmdi/nested:12'), ids.join(', '));
    assert.ok(
      ids.some((id) => id.startsWith('py/path-traversal/')),
      ids.join(', '),
    );
  });
});
