// Every rule fixture is the rule's test: each `expect:` line must be reported with that class,
// no `safe:` line may be reported with it.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseLabels, checkLabels } from '../../server/src/engine/labels';
import { fixtureFiles, REPO, scanner } from '../helpers';
import { assembleTokens } from '../token-fragments';

describe('rule fixtures', () => {
  for (const { file, language } of fixtureFiles()) {
    it(path.relative(path.join(REPO, 'rules'), file), async () => {
      const text = assembleTokens(fs.readFileSync(file, 'utf8')).text;
      const labels = parseLabels(text);
      assert.ok(labels.length > 0, 'a fixture must carry expect:/safe: labels');
      const { findings } = await scanner().scanText(text, language);
      const check = checkLabels(labels, findings);
      const describe = (line: number): string => `line ${line + 1}: ${text.split('\n')[line].trim()}`;
      const problems = [
        ...check.missed.map((m) => `missed ${m.cls} at ${describe(m.label.line)}`),
        ...check.falsePositives.map(
          (f) => `false positive ${f.cls} (${f.finding.ruleId}) at ${describe(f.label.line)}`,
        ),
      ];
      assert.deepStrictEqual(problems, []);
    });
  }
});
