// The lockfile parsers added for issue 29 (yarn.lock, pnpm-lock.yaml, uv.lock, Pipfile.lock,
// go.sum, package-lock paths) are linear on hostile shapes too, as sca-linear.test.ts requires of
// every manifest parser: long dependency chains (the path from the direct dependency is walked at
// most a few levels per package), very long install paths, many entries. Work is counted, never timed.

import * as assert from 'assert';
import { parseManifest } from '../../server/src/sca';
import { measureWork } from './work-probe';

const KB = 1024;
const entries = (size: number, per: number, line: (i: number) => string): string[] =>
  Array.from({ length: Math.floor(size / per) }, (_, i) => line(i));

const SHAPES: Array<{ file: string; name: string; text: (size: number) => string }> = [
  {
    file: 'package-lock.json',
    name: 'v3, each package depending on the next (one long chain)',
    text: (n) =>
      `{"lockfileVersion":3,"packages":{"":{"dependencies":{"p0":"1"}},\n${entries(n, 70, (i) => `"node_modules/p${i}":{"version":"1.0.0","dependencies":{"p${i + 1}":"1"}}`).join(',\n')}}}`,
  },
  {
    file: 'package-lock.json',
    name: 'v3, one very deep install path with many dependencies',
    text: (n) =>
      `{"lockfileVersion":3,"packages":{"${'node_modules/a/'.repeat(n / 30)}node_modules/b":{"version":"1.0.0","dependencies":{${entries(n / 2, 12, (i) => `"d${i}":"1"`).join(',')}}}}}`,
  },
  {
    file: 'yarn.lock',
    name: 'classic, one long chain',
    text: (n) =>
      entries(n, 60, (i) => `p${i}@^1.0.0:\n  version "1.0.0"\n  dependencies:\n    p${i + 1} "^1.0.0"\n`).join('\n'),
  },
  {
    file: 'yarn.lock',
    name: 'one entry with many descriptors',
    text: (n) => `${entries(n, 12, (i) => `a@^1.${i}.0`).join(', ')}:\n  version "1.0.0"\n`,
  },
  {
    file: 'pnpm-lock.yaml',
    name: 'v9, one long chain',
    text: (n) =>
      `lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      p0:\n        specifier: ^1\n        version: 1.0.0\npackages:\n${entries(n / 2, 30, (i) => `  p${i}@1.0.0:\n    resolution: {}\n`).join('')}snapshots:\n${entries(n / 2, 60, (i) => `  p${i}@1.0.0:\n    dependencies:\n      p${i + 1}: 1.0.0\n`).join('')}`,
  },
  {
    file: 'uv.lock',
    name: 'one long chain',
    text: (n) =>
      `version = 1\n${entries(n, 90, (i) => `[[package]]\nname = "p${i}"\nversion = "1.0.0"\ndependencies = [{ name = "p${i + 1}" }]\n`).join('\n')}`,
  },
  {
    file: 'Pipfile.lock',
    name: 'many pins',
    text: (n) => `{"default":{${entries(n, 40, (i) => `"p${i}":{"version":"==1.0.${i}"}`).join(',')}}}`,
  },
  {
    file: 'go.sum',
    name: 'many modules, long lines',
    text: (n) => entries(n, 80, (i) => `example.com/m${i} v1.0.${i} h1:${'x'.repeat(40)}=`).join('\n'),
  },
];

describe('SCA lockfile parsers are linear on hostile shapes (issue 29)', function () {
  this.timeout(120000);
  for (const shape of SHAPES) {
    it(`${shape.file}: ${shape.name}`, () => {
      const small = measureWork(() => parseManifest(shape.file, shape.text(128 * KB)).length);
      const double = measureWork(() => parseManifest(shape.file, shape.text(256 * KB)).length);
      assert.ok(small.work > 0);
      assert.ok(
        double.work <= 2.3 * small.work + 1000,
        `work grew from ${small.work} (128 KB) to ${double.work} (256 KB): more than linear`,
      );
    });
  }

  it('a long chain still gives each package its path: the root, an ellipsis, then the last few parents', () => {
    const deps = parseManifest('yarn.lock', SHAPES[2].text(60 * 50));
    const last = deps[deps.length - 1];
    assert.strictEqual(last.via?.[0], 'p0');
    assert.strictEqual(last.via?.[1], '…');
    assert.strictEqual(last.via?.[last.via.length - 1], `p${deps.length - 2}`);
    assert.ok(last.via!.length <= 8);
  });
});
