// The scripted fix loop an agent runs through MCP (issue 27): scan_code -> fix_code -> scan_code
// takes the four seed snippets from their 7 findings to exactly the findings without a safe fix,
// in at most two rounds, and the safe fixes never add a suppression marker.

import * as assert from 'assert';
import { SUPPRESSION_MARKERS } from '../../core/protocol/suppressions';
import { seed } from '../helpers';
import { call, connect, Session, tempDir } from './mcp-support';

const SEEDS = ['AuthService.java', 'handler.go', 'preferences.js', 'upload.py'];
type Found = { rule: string; fix: string };

describe('MCP fix loop on the seed snippets', function () {
  this.timeout(120000);
  let session: Session;
  before(async () => (session = await connect(tempDir('mcp-fix'))));
  after(async () => session?.close());

  it('7 findings -> only those without a safe fix, in at most two rounds', async () => {
    let before = 0;
    let fixedSafely = 0;
    for (const name of SEEDS) {
      const code = seed(name);
      const first = await call(session, 'scan_code', { code, filename: name });
      const found = first.structuredContent!.findings as Found[];
      before += found.length;
      const unfixable = found.filter((f) => f.fix !== 'safe').map((f) => f.rule);
      fixedSafely += found.length - unfixable.length;

      const fixed = await call(session, 'fix_code', { code, filename: name });
      assert.ok(!fixed.isError, JSON.stringify(fixed.content));
      const out = fixed.structuredContent!;
      assert.ok((out.rounds as number) <= 2, `${name}: ${out.rounds} rounds`);
      const newCode = out.code as string;
      for (const marker of SUPPRESSION_MARKERS) assert.ok(!newCode.includes(marker) || code.includes(marker), marker);

      const again = await call(session, 'scan_code', { code: newCode, filename: name });
      const left = (again.structuredContent!.findings as Found[]).map((f) => f.rule).sort();
      assert.deepStrictEqual(left, unfixable.sort(), name);
      assert.deepStrictEqual(
        (out.findings as Found[]).map((f) => f.rule).sort(),
        left,
        `${name}: fix_code's remainder`,
      );
    }
    assert.strictEqual(before, 7);
    assert.ok(fixedSafely > 0, 'some seed finding has a safe fix');
  });
});
