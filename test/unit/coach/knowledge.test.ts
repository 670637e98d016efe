// The topic table and the rules agree: every rule topic and class is known, every topic yields
// requirements, and each rule's requirement is what its topics ask for (one source of truth).

import * as assert from 'assert';
import { CLASSES, Rule } from '../../../server/src/engine/rule-model';
import { Knowledge } from '../../../core/coach/knowledge';
import { ALWAYS_CHECK, TOPICS, topicForRuleTopic } from '../../../core/coach/topics';
import { knowledge } from './support';

function fakeRule(over: Partial<Rule>): Rule {
  return {
    id: 'py/xss/fake',
    title: 't',
    class: 'xss',
    languages: ['python'],
    severity: 'error',
    confidence: 'high',
    cwe: [79],
    owasp: 'A03:2021 - Injection',
    pci: [],
    soc2: [],
    message: 'm',
    requirement: 'Escape everything (fake rule).',
    topics: [],
    references: [],
    patterns: [],
    report: 'sink',
    file: 'x.yaml',
    ...over,
  };
}

describe('coach knowledge', () => {
  it('knows every topic name the rules use', () => {
    assert.ok(knowledge().rules.length > 0);
    assert.deepStrictEqual(knowledge().unmappedRuleTopics(), []);
  });

  it('puts every label class in a topic or in the always-checked list', () => {
    const covered = new Set([...TOPICS.flatMap((t) => t.classes), ...ALWAYS_CHECK]);
    assert.deepStrictEqual(
      Object.keys(CLASSES).filter((c) => !covered.has(c as never)),
      [],
    );
  });

  it('has unique topic ids and aliases', () => {
    const names = TOPICS.flatMap((t) => [t.id, ...t.ruleTopics]);
    assert.strictEqual(new Set(names).size, names.length);
  });

  it('gives every topic at least one requirement', () => {
    for (const t of TOPICS) assert.ok(knowledge().requirementsFor(t.id).length > 0, t.id);
  });

  it("lists every rule's requirement under each of its topics and its class's topics", () => {
    const k = knowledge();
    for (const rule of k.rules) {
      const topics = new Set([
        ...rule.topics.map((t) => topicForRuleTopic(t)!.id),
        ...TOPICS.filter((t) => (t.classes as string[]).includes(rule.class)).map((t) => t.id),
      ]);
      for (const topic of topics) {
        const texts = k.requirementsFor(topic, rule.languages[0]).map((r) => r.text);
        assert.ok(texts.includes(rule.requirement), `${rule.id} missing from ${topic}`);
      }
    }
  });

  it('uses rules for the asked language, and the general text where that language has no rule', () => {
    const k = new Knowledge([
      fakeRule({ id: 'py/xss/a', requirement: 'Python way.' }),
      fakeRule({ id: 'go/xss/b', languages: ['go'], requirement: 'Go way.' }),
    ]);
    assert.deepStrictEqual(
      k.requirementsFor('html', 'go').map((r) => r.text),
      ['Go way.'],
    );
    assert.deepStrictEqual(
      k.requirementsFor('html', 'java').map((r) => r.text),
      [TOPICS.find((t) => t.id === 'html')!.extra[0].text],
    );
    assert.deepStrictEqual(
      k
        .requirementsFor('html')
        .map((r) => r.text)
        .sort(),
      ['Go way.', 'Python way.'],
    );
    // javascript rules also speak for TypeScript.
    const js = new Knowledge([fakeRule({ id: 'js/xss/c', languages: ['javascript'], requirement: 'JS way.' })]);
    assert.deepStrictEqual(
      js.requirementsFor('html', 'typescript').map((r) => r.text),
      ['JS way.'],
    );
  });

  it('drops the table text a rule of the same class now states, keeps the rest', () => {
    const none = new Knowledge([]);
    const extra = TOPICS.find((t) => t.id === 'html')!.extra[0].text;
    assert.deepStrictEqual(
      none.requirementsFor('html').map((r) => r.text),
      [extra],
    );
    const withRule = new Knowledge([fakeRule({})]);
    assert.deepStrictEqual(
      withRule.requirementsFor('html').map((r) => r.text),
      ['Escape everything (fake rule).'],
    );
    // payments has no class: its text always stays.
    assert.strictEqual(
      withRule.requirementsFor('payments').length,
      TOPICS.find((t) => t.id === 'payments')!.extra.length,
    );
  });

  it('never repeats a requirement across topics', () => {
    const all = knowledge()
      .requirementsForTopics(TOPICS.map((t) => t.id))
      .map((r) => r.text);
    assert.strictEqual(new Set(all).size, all.length);
  });

  it('names the classes of a topic and the always-on classes for review', () => {
    const checks = knowledge()
      .classesToCheck(['file-upload'])
      .map((c) => c.class);
    for (const c of ['file-upload', 'path-traversal', ...ALWAYS_CHECK]) assert.ok(checks.includes(c as never), c);
    assert.ok(!checks.includes('sqli'));
  });
});
