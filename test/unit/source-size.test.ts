// No source file over 400 lines (after Prettier): a file that grows past it holds more than one
// concern and is split by concern, not trimmed. Fixtures, corpora and generated inputs are data.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { listFiles, REPO } from '../helpers';

const MAX_LINES = 400;
const SOURCE_ROOTS = ['server', 'client', 'core', 'test', 'bench', 'scripts'];
const DATA_FOLDERS = ['bench/corpus/', 'bench/blind/', 'test/fixtures/', 'test/matrix/', 'test/e2e/harness/'];

describe('source file size', () => {
  it(`no source file has more than ${MAX_LINES} lines`, () => {
    const sources = SOURCE_ROOTS.flatMap((root) =>
      listFiles(path.join(REPO, root), (n) => /\.(ts|mts|cts|mjs|cjs|js)$/.test(n) && !n.endsWith('.d.ts')),
    )
      .map((file) => path.relative(REPO, file).split(path.sep).join('/'))
      .filter((file) => !DATA_FOLDERS.some((folder) => file.startsWith(folder)));
    assert.ok(sources.length > 100, `${sources.length} source files found`);
    const over = sources
      .map((file) => ({ file, lines: fs.readFileSync(path.join(REPO, file), 'utf8').split('\n').length - 1 }))
      .filter((s) => s.lines > MAX_LINES)
      .map((s) => `${s.file}: ${s.lines}`);
    assert.deepStrictEqual(over, []);
  });
});
