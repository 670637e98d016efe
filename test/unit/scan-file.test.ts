// The one "scan a file from disk" (workspace/scan-file), and the red-team triggers around reading
// workspace files: a .gitignore that is a FIFO or a link out of the workspace (#2), "list
// suppressions" reading huge files whole (#15).

import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { listWorkspaceFiles } from '../../server/src/workspace/files';
import { scanFile } from '../../server/src/workspace/scan-file';
import { collectSuppressions } from '../../server/src/workspace/suppressions';
import { loadSnapshot } from '../../server/src/sca/snapshot-file';
import { scanner } from '../helpers';
import { VULNERABLE_PY } from './cli-support';
import { countingReads } from '../reads';

const posix = process.platform !== 'win32';

describe('scanFile: one file from disk', function () {
  this.timeout(60000);
  let dir: string;
  const write = (rel: string, text: string | Buffer): string => {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  };
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-scanfile-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('scans code with findings, fingerprints them under the given path, and returns the text', async () => {
    const file = write('app.py', VULNERABLE_PY);
    const scan = await scanFile(scanner(), file, { fingerprintAs: 'app.py' });
    assert.ok(scan.ok);
    assert.strictEqual(scan.kind, 'code');
    assert.strictEqual(scan.text, VULNERABLE_PY);
    assert.deepStrictEqual(
      scan.findings.map((f) => f.ruleId),
      ['py/path-traversal/file-path'],
    );
    assert.match(scan.findings[0].fingerprint ?? '', /^[0-9a-f]{32}$/);
  });

  it('a UTF-8 BOM does not move findings (the editor drops it too)', async () => {
    const plain = await scanFile(scanner(), write('plain.py', VULNERABLE_PY));
    const bom = await scanFile(scanner(), write('bom.py', `\ufeff${VULNERABLE_PY}`));
    assert.ok(plain.ok && bom.ok);
    assert.deepStrictEqual(bom.findings, plain.findings);
  });

  it('gives every skip a typed reason and a "not scanned" problem', async () => {
    const cases: Array<[string, Awaited<ReturnType<typeof scanFile>>, string]> = [
      ['notes.txt', await scanFile(scanner(), write('notes.txt', 'hello')), 'no-rules'],
      ['big.py', await scanFile(scanner(), write('big.py', 'x = 1\n'.repeat(400)), { maxBytes: 1024 }), 'too-large'],
      ['bin.py', await scanFile(scanner(), write('bin.py', 'x = 1\u0000\n')), 'binary'],
      ['gone.py', await scanFile(scanner(), path.join(dir, 'gone.py')), 'unreadable'],
      ['package.json (no snapshot)', await scanFile(scanner(), write('package.json', '{}')), 'no-rules'],
      [
        'package.json (broken)',
        await scanFile(scanner(), write('package.json', '{"dependencies": '), { snapshot: loadSnapshot }),
        'parse-failed',
      ],
    ];
    for (const [name, scan, reason] of cases) {
      assert.strictEqual(scan.ok, false, name);
      assert.strictEqual(!scan.ok && scan.reason, reason, name);
      assert.deepStrictEqual(scan.findings, [], name);
      assert.match(scan.problems[0]?.message ?? '', /^not scanned: /, name);
    }
    const big = cases[1][1];
    assert.strictEqual(big.problems[0].message, 'not scanned: 2 KB is over the 1 KB limit (warden.maxFileSizeKB)');
  });

  it('checks manifests against the snapshot it is given', async () => {
    const scan = await scanFile(scanner(), write('requirements.txt', 'pycrypto==2.6.1\n'), { snapshot: loadSnapshot });
    assert.ok(scan.ok);
    assert.strictEqual(scan.kind, 'manifest');
    assert.ok(scan.findings.length > 0);
  });

  it('never reads a FIFO or a device, and keeps symlinks inside the root', async function () {
    if (!posix) this.skip();
    const root = path.join(dir, 'ws');
    fs.mkdirSync(root);
    const fifo = path.join(root, 'pipe.py');
    require('child_process').execFileSync('mkfifo', [fifo]);
    fs.symlinkSync('/dev/zero', path.join(root, 'zero.py'));
    fs.symlinkSync(write('outside.py', VULNERABLE_PY), path.join(root, 'link.py'));
    const pipe = await scanFile(scanner(), fifo, { root });
    assert.strictEqual(!pipe.ok && pipe.reason, 'not-regular');
    const zero = await scanFile(scanner(), path.join(root, 'zero.py'));
    assert.strictEqual(!zero.ok && zero.reason, 'not-regular');
    const link = await scanFile(scanner(), path.join(root, 'link.py'), { root });
    assert.strictEqual(!link.ok && link.reason, 'outside-root');
    // The CLI names files itself: no root, the link is followed to a regular file.
    assert.strictEqual((await scanFile(scanner(), path.join(root, 'link.py'))).ok, true);
  });
});

