// `warden scan --jobs N`: scanning on worker threads gives the same report, in the same order, as
// scanning in-process.

import * as assert from 'assert';
import * as path from 'path';
import { parseArgs, ScanArgs } from '../../server/src/cli/args';
import { runScan } from '../../server/src/cli/main';
import { REPO } from '../helpers';

describe('CLI --jobs', function () {
  // Two scans of every rule fixture: minutes on a machine loaded by other processes.
  this.timeout(300000);

  it('parses --jobs and rejects nonsense', () => {
    assert.strictEqual((parseArgs(['scan', 'src', '--jobs', '3']) as ScanArgs).jobs, 3);
    assert.strictEqual((parseArgs(['scan', 'src', '-j', '1']) as ScanArgs).jobs, 1);
    assert.ok((parseArgs(['scan', 'src']) as ScanArgs).jobs >= 1);
    assert.throws(() => parseArgs(['scan', 'src', '--jobs', '0']), /whole number/);
  });

  it('reports the same findings in the same order on 1 and 3 jobs', async () => {
    const target = path.join(REPO, 'rules');
    const run = async (jobs: number): Promise<unknown> => {
      // Workers at any size: the catalogue's fixtures are less code than the CLI starts workers for.
      const { report, exitCode } = await runScan(
        { ...(parseArgs(['scan', target, '--fail-on', 'error']) as ScanArgs), jobs },
        { workerMinBytes: 0 },
      );
      assert.ok(report.filesScanned >= 8, 'enough files for the worker pool');
      return { exitCode, files: report.files, scanned: report.filesScanned, skipped: report.filesSkipped };
    };
    assert.deepStrictEqual(await run(3), await run(1));
  });
});
