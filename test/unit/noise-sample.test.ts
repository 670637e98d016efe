// The noise benchmark's judged sample: judgments are keyed by finding, so a run where one finding
// comes or goes must keep the rest of the sample (and their judgments) in place.

import * as assert from 'assert';
import { drawSample } from '../../bench/noise';

const findings = (keys: string[]): Array<{ key: string }> => keys.map((key) => ({ key }));
const keysOf = (items: Array<{ key: string }>): string[] => items.map((i) => i.key);

describe('noise benchmark sample', () => {
  const population = findings(Array.from({ length: 500 }, (_, i) => `p:file${i % 37}.py:${i}:rule/${i % 5}`));

  it('takes every finding when there are no more than the sample size, in order', () => {
    const few = population.slice(0, 12);
    assert.deepStrictEqual(keysOf(drawSample(few, 80, 17)), keysOf(few));
  });

  it('draws the same sample for the same seed, in population order, and another one for another seed', () => {
    const a = keysOf(drawSample(population, 80, 17));
    assert.strictEqual(a.length, 80);
    assert.deepStrictEqual(keysOf(drawSample(population, 80, 17)), a);
    const order = keysOf(population);
    assert.deepStrictEqual(
      a,
      [...a].sort((x, y) => order.indexOf(x) - order.indexOf(y)),
    );
    const b = keysOf(drawSample(population, 80, 18));
    assert.ok(b.filter((k) => a.includes(k)).length < 40, 'another seed, another sample');
  });

  it('changes by at most one finding when one finding of the population goes or comes', () => {
    const before = keysOf(drawSample(population, 80, 17));
    const gone = population.filter((f) => f.key !== before[10]);
    const after = keysOf(drawSample(gone, 80, 17));
    assert.strictEqual(after.filter((k) => !before.includes(k)).length, 1);
    assert.strictEqual(before.filter((k) => !after.includes(k)).length, 1);
    const added = keysOf(drawSample([...population, { key: 'p:new.py:1:rule/x' }], 80, 17));
    assert.ok(added.filter((k) => !before.includes(k)).length <= 1);
  });
});
