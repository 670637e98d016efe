// The coach's rule knowledge is built into dist/coach-knowledge.json (the client reads nothing
// else of the rules): it holds exactly the coach's fields of every valid rule in rules/, and a
// Knowledge built from it gives the same requirements as one built from the loaded rules.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CoachRule, coachRules, Knowledge } from '../../../core/coach/knowledge';
import { TOPICS } from '../../../core/coach/topics';
import { LANGUAGE_IDS } from '../../../core/protocol';
import { loadRuleSources } from '../../../server/src/engine/rule-loader';
import { readRuleDir } from '../../../server/src/host/node-assets';
import { REPO } from '../../helpers';

describe('coach knowledge data (dist/coach-knowledge.json)', () => {
  const built = JSON.parse(fs.readFileSync(path.join(REPO, 'dist/coach-knowledge.json'), 'utf8')) as CoachRule[];
  const { rules } = loadRuleSources(readRuleDir(path.join(REPO, 'rules')));

  it('holds the coach fields of every rule, and nothing else of them', () => {
    assert.strictEqual(built.length, rules.length);
    assert.deepStrictEqual(built, coachRules(rules));
    for (const r of built)
      assert.deepStrictEqual(Object.keys(r).sort(), ['class', 'id', 'languages', 'requirement', 'severity', 'topics']);
  });

  it('gives the same requirements and checks as the loaded rules, per topic and language', () => {
    const fromData = new Knowledge(built);
    const fromRules = new Knowledge(rules);
    for (const topic of TOPICS) {
      for (const language of [undefined, ...LANGUAGE_IDS])
        assert.deepStrictEqual(
          fromData.requirementsFor(topic.id, language),
          fromRules.requirementsFor(topic.id, language),
          `${topic.id} ${language}`,
        );
    }
    const ids = TOPICS.map((t) => t.id);
    assert.deepStrictEqual(fromData.classesToCheck(ids), fromRules.classesToCheck(ids));
  });
});
