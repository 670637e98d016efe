// The one folder walk (workspace/files.ts) behind the CLI and the editor's workspace commands:
// .gitignore and .wardenignore, nested and with re-inclusion, build folders always skipped and
// vendored folders unless asked (issue 17: `.wardenignore`, `--include-vendored` in folder walks).

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { collectFiles } from '../../server/src/cli/walk';
import { listWorkspaceFiles } from '../../server/src/workspace/files';

describe('workspace walk', () => {
  let root: string;
  const write = (rel: string, text = 'x = 1\n'): void => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  const listed = (options = {}): string[] =>
    listWorkspaceFiles(root, options).map((f) => path.relative(root, f).split(path.sep).join('/'));

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-walk-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('honours .wardenignore like .gitignore, root and nested, relative to its own folder', () => {
    write('app/main.py');
    write('app/legacy/old.py');
    write('app/sub/keep.py');
    write('app/sub/drop.py');
    write('scripts/tool.py');
    write('.wardenignore', '# not ours to fix\nlegacy/\nscripts/*.py\n');
    write('app/sub/.wardenignore', 'drop.py\n');
    assert.deepStrictEqual(listed(), ['app/main.py', 'app/sub/keep.py']);
  });

  it('a .wardenignore can re-include what .gitignore leaves out, and add to it', () => {
    write('gen/api.py');
    write('gen/other.py');
    write('src/a.py');
    write('.gitignore', 'gen/*\n');
    write('.wardenignore', '!gen/api.py\nsrc/\n');
    assert.deepStrictEqual(listed(), ['gen/api.py']);
  });

  it('skips vendored folders unless asked, and build and VCS folders always', () => {
    write('src/app.js');
    write('vendor/lib/x.go');
    write('node_modules/pkg/index.js');
    write('third_party/y.py');
    write('dist/bundle.js');
    write('.git/hooks/pre-commit.py');
    assert.deepStrictEqual(listed(), ['src/app.js']);
    assert.deepStrictEqual(listed({ includeVendored: true }), [
      'node_modules/pkg/index.js',
      'src/app.js',
      'third_party/y.py',
      'vendor/lib/x.go',
    ]);
  });

  it('the CLI walk is the same walk: ignore files apply, --include-vendored walks into vendor/, named files are kept', () => {
    write('app/main.py');
    write('app/ignored.py');
    write('vendor/v.py');
    write('.gitignore', 'app/ignored.py\n');
    const rel = (files: string[]): string[] => files.map((f) => path.relative(root, f).split(path.sep).join('/'));
    assert.deepStrictEqual(rel(collectFiles([root]).files), ['app/main.py']);
    assert.deepStrictEqual(rel(collectFiles([root], { includeVendored: true }).files), ['app/main.py', 'vendor/v.py']);
    // A file named on the command line is scanned even when an ignore file lists it.
    assert.deepStrictEqual(rel(collectFiles([path.join(root, 'app/ignored.py')]).files), ['app/ignored.py']);
  });

  it('an ignore file that is a link out of the workspace is not read', () => {
    write('app/a.py');
    write('outside.txt', 'app/\n');
    const inner = path.join(root, 'inner');
    fs.mkdirSync(inner);
    fs.mkdirSync(path.join(inner, 'app'));
    fs.writeFileSync(path.join(inner, 'app', 'b.py'), 'x = 1\n');
    fs.symlinkSync(path.join(root, 'outside.txt'), path.join(inner, '.wardenignore'));
    assert.deepStrictEqual(
      listWorkspaceFiles(inner).map((f) => path.relative(inner, f)),
      [path.join('app', 'b.py')],
    );
  });
});
