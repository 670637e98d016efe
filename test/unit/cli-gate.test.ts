// The CI gate as CI runs it: the built CLI on throw-away folders and git repositories.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { git, runCli, tempDir, VULNERABLE_PY, writeFiles } from './cli-support';

const SECOND_BUG = `from flask import request

def read_report():
    return open(request.args.get('report')).read()
`;

interface JsonOut {
  findings: Array<{ path: string; ruleId: string }>;
  stats: { baselined?: number };
}

describe('CLI baselines', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--write-baseline records the findings and exits 0; --baseline then passes', () => {
    writeFiles(dir, { 'app.py': VULNERABLE_PY });
    assert.strictEqual(runCli(['scan', '.'], dir).code, 1, 'the finding fails the gate without a baseline');
    const write = runCli(['scan', '.', '--write-baseline', 'warden-baseline.json'], dir);
    assert.strictEqual(write.code, 0, write.stderr);
    const baseline = JSON.parse(fs.readFileSync(path.join(dir, 'warden-baseline.json'), 'utf8'));
    assert.ok(baseline.findings.length >= 1);
    assert.match(baseline.findings[0].fingerprint, /^[0-9a-f]{32}$/);
    assert.strictEqual(baseline.findings[0].path, 'app.py');
    const run = runCli(['scan', '.', '--baseline', 'warden-baseline.json', '--format', 'json'], dir);
    assert.strictEqual(run.code, 0, run.stdout + run.stderr);
    const out = JSON.parse(run.stdout) as JsonOut;
    assert.strictEqual(out.findings.length, 0);
    assert.strictEqual(out.stats.baselined, baseline.findings.length);
  });

  it('fails only on findings not in the baseline, even after the old code moved', () => {
    writeFiles(dir, { 'app.py': VULNERABLE_PY });
    runCli(['scan', '.', '--write-baseline', 'base.json'], dir);
    // Lines inserted above the accepted finding, and a new file with a new finding.
    writeFiles(dir, { 'app.py': `"""Downloads."""\n\n${VULNERABLE_PY}`, 'jobs/run.py': SECOND_BUG });
    const run = runCli(['scan', '.', '--baseline', 'base.json', '--format', 'json'], dir);
    assert.strictEqual(run.code, 1);
    const out = JSON.parse(run.stdout) as JsonOut;
    assert.deepStrictEqual([...new Set(out.findings.map((f) => f.path))], ['jobs/run.py']);
    assert.ok(
      out.findings.every((f) => f.ruleId === 'py/path-traversal/file-path'),
      JSON.stringify(out.findings),
    );
  });

  it('matches the baseline whatever the path spelling (relative, ./, absolute)', () => {
    writeFiles(dir, { 'src/app.py': VULNERABLE_PY });
    runCli(['scan', 'src', '--write-baseline', 'base.json'], dir);
    assert.strictEqual(runCli(['scan', './src/', '--baseline', 'base.json'], dir).code, 0);
    assert.strictEqual(runCli(['scan', path.join(dir, 'src'), '--baseline', 'base.json'], dir).code, 0);
  });

  it('a missing or malformed baseline is a usage error (exit 2) that says how to create one', () => {
    writeFiles(dir, { 'app.py': VULNERABLE_PY, 'bad.json': '{"nope": 1}' });
    const missing = runCli(['scan', '.', '--baseline', 'none.json'], dir);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /--write-baseline/);
    assert.strictEqual(runCli(['scan', '.', '--baseline', 'bad.json'], dir).code, 2);
  });
});

describe('CLI --changed-since', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('scans files changed since the ref plus untracked ones, not the rest', () => {
    writeFiles(dir, { 'old.py': VULNERABLE_PY, 'edited.py': 'x = 1\n', 'gone.py': 'y = 2\n' });
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'first');
    writeFiles(dir, {
      'edited.py': `x = 1\n${SECOND_BUG}`,
      'new_untracked.py': VULNERABLE_PY,
      '.gitignore': 'ignored.py\n',
      'ignored.py': VULNERABLE_PY,
    });
    fs.rmSync(path.join(dir, 'gone.py'));
    const run = runCli(['scan', '.', '--changed-since', 'HEAD', '--format', 'json'], dir);
    assert.strictEqual(run.code, 1, run.stderr);
    const paths = new Set((JSON.parse(run.stdout) as JsonOut).findings.map((f) => f.path));
    assert.deepStrictEqual([...paths].sort(), ['edited.py', 'new_untracked.py']);
    // Committed changes count too: compare against the first commit.
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'second');
    const since = runCli(['scan', '.', '--changed-since', 'HEAD~1', '--format', 'json'], dir);
    assert.deepStrictEqual([...new Set((JSON.parse(since.stdout) as JsonOut).findings.map((f) => f.path))].sort(), [
      'edited.py',
      'new_untracked.py',
    ]);
    const none = runCli(['scan', '.', '--changed-since', 'HEAD'], dir);
    assert.strictEqual(none.code, 0, none.stdout);
  });

  it('is a clear usage error outside a git repository or with an unknown ref', () => {
    writeFiles(dir, { 'app.py': VULNERABLE_PY });
    const outside = runCli(['scan', '.', '--changed-since', 'main'], dir);
    assert.strictEqual(outside.code, 2);
    assert.match(outside.stderr, /needs a git repository/);
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'first');
    const badRef = runCli(['scan', '.', '--changed-since', 'no-such-branch'], dir);
    assert.strictEqual(badRef.code, 2);
    assert.match(badRef.stderr, /'no-such-branch' is not a commit/);
  });
});
