// --baseline reads through the one file reader (core/io/read-file.ts), issue 16 #17: a FIFO hung
// the CLI for good, /dev/zero grew it to 5.9 GB, and a baseline saved with a UTF-8 byte-order
// mark was rejected.

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { MAX_BASELINE_BYTES } from '../../server/src/cli/baseline';
import { CLI, runCli, tempDir, VULNERABLE_PY, writeFiles } from './cli-support';

/** The CLI with a guard: a hang is killed after a minute and fails the test (status null). */
function runGuarded(args: string[], cwd: string): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    killSignal: 'SIGKILL',
  });
  return { code: r.status, stderr: r.stderr };
}

describe('CLI --baseline reads through the one file reader (issue 16 #17)', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
    writeFiles(dir, { 'app.py': VULNERABLE_PY });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a FIFO is refused at once, not waited on', function () {
    if (process.platform === 'win32') this.skip();
    spawnSync('mkfifo', [path.join(dir, 'base.json')]);
    const run = runGuarded(['scan', '.', '--baseline', 'base.json'], dir);
    assert.strictEqual(run.code, 2, run.stderr);
    assert.match(run.stderr, /--baseline 'base\.json' cannot be read: a named pipe/);
  });

  it('/dev/zero, directly or through a symlink, is refused without reading it', function () {
    if (process.platform === 'win32') this.skip();
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.json'));
    for (const file of ['/dev/zero', 'zero.json']) {
      const run = runGuarded(['scan', '.', '--baseline', file], dir);
      assert.strictEqual(run.code, 2, run.stderr);
      assert.match(run.stderr, /cannot be read: a device/);
    }
  });

  it('a file over the cap is refused from its size (a sparse file: no disk used)', () => {
    const big = path.join(dir, 'big.json');
    fs.writeFileSync(big, '{"findings": []}');
    fs.truncateSync(big, MAX_BASELINE_BYTES + 1);
    const run = runGuarded(['scan', '.', '--baseline', 'big.json'], dir);
    assert.strictEqual(run.code, 2, run.stderr);
    assert.match(run.stderr, /over the .* limit/);
  });

  it('a baseline saved with a UTF-8 byte-order mark is accepted', () => {
    assert.strictEqual(runCli(['scan', '.', '--write-baseline', 'base.json'], dir).code, 0);
    const file = path.join(dir, 'base.json');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fs.readFileSync(file)]));
    const run = runCli(['scan', '.', '--baseline', 'base.json'], dir);
    assert.strictEqual(run.code, 0, run.stderr);
  });
});
