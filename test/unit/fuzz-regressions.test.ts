// Bugs the fuzzer found in the engine, each pinned by the input that exposed it (bench/fuzz-lib.ts
// holds the generators and the oracle; `npm run fuzz` finds new ones).

import * as assert from 'assert';
import { checkCase, deepNesting } from '../../bench/fuzz-lib';
import { scanner } from '../helpers';

describe('fuzz regressions', function () {
  this.timeout(60000);

  it('10,000-deep nesting is scanned within the budgets (scope lookups no longer walk node.parent, O(depth²))', async () => {
    // Was 30 s for the JavaScript case, with no timeout reported: one condition check resolved a
    // name 10,000 levels down, and each parent step re-descended the tree from the root.
    for (const language of ['javascript', 'typescript', 'python'] as const) {
      const text = deepNesting(language, 10000, 'parens');
      const result = await checkCase(scanner(), { label: `deep ${language}`, language, text }, async () => []);
      assert.deepStrictEqual(result.failures, [], `${language}: ${result.ms} ms`);
      assert.deepStrictEqual(result.notices, [], 'scanned in full, not stopped');
    }
    const { findings } = await scanner().scanText(deepNesting('javascript', 10000, 'parens'), 'javascript');
    assert.deepStrictEqual(findings.map((f) => `${f.ruleId}@${f.range.start.line}`), ['js/insecure-cookie/document-cookie@1']);
  });
});
