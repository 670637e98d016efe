// Golden fixed outputs: for every rule with a fix, each fixture beside it with every fix of that
// rule applied (as fix-all would, review fixes included) must equal `<fixture>.fixed` beside it.
// The `.fixed` suffix keeps the outputs out of the fixture/label scanner and the formatter.
// WARDEN_UPDATE_GOLDEN=1 rewrites them; review the diff before committing.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { languageForPath } from '../../server/src/engine';
import { applyEdits, compatibleEdits } from '../../server/src/engine/fixes/apply';
import { listFiles, REPO, scanner } from '../helpers';
import { assembleTokens } from '../token-fragments';

const UPDATE = process.env.WARDEN_UPDATE_GOLDEN === '1';

/**
 * Golden outputs that record a fix known to be wrong, with the issue that tracks it. The test
 * still compares them, so a change is noticed; the entry goes when the fix is corrected.
 */
export const KNOWN_WRONG: Record<string, string> = {};

/** The fixtures of a rule: `<name>.<ext>` and `<name>.<variant>.<ext>` beside `<name>.yaml`. */
function fixturesOf(ruleFile: string): string[] {
  const file = path.resolve(REPO, ruleFile);
  const base = path.basename(file).replace(/\.ya?ml$/, '');
  return listFiles(path.dirname(file), (n) => n.startsWith(`${base}.`) && !!languageForPath(n)).filter(
    (f) => path.dirname(f) === path.dirname(file),
  );
}

async function fixedOutput(file: string, ruleId: string): Promise<{ fixes: number; output: string }> {
  const assembled = assembleTokens(fs.readFileSync(file, 'utf8'));
  const text = assembled.text;
  const { findings } = await scanner().scanText(text, languageForPath(file)!);
  const fixes = findings.filter((f) => f.ruleId === ruleId && f.fix).map((f) => f.fix!.edits);
  return { fixes: fixes.length, output: assembled.restore(applyEdits(text, compatibleEdits(text, fixes))) };
}

describe('golden fixed outputs of every fixable rule', function () {
  this.timeout(60000);
  const rules = scanner()
    .ruleSet.rules.filter((r) => r.fix)
    .sort((a, b) => a.id.localeCompare(b.id));

  it('covers every fixable built-in rule', () => {
    assert.ok(rules.length >= 65, `${rules.length} fixable rules`);
  });

  for (const rule of rules) {
    it(rule.id, async () => {
      let fixed = 0;
      for (const fixture of fixturesOf(rule.file)) {
        const golden = `${fixture}.fixed`;
        const { fixes, output } = await fixedOutput(fixture, rule.id);
        fixed += fixes;
        const name = path.relative(REPO, golden);
        if (UPDATE) {
          if (fixes > 0) fs.writeFileSync(golden, output);
          else if (fs.existsSync(golden)) fs.unlinkSync(golden);
          continue;
        }
        if (fixes === 0) {
          assert.ok(!fs.existsSync(golden), `${name} exists, but no fix applies to its fixture any more`);
          continue;
        }
        assert.ok(fs.existsSync(golden), `${name} is missing (WARDEN_UPDATE_GOLDEN=1 writes it)`);
        const note = KNOWN_WRONG[name] ? ` (known wrong: ${KNOWN_WRONG[name]})` : '';
        assert.strictEqual(output, fs.readFileSync(golden, 'utf8'), `${name} differs${note}`);
      }
      assert.ok(fixed > 0, `no fixture of ${rule.id} exercises its fix`);
    });
  }

  it('every golden output belongs to a fixture', () => {
    const orphans = listFiles(path.join(REPO, 'rules'), (n) => n.endsWith('.fixed')).filter(
      (g) => !fs.existsSync(g.replace(/\.fixed$/, '')),
    );
    assert.deepStrictEqual(orphans, []);
  });
});
