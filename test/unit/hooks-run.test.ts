// What the installed hooks do when an agent calls them (`warden hooks run`), and the
// `--format agent` text they send: findings of the edited files with what to do, in each agent's
// protocol; suppression comments the change added reported as items to fix; no endless stop loop.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runHook } from '../../server/src/cli/hooks-run';
import { addedSuppressions } from '../../server/src/cli/agent-format';
import { git, runCli, tempDir, VULNERABLE_PY, writeFiles } from './cli-support';

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function hook(cwd: string, agent: string, event: string, payload: unknown): Promise<Outcome> {
  const out = { code: 0, stdout: '', stderr: '' };
  out.code = await runHook(['--agent', agent, '--event', event], {
    cwd,
    stdin: () => JSON.stringify(payload),
    stdout: (t) => (out.stdout += t),
    stderr: (t) => (out.stderr += t),
  });
  return out;
}

const CLEAN_PY = 'def add(a, b):\n    return a + b\n';

describe('warden hooks run (what the agents call)', function () {
  this.timeout(60000);
  let root: string;
  beforeEach(() => {
    root = fs.realpathSync(tempDir('warden-hook-run-'));
    writeFiles(root, { 'app.py': VULNERABLE_PY, 'clean.py': CLEAN_PY });
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('Claude post-edit: the edited file’s findings on stderr with exit 2, so Claude reads them', async () => {
    const r = await hook(root, 'claude', 'post-edit', {
      tool_name: 'Write',
      tool_input: { file_path: path.join(root, 'app.py') },
    });
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /^Warden: 1 security finding\(s\) in 1 file\(s\)\. Fix each one/);
    assert.match(r.stderr, /^app\.py:9:\d+ error \[py\/path-traversal\/[\w-]+\] .* Do instead: /m);
    assert.match(r.stderr, /never add suppression comments/);
    const clean = await hook(root, 'claude', 'post-edit', { tool_input: { file_path: 'clean.py' } });
    assert.deepStrictEqual(clean, { code: 0, stdout: '', stderr: '' });
  });

  it('ignores edited paths outside the project', async () => {
    const outside = fs.realpathSync(tempDir('warden-hook-outside-'));
    try {
      fs.writeFileSync(path.join(outside, 'app.py'), VULNERABLE_PY);
      const r = await hook(root, 'claude', 'post-edit', { tool_input: { file_path: path.join(outside, 'app.py') } });
      assert.deepStrictEqual(r, { code: 0, stdout: '', stderr: '' });
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('Copilot post-edit reads the path from toolArgs (a JSON string) and prints the findings', async () => {
    const r = await hook(root, 'copilot', 'post-edit', {
      toolName: 'edit',
      toolArgs: JSON.stringify({ path: 'app.py' }),
    });
    assert.strictEqual(r.code, 0);
    assert.match(r.stdout, /app\.py:9:.*py\/path-traversal/);
  });

  it('end of turn: files changed since HEAD, with an added suppression reported; once per turn', async () => {
    fs.writeFileSync(
      path.join(root, 'app.py'),
      'import os\n\ndef ok():\n    os.system("ls")  # nosec -- old, reviewed\n',
    );
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'base');
    // The agent's turn: a vulnerable handler, and a new suppression to hide a finding.
    fs.writeFileSync(path.join(root, 'app.py'), `${VULNERABLE_PY}\ndef more(cmd):\n    os.system(cmd)  # nosec\n`);
    fs.appendFileSync(path.join(root, 'app.py'), '\ndef ok():\n    os.system("ls")  # nosec -- old, reviewed\n');

    const claude = await hook(root, 'claude', 'stop', { stop_hook_active: false });
    assert.strictEqual(claude.code, 0);
    const answer = JSON.parse(claude.stdout) as { decision: string; reason: string };
    assert.strictEqual(answer.decision, 'block');
    assert.match(answer.reason, /app\.py:9:.*py\/path-traversal/);
    assert.match(answer.reason, /app\.py:12 suppression added \(nosec\): remove it and fix the finding it hides/);
    assert.ok(!/app\.py:15 suppression added/.test(answer.reason), 'the committed suppression is not the agent’s');

    const again = await hook(root, 'claude', 'stop', { stop_hook_active: true });
    assert.deepStrictEqual(again, { code: 0, stdout: '', stderr: '' });

    const cursor = await hook(root, 'cursor', 'stop', { status: 'completed', loop_count: 0 });
    assert.match((JSON.parse(cursor.stdout) as { followup_message: string }).followup_message, /py\/path-traversal/);
    const codex = await hook(root, 'codex', 'stop', {});
    assert.strictEqual((JSON.parse(codex.stdout) as { decision: string }).decision, 'block');
  });

  it('end of turn with nothing to report: Claude is let stop, Cursor gets an empty answer', async () => {
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'base');
    fs.writeFileSync(path.join(root, 'clean.py'), `${CLEAN_PY}\ndef sub(a, b):\n    return a - b\n`);
    assert.deepStrictEqual(await hook(root, 'claude', 'stop', {}), { code: 0, stdout: '', stderr: '' });
    assert.strictEqual((await hook(root, 'cursor', 'stop', {})).stdout, '{}\n');
  });

  it('addedSuppressions: every marker of a file git does not know counts as added', () => {
    writeFiles(root, { 'new.js': 'eval(x) // nosemgrep\n// warden-ignore: js/xss -- reason\nfoo()\n' });
    assert.deepStrictEqual(
      addedSuppressions([path.join(root, 'new.js')]).map((s) => `${s.line}:${s.marker}`),
      ['1:nosemgrep', '2:warden-ignore'],
    );
  });
});

describe('warden scan --format agent', function () {
  this.timeout(60000);
  it('prints the compact agent text and exits 1 on a finding, 0 and one line when clean', () => {
    const root = fs.realpathSync(tempDir('warden-agent-format-'));
    try {
      writeFiles(root, { 'app.py': VULNERABLE_PY, 'clean.py': CLEAN_PY });
      const found = runCli(['scan', 'app.py', '--format', 'agent'], root);
      assert.strictEqual(found.code, 1, found.stderr);
      assert.match(found.stdout, /^app\.py:9:\d+ error \[py\/path-traversal/m);
      const clean = runCli(['scan', 'clean.py', '--format', 'agent'], root);
      assert.deepStrictEqual([clean.code, clean.stdout], [0, 'Warden: no security findings in 1 file(s).\n']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
