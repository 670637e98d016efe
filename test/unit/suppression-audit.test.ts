// Suppressions as review items (policy.md, "Suppressions"): a foreign marker without a rule id
// cannot silence an error-level finding, and `warden scan --audit-suppressions <ref>` fails on
// the suppressions a change adds (through the built CLI, in scripted git repositories).

import * as assert from 'assert';
import * as fs from 'fs';
import { applySuppressions } from '../../server/src/engine/suppressions';
import type { Finding } from '../../server/src/engine/types';
import { git, runCli, tempDir, writeFiles } from './cli-support';

function finding(line: number, severity: Finding['severity']): Finding {
  return {
    ruleId: 'py/cmdi/shell-call',
    class: 'cmdi',
    severity,
    confidence: 'high',
    message: 'Shell.',
    range: { start: { line, character: 4 }, end: { line, character: 9 } },
  };
}

describe('foreign suppression markers', () => {
  for (const marker of ['# nosec', '# nosemgrep', '# NOSONAR']) {
    it(`a bare ${marker} silences warning and info findings but not an error, which gets a note`, () => {
      const text = `a()  ${marker}\nb()  ${marker}\nc()  ${marker}\n`;
      const kept = applySuppressions([finding(0, 'error'), finding(1, 'warning'), finding(2, 'info')], text, '#');
      assert.deepStrictEqual(
        kept.map((f) => [f.range.start.line, f.severity]),
        [[0, 'error']],
      );
      assert.match(kept[0].detail ?? '', /warden-ignore: <rule-id> -- <reason>/);
    });
  }

  it('a foreign marker naming the rule id silences an error; warden-ignore without an id does too', () => {
    const text = 'a()  # nosec py/cmdi/shell-call\nb()  # warden-ignore: all -- constant command\n';
    assert.deepStrictEqual(applySuppressions([finding(0, 'error'), finding(1, 'error')], text, '#'), []);
  });

  it('a foreign marker naming another rule silences nothing and adds no note', () => {
    const kept = applySuppressions([finding(0, 'error')], 'a()  # nosec py/sqli/other-rule\n', '#');
    assert.strictEqual(kept.length, 1);
    assert.strictEqual(kept[0].detail, undefined);
  });

  it('the CLI keeps the bare-nosec error on os.system(request.args[...]) and fails the gate', () => {
    const dir = tempDir();
    try {
      writeFiles(dir, {
        'app.py': 'import os\nfrom flask import request\n\ndef run():\n    os.system(request.args["x"])  # nosec\n',
      });
      const run = runCli(['scan', '.', '--format', 'json'], dir);
      assert.strictEqual(run.code, 1, run.stderr);
      const out = JSON.parse(run.stdout) as { findings: Array<{ ruleId: string; detail?: string }> };
      assert.deepStrictEqual(
        out.findings.map((f) => f.ruleId),
        ['py/cmdi/shell-call'],
      );
      assert.match(out.findings[0].detail ?? '', /bare foreign marker/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('warden scan --audit-suppressions <ref>', () => {
  const BASE = `import os

CMD = "ls"

def run():
    # warden-ignore: py/cmdi/shell-call -- CMD is a constant
    os.system(CMD)
`;
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
    writeFiles(dir, { 'app.py': BASE, 'other.py': 'x = 1\n' });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'base');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('passes when the change adds no suppression, even when an existing one moves', () => {
    writeFiles(dir, { 'app.py': `"""Runs the listing."""\n\n${BASE}` });
    const run = runCli(['scan', '.', '--audit-suppressions', 'HEAD'], dir);
    assert.strictEqual(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stderr, /no suppression added since HEAD/);
  });

  it('fails on suppressions added in the working tree, in a commit and in a new untracked file', () => {
    writeFiles(dir, { 'other.py': 'import os\nos.system("date")  # nosec\n' });
    git(dir, 'commit', '-q', '-am', 'date');
    writeFiles(dir, {
      'app.py': BASE.replace('os.system(CMD)', 'os.system(CMD)\n    os.system(CMD)  # nosemgrep py/cmdi/shell-call'),
      'new.py': 'import subprocess\n# warden-ignore: py/cmdi/shell-call -- fixed\nsubprocess.call("id", shell=True)\n',
    });
    const run = runCli(['scan', '.', '--audit-suppressions', 'HEAD~1'], dir);
    assert.strictEqual(run.code, 1, run.stdout + run.stderr);
    assert.match(run.stderr, /3 suppressions added since HEAD~1/);
    const listed = [...run.stderr.matchAll(/^ {2}(\S+):(\d+): (\S+)/gm)].map((m) => `${m[1]}:${m[2]} ${m[3]}`);
    assert.deepStrictEqual(listed.sort(), ['app.py:8 nosemgrep', 'new.py:2 warden-ignore', 'other.py:2 nosec']);
    // Against the later commit, the committed nosec is no longer new.
    const since = runCli(['scan', '.', '--audit-suppressions', 'HEAD'], dir);
    assert.match(since.stderr, /2 suppressions added since HEAD/);
  });

  it('a suppression pointed at other code counts as added', () => {
    writeFiles(dir, { 'app.py': BASE.replace('os.system(CMD)', 'os.system(CMD + "x")') });
    const run = runCli(['scan', '.', '--audit-suppressions', 'HEAD', '--fail-on', 'none'], dir);
    assert.strictEqual(run.code, 1);
    assert.match(run.stderr, /app\.py:6: warden-ignore py\/cmdi\/shell-call -- CMD is a constant/);
  });

  it('a ref that is not a commit is a usage error (exit 2)', () => {
    const run = runCli(['scan', '.', '--audit-suppressions', 'no-such-ref'], dir);
    assert.strictEqual(run.code, 2);
    assert.match(run.stderr, /--audit-suppressions: 'no-such-ref' is not a commit/);
  });
});
