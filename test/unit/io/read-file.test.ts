import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readWorkspaceFile } from '../../../core/io/read-file';
import { countingReads } from '../../reads';

const posix = process.platform !== 'win32';

describe('readWorkspaceFile: the one file reader', () => {
  let dir: string;
  let root: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-read-'));
    root = path.join(dir, 'root');
    fs.mkdirSync(root);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads a regular file as text with its byte count', () => {
    const file = path.join(root, 'a.py');
    fs.writeFileSync(file, 'x = "é"\n');
    assert.deepStrictEqual(readWorkspaceFile(file, { maxBytes: 100, root }), { ok: true, text: 'x = "é"\n', bytes: 9 });
  });

  it('drops a UTF-8 byte-order mark from the text (the bytes still count it)', () => {
    const file = path.join(root, 'bom.json');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":1}')]));
    const read = readWorkspaceFile(file, { maxBytes: 100 });
    assert.deepStrictEqual(read, { ok: true, text: '{"a":1}', bytes: 10 });
    assert.deepStrictEqual(JSON.parse(read.ok ? read.text : ''), { a: 1 });
  });

  it('skips a file over the limit without reading it, and reads one exactly at the limit', () => {
    const file = path.join(root, 'big.js');
    fs.writeFileSync(file, 'a'.repeat(1025));
    const over = countingReads(() => readWorkspaceFile(file, { maxBytes: 1024 }));
    assert.deepStrictEqual(over.result, { ok: false, reason: 'too-large', detail: '1 KB is over the 1 KB limit' });
    assert.strictEqual(over.bytes, 0);
    const at = countingReads(() => readWorkspaceFile(file, { maxBytes: 1025 }));
    assert.strictEqual(at.result.ok, true);
    assert.strictEqual(at.bytes, 1025);
  });

  it('reads at most the limit + 1 bytes of a file whose size on disk is wrong (/proc reports 0)', function () {
    const file = '/proc/self/maps';
    if (!fs.existsSync(file) || fs.statSync(file).size !== 0) this.skip();
    const read = countingReads(() => readWorkspaceFile(file, { maxBytes: 64 }));
    assert.strictEqual(read.result.ok, false);
    assert.strictEqual(!read.result.ok && read.result.reason, 'too-large');
    assert.ok(read.bytes <= 65, `read ${read.bytes} bytes`);
  });

  it('never opens a FIFO (a read of one blocks until a writer comes)', function () {
    if (!posix) this.skip();
    const fifo = path.join(root, '.gitignore');
    execFileSync('mkfifo', [fifo]);
    const read = countingReads(() => readWorkspaceFile(fifo, { maxBytes: 1024, root }));
    assert.deepStrictEqual(read.result, { ok: false, reason: 'not-regular', detail: 'a named pipe' });
    assert.strictEqual(read.bytes, 0);
  });

  it('refuses devices, also through a symlink: /dev/zero is never read', function () {
    if (!posix || !fs.existsSync('/dev/zero')) this.skip();
    const link = path.join(root, 'zero.py');
    fs.symlinkSync('/dev/zero', link);
    const unrooted = countingReads(() => readWorkspaceFile(link, { maxBytes: 1024 }));
    assert.deepStrictEqual(unrooted.result, { ok: false, reason: 'not-regular', detail: 'a device' });
    assert.strictEqual(unrooted.bytes, 0);
    assert.strictEqual(readWorkspaceFile('/dev/zero', { maxBytes: 1024 }).ok, false);
    const rooted = readWorkspaceFile(link, { maxBytes: 1024, root });
    assert.strictEqual(!rooted.ok && rooted.reason, 'outside-root');
  });

  it('follows a symlink only while its real path stays inside the root', function () {
    if (!posix) this.skip();
    fs.writeFileSync(path.join(root, 'real.py'), 'inside\n');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside\n');
    fs.symlinkSync('real.py', path.join(root, 'in.py'));
    fs.symlinkSync('../secret.txt', path.join(root, 'out.py'));
    fs.mkdirSync(path.join(root, 'sub'));
    fs.symlinkSync('../../secret.txt', path.join(root, 'sub', 'deep.py'));
    assert.deepStrictEqual(readWorkspaceFile(path.join(root, 'in.py'), { maxBytes: 100, root }), {
      ok: true,
      text: 'inside\n',
      bytes: 7,
    });
    for (const name of ['out.py', 'sub/deep.py']) {
      const read = readWorkspaceFile(path.join(root, name), { maxBytes: 100, root });
      assert.strictEqual(!read.ok && read.reason, 'outside-root', name);
    }
    // Without a root the user named the file: followed, still a regular file.
    assert.strictEqual(readWorkspaceFile(path.join(root, 'out.py'), { maxBytes: 100 }).ok, true);
  });

  it('returns folders, missing files and symlink loops as typed skips, never as exceptions', function () {
    assert.deepStrictEqual(readWorkspaceFile(root, { maxBytes: 100 }), {
      ok: false,
      reason: 'not-regular',
      detail: 'a folder',
    });
    const missing = readWorkspaceFile(path.join(root, 'nope.py'), { maxBytes: 100 });
    assert.strictEqual(!missing.ok && missing.reason, 'unreadable');
    assert.match(!missing.ok ? missing.detail : '', /^ENOENT/);
    if (!posix) return;
    fs.symlinkSync('loop-b.py', path.join(root, 'loop-a.py'));
    fs.symlinkSync('loop-a.py', path.join(root, 'loop-b.py'));
    const loop = readWorkspaceFile(path.join(root, 'loop-a.py'), { maxBytes: 100, root });
    assert.strictEqual(!loop.ok && loop.reason, 'unreadable');
    assert.match(!loop.ok ? loop.detail : '', /^ELOOP/);
  });
});
