// The one file writer (core/io/write-file.ts): whole or not at all, never through a symlink
// (issue 16 #11: a committed warden.sarif symlink overwrote an unrelated file).

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { writeFileAtomic, WriteError } from '../../core/io/write-file';
import { listFiles, REPO } from '../helpers';
import { runCli, tempDir, VULNERABLE_PY, writeFiles } from './cli-support';

const isWriteError = (pattern: RegExp) => (e: unknown) => e instanceof WriteError && pattern.test(e.message);

describe('core/io/write-file: the one atomic writer', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('warden-write-');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const leftovers = (): string[] => fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));

  it('creates a file, replaces one keeping its permissions, and leaves no temporary file', () => {
    const file = path.join(dir, 'out.json');
    writeFileAtomic(file, 'first\n');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'first\n');
    fs.chmodSync(file, 0o600);
    writeFileAtomic(file, Buffer.from('second\n'));
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'second\n');
    assert.strictEqual(fs.statSync(file).mode & 0o777, 0o600);
    assert.deepStrictEqual(leftovers(), []);
  });

  it('refuses a symlink at the target: neither the link nor what it points to changes', () => {
    const victim = path.join(dir, 'victim.txt');
    fs.writeFileSync(victim, 'precious\n');
    const link = path.join(dir, 'warden.sarif');
    fs.symlinkSync(victim, link);
    assert.throws(() => writeFileAtomic(link, 'report'), isWriteError(/symbolic link.*victim\.txt/));
    assert.strictEqual(fs.readFileSync(victim, 'utf8'), 'precious\n');
    assert.strictEqual(fs.readlinkSync(link), victim);
    // A dangling link is refused too (writing through it would create its target).
    const dangling = path.join(dir, 'dangling.json');
    fs.symlinkSync(path.join(dir, 'created-elsewhere'), dangling);
    assert.throws(() => writeFileAtomic(dangling, 'x'), isWriteError(/symbolic link/));
    assert.ok(!fs.existsSync(path.join(dir, 'created-elsewhere')));
    assert.deepStrictEqual(leftovers(), []);
  });

  it('refuses a FIFO or a folder at the target at once (a plain write to a FIFO waits for a reader forever)', function () {
    if (process.platform === 'win32') this.skip();
    const fifo = path.join(dir, 'out.fifo');
    spawnSync('mkfifo', [fifo]);
    assert.ok(fs.lstatSync(fifo).isFIFO());
    assert.throws(() => writeFileAtomic(fifo, 'x'), isWriteError(/not a regular file/));
    fs.mkdirSync(path.join(dir, 'folder'));
    assert.throws(() => writeFileAtomic(path.join(dir, 'folder'), 'x'), isWriteError(/is a folder/));
    assert.deepStrictEqual(leftovers(), []);
  });

  it('does not leave the workspace through a symlinked folder when confined to it', () => {
    const outside = tempDir('warden-outside-');
    try {
      fs.symlinkSync(outside, path.join(dir, 'reports'));
      assert.throws(
        () => writeFileAtomic(path.join(dir, 'reports', 'x.json'), '{}', { confineTo: dir }),
        isWriteError(/leads outside/),
      );
      assert.deepStrictEqual(fs.readdirSync(outside), []);
      // Outside the confining folder the caller's path is its own business.
      writeFileAtomic(path.join(outside, 'y.json'), '{}', { confineTo: dir });
      assert.ok(fs.existsSync(path.join(outside, 'y.json')));
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('writes the file whole or not at all: a write cut short leaves the old file intact', function () {
    if (process.platform === 'win32') this.skip();
    const file = path.join(dir, 'baseline.json');
    const old = '{"old": true}\n';
    fs.writeFileSync(file, old);
    // A file-size limit of 2 KB makes any bigger write fail part-way (EFBIG).
    const write = (how: string): string =>
      spawnSync('sh', ['-c', `ulimit -f 4; "${process.execPath}" -e "${how}"`], {
        encoding: 'utf8',
        env: { ...process.env, TARGET: file, MODULE: path.join(REPO, 'out/core/io/write-file.js') },
      }).stdout;
    const big = "'x'.repeat(100000)";
    // The trigger: a plain write truncates the old file and leaves part of the new one.
    write(`try { require('fs').writeFileSync(process.env.TARGET, ${big}) } catch {}`);
    assert.strictEqual(fs.statSync(file).size, 2048);
    fs.writeFileSync(file, old);
    const out = write(
      `try { require(process.env.MODULE).writeFileAtomic(process.env.TARGET, ${big}) } catch (e) { console.log(e.name, e.message) }`,
    );
    assert.match(out, /cannot write/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), old);
    assert.deepStrictEqual(leftovers(), []);
  });
});

describe('every file Warden writes goes through the atomic writer', () => {
  it('no other source writes with fs (a new write path must use core/io/write-file.ts)', () => {
    const sources = ['server/src', 'client/src', 'core'].flatMap((d) =>
      listFiles(path.join(REPO, d), (n) => n.endsWith('.ts')),
    );
    const writes = sources.flatMap((file) =>
      [
        ...fs
          .readFileSync(file, 'utf8')
          .matchAll(
            /\b(?:fs|fsp|promises)\.(?:writeFile|writeSync|write|appendFile|createWriteStream|truncate|copyFile)\w*\(/g,
          ),
      ].map((m) => `${path.relative(REPO, file).split(path.sep).join('/')}: ${m[0]}`),
    );
    // The exceptions, written by VS Code: the editor's saved report on a non-file URI (a remote),
    // and the rule documentation pages in the extension's own storage (never the workspace).
    assert.deepStrictEqual(writes, [
      'client/src/commands/report.ts: fs.writeFile(',
      'client/src/commands/rule-docs.ts: fs.writeFile(',
      'core/io/write-file.ts: fs.writeSync(',
    ]);
  });
});

describe('CLI writes through the atomic writer (issue 16 #11)', () => {
  let dir: string;
  let victim: string;
  beforeEach(() => {
    dir = tempDir();
    writeFiles(dir, { 'app.py': VULNERABLE_PY });
    victim = path.join(tempDir('warden-victim-'), 'unrelated.txt');
    fs.writeFileSync(victim, 'unrelated\n');
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(path.dirname(victim), { recursive: true, force: true });
  });

  for (const [name, args] of [
    ['--output', ['scan', '.', '--format', 'sarif', '--output', 'warden.sarif']],
    ['--write-baseline', ['scan', '.', '--write-baseline', 'warden.sarif']],
    ['report --out', ['report', '.', '--out', 'warden.sarif']],
  ] as const) {
    it(`${name} refuses a committed symlink at the target and leaves the file it points to alone`, () => {
      fs.symlinkSync(victim, path.join(dir, 'warden.sarif'));
      const run = runCli([...args], dir);
      assert.strictEqual(run.code, 2, run.stderr);
      assert.match(run.stderr, /symbolic link/);
      assert.strictEqual(fs.readFileSync(victim, 'utf8'), 'unrelated\n');
      fs.rmSync(path.join(dir, 'warden.sarif'));
      const again = runCli([...args], dir);
      assert.ok(again.code !== 2, again.stderr);
      assert.ok(fs.lstatSync(path.join(dir, 'warden.sarif')).isFile());
    });
  }
});
