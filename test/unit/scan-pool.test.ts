// The workspace scan's worker pool when a worker dies: the file it held fails with the reason,
// a file that ran a low-memory worker out of memory is retried with V8's default limits, and the
// other files are still scanned by a pool of the same size.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ScanPool } from '../../server/src/workspace/pool';

// A stand-in for the scan worker: "big" files exhaust a memory-limited worker, "crash" files exit.
const FAKE_WORKER = `
const { parentPort, resourceLimits, threadId } = require('worker_threads');
parentPort.on('message', ({ id, path }) => {
  if (path.includes('crash')) process.exit(3);
  if (path.includes('big') && resourceLimits.maxOldGenerationSizeMb === 16) {
    const hoard = [];
    for (;;) hoard.push(new Array(1e6).fill(threadId));
  }
  parentPort.postMessage({ id, path, findings: [], problems: [{ message: 'limited=' + (resourceLimits.maxOldGenerationSizeMb === 16) }] });
});
`;

describe('scan worker pool', function () {
  this.timeout(60000);
  let dir: string;
  let workerFile: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-pool-'));
    workerFile = path.join(dir, 'fake-worker.js');
    fs.writeFileSync(workerFile, FAKE_WORKER);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('fails only the file whose worker died, and scans the rest', async () => {
    const pool = new ScanPool(workerFile, { extraRules: [], maxBytes: 1 << 20, disabledRules: [] }, 2, {
      maxOldGenerationSizeMb: 16,
    });
    try {
      const results = await Promise.allSettled(['a.py', 'crash.py', 'b.py', 'c.py', 'd.py'].map((f) => pool.scan(f)));
      assert.deepStrictEqual(
        results.map((r) => r.status),
        ['fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled'],
      );
      assert.match(String((results[1] as PromiseRejectedResult).reason), /exit code 3/);
    } finally {
      await pool.close();
    }
  });

  it('retries a file that ran a low-memory worker out of memory in a worker with default limits', async () => {
    const pool = new ScanPool(workerFile, { extraRules: [], maxBytes: 1 << 20, disabledRules: [] }, 2, {
      maxOldGenerationSizeMb: 16,
    });
    try {
      const replies = await Promise.all(['a.py', 'big.py', 'b.py', 'c.py'].map((f) => pool.scan(f)));
      assert.deepStrictEqual(
        replies.map((r) => `${r.path}:${r.problems[0].message}`),
        ['a.py:limited=true', 'big.py:limited=false', 'b.py:limited=true', 'c.py:limited=true'],
      );
    } finally {
      await pool.close();
    }
  });
});
