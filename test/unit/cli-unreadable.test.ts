// Red-team #13: one unreadable file or folder aborted the whole CLI scan or report (exit 2,
// internal error). Now each is reported as not scanned and skipped; the exit code is the findings'.
// Permissions do not stop root, so as root the CLI runs as the unprivileged user `nobody`.

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CLI, tempDir, VULNERABLE_PY, writeFiles } from './cli-support';

const NOBODY = 65534;

function runUnprivileged(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const asRoot = process.getuid?.() === 0;
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI: unreadable files and folders are skipped, never fatal (#13)', function () {
  this.timeout(60000);
  let dir: string;
  before(function () {
    if (process.platform === 'win32') this.skip();
    dir = tempDir();
    fs.chmodSync(dir, 0o755);
    writeFiles(dir, { 'ok.py': 'x = 1\n', 'locked/inner.py': VULNERABLE_PY, 'secret.py': VULNERABLE_PY });
    fs.chmodSync(path.join(dir, 'locked'), 0o000);
    fs.chmodSync(path.join(dir, 'secret.py'), 0o000);
  });
  after(() => {
    if (!dir) return;
    fs.chmodSync(path.join(dir, 'locked'), 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('scan: both are listed as not scanned, the rest is scanned, and the exit code is the findings’', () => {
    const clean = runUnprivileged(['scan', '.', '--format', 'json'], dir);
    assert.strictEqual(clean.code, 0, clean.stderr);
    const json = JSON.parse(clean.stdout) as {
      problems: Array<{ path: string; message: string }>;
      stats: { filesScanned: number; filesSkipped: number };
    };
    assert.deepStrictEqual(json.problems.map((p) => [p.path, p.message.replace(/: EACCES.*/, ': EACCES')]).sort(), [
      ['locked', 'not scanned: EACCES'],
      ['secret.py', 'not scanned: EACCES'],
    ]);
    assert.deepStrictEqual([json.stats.filesScanned, json.stats.filesSkipped], [1, 2]);

    fs.writeFileSync(path.join(dir, 'app.py'), VULNERABLE_PY);
    try {
      const failing = runUnprivileged(['scan', '.'], dir);
      assert.strictEqual(failing.code, 1, failing.stderr);
      assert.match(failing.stdout, /py\/path-traversal\/file-path/);
      assert.match(failing.stdout, /secret\.py: not scanned: EACCES/);
    } finally {
      fs.rmSync(path.join(dir, 'app.py'));
    }
  });

  it('report: written with exit 0, the skipped entries named on stderr', () => {
    const run = runUnprivileged(['report', '.', '--format', 'md'], dir);
    assert.strictEqual(run.code, 0, run.stderr);
    assert.match(run.stdout, /scanned file/);
    assert.match(run.stderr, /warden: locked: not scanned: EACCES/);
    assert.match(run.stderr, /warden: secret\.py: not scanned: EACCES/);
  });
});
