// The rule catalogue is linted like code: it loads without problems, every rule has fixtures
// beside it with at least 3 vulnerable and 3 safe cases of its class, and complete metadata.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { LANGUAGE_IDS } from '../../server/src/engine';
import { parseLabels } from '../../server/src/engine/labels';
import { fixtureFiles, REPO, scanner } from '../helpers';

const MIN_CASES = 3;

describe('rule catalogue', () => {
  it('loads and compiles every rule for every language without problems', async () => {
    const s = scanner();
    for (const lang of LANGUAGE_IDS) await s.ruleSet.plan(lang);
    assert.deepStrictEqual(s.problems, []);
    assert.ok(s.ruleSet.rules.length > 0);
  });

  it('gives every rule fixtures with enough vulnerable and safe cases of its class', () => {
    const fixtures = fixtureFiles();
    const short: string[] = [];
    for (const rule of scanner().ruleSet.rules) {
      const base = path.join(REPO, rule.file.replace(/\.ya?ml$/, ''));
      const mine = fixtures.filter((f) => f.file.startsWith(`${base}.`));
      const labels = mine.flatMap((f) => parseLabels(fs.readFileSync(f.file, 'utf8')));
      const count = (kind: string): number =>
        labels.filter((l) => l.kind === kind && (l.classes.includes(rule.class) || l.classes.includes(rule.id))).length;
      if (count('expect') < MIN_CASES || count('safe') < MIN_CASES) {
        short.push(`${rule.id}: ${mine.length} fixture file(s), ${count('expect')} expect, ${count('safe')} safe`);
      }
    }
    assert.deepStrictEqual(short, []);
  });

  it('gives every rule its message, requirement and CWE, OWASP, PCI-DSS and SOC 2 mapping', () => {
    const incomplete = scanner()
      .ruleSet.rules.filter(
        (r) =>
          !r.message || !r.requirement || r.cwe.length === 0 || !r.owasp || r.pci.length === 0 || r.soc2.length === 0,
      )
      .map((r) => r.id);
    assert.deepStrictEqual(incomplete, []);
  });

  it('keeps each rule file at the path its id names', () => {
    const prefix: Record<string, string> = { py: 'python', go: 'go', java: 'java', js: 'javascript', ts: 'typescript' };
    const misplaced = scanner().ruleSet.rules.filter((r) => {
      const [lang, cls, name] = r.id.split('/');
      return r.file !== `rules/${prefix[lang] ?? lang}/${cls}/${name}.yaml` || cls !== r.class;
    });
    assert.deepStrictEqual(
      misplaced.map((r) => `${r.id} in ${r.file}`),
      [],
    );
  });
});
