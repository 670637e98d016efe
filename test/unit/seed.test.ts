// Acceptance: the four reference snippets (shared/acceptance/seed) produce exactly their labeled
// findings — every labeled class on its line and nothing else — scanned exactly as pasted.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { languageForPath } from '../../server/src/engine';
import { parseLabels } from '../../server/src/engine/labels';
import { REPO, scanner, seed, SEED_DIR } from '../helpers';

describe('acceptance seed snippets', () => {
  // Named here so a bare clone lists them as skipped; the secure rewrites below are in the repo.
  const files = ['AuthService.java', 'handler.go', 'preferences.js', 'upload.py'];

  it('has the four reference snippets with their 7 labeled classes', () => {
    const labels = files.flatMap((f) => parseLabels(seed(f)));
    assert.deepStrictEqual(fs.readdirSync(SEED_DIR).sort(), files);
    // shared/README.md says "over 6 lines"; the snippets carry 5 label comments (one names two classes twice).
    assert.strictEqual(labels.flatMap((l) => l.classes).length, 7);
  });

  for (const name of files) {
    it(`${name}: reports every labeled class and nothing else`, async () => {
      const text = seed(name);
      const { findings } = await scanner().scanText(text, languageForPath(name)!);
      const expected = parseLabels(text)
        .flatMap((l) => l.classes.map((c) => `${l.line + 1}:${c}`))
        .sort();
      const actual = [...new Set(findings.map((f) => `${f.range.start.line + 1}:${f.class}`))].sort();
      assert.deepStrictEqual(actual, expected);
    });
  }

  // The secure rewrite of each snippet (test/fixtures/seed-secure, same file names) must be silent:
  // a tool that also flags the fixed code teaches users to ignore it.
  const SECURE = path.join(REPO, 'test', 'fixtures', 'seed-secure');
  for (const name of files) {
    it(`${name}: its secure rewrite produces no finding`, async () => {
      const text = fs.readFileSync(path.join(SECURE, name), 'utf8');
      const { findings } = await scanner().scanText(text, languageForPath(name)!);
      assert.deepStrictEqual(
        findings.map((f) => `${f.range.start.line + 1}:${f.ruleId}`),
        [],
      );
    });
  }
});