describe('workspace listing and suppressions read files like every other read (#2, #15)', () => {
  let dir: string;
  let root: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-list-'));
    root = path.join(dir, 'ws');
    fs.mkdirSync(path.join(root, 'app'), { recursive: true });
    fs.writeFileSync(path.join(root, 'app', 'a.py'), 'x = 1\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a .gitignore that is a FIFO is not read: its rules do not apply and nothing blocks', async function () {
    if (!posix) this.skip();
    const fifo = path.join(root, '.gitignore');
    require('child_process').execFileSync('mkfifo', [fifo]);
    // A writer that would hand the FIFO "app/" if anyone opened it for reading (and so blocks
    // until a reader comes): a read would hide app/a.py, no read leaves it listed.
    const writer = spawn('sh', ['-c', `printf 'app/\\n' > '${fifo}'`], { stdio: 'ignore' });
    try {
      assert.deepStrictEqual(listWorkspaceFiles(root), [path.join(root, 'app', 'a.py')]);
      assert.strictEqual(writer.exitCode, null, 'the FIFO was never opened for reading');
    } finally {
      writer.kill();
    }
  });

  it('a .gitignore linked out of the workspace (to /dev/zero or a file) is not read', function () {
    if (!posix) this.skip();
    fs.writeFileSync(path.join(dir, 'elsewhere'), 'app/\n');
    fs.symlinkSync(path.join(dir, 'elsewhere'), path.join(root, '.gitignore'));
    fs.mkdirSync(path.join(root, 'sub'));
    fs.writeFileSync(path.join(root, 'sub', 'b.py'), 'x = 2\n');
    fs.symlinkSync('/dev/zero', path.join(root, 'sub', '.gitignore'));
    const listed = countingReads(() => listWorkspaceFiles(root));
    assert.deepStrictEqual(listed.result, [path.join(root, 'app', 'a.py'), path.join(root, 'sub', 'b.py')]);
    assert.strictEqual(listed.bytes, 0);
    // A .gitignore inside the workspace still applies.
    fs.writeFileSync(path.join(root, 'sub', 'real-ignore'), 'b.py\n');
    fs.rmSync(path.join(root, 'sub', '.gitignore'));
    fs.symlinkSync('real-ignore', path.join(root, 'sub', '.gitignore'));
    assert.deepStrictEqual(listWorkspaceFiles(root), [path.join(root, 'app', 'a.py')]);
  });

  it('list suppressions reads at most the size limit of each file (a 3 MB file is not read at all)', () => {
    const big = path.join(root, 'app', 'big.py');
    fs.writeFileSync(big, `os.system(c)  # nosec\n${'x = 1\n'.repeat(512 * 1024)}`);
    const small = path.join(root, 'app', 'small.py');
    fs.writeFileSync(small, 'os.system(c)  # nosec\n');
    const listed = countingReads(() => collectSuppressions([big, small]));
    assert.deepStrictEqual(
      listed.result.map((e) => e.file),
      [small],
    );
    assert.strictEqual(listed.bytes, fs.statSync(small).size);
  });
});
