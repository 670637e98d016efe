// The construct matrix (issue 18): every cell under test/matrix is scanned and held to the state
// test/matrix/status.json records. A cell marked "pass" fails the suite on any missed expect: or
// reported safe: label; a cell marked "fail" fails it once it passes (update status.json in the
// same commit: the matrix only moves forward), and every cell must have a recorded state.

import * as assert from 'assert';
import * as path from 'path';
import { cellProblems, matrixCells, matrixStatus } from '../../bench/construct-matrix';
import { REPO, scanner } from '../helpers';

describe('construct matrix', () => {
  const cells = matrixCells(REPO);
  const status = matrixStatus(REPO);

  it('every cell has a state in status.json, and every state a cell', () => {
    assert.ok(cells.length > 0, 'test/matrix holds cells');
    const ids = new Set(cells.map((c) => c.id));
    assert.deepStrictEqual(
      cells.filter((c) => status[c.id] !== 'pass' && status[c.id] !== 'fail').map((c) => c.id),
      [],
      'cells without a "pass"/"fail" state',
    );
    assert.deepStrictEqual(
      Object.keys(status).filter((id) => !ids.has(id)),
      [],
      'states without a cell file',
    );
  });

  for (const cell of cells) {
    it(`${cell.id} (${status[cell.id] ?? 'no state'})`, async () => {
      const problems = await cellProblems(scanner(), cell);
      const where = path.relative(REPO, cell.file);
      if (status[cell.id] === 'fail') {
        assert.ok(problems.length > 0, `${where} now passes: mark it "pass" in test/matrix/status.json`);
      } else {
        assert.deepStrictEqual(problems, [], where);
      }
    });
  }
});
