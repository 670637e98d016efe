// Every manifest parser is linear in its input, on the shapes a hostile repository would commit
// (issue 16 #1 and #3): long runs of spaces and quotes, deep nesting, many entries, all at 2 MB,
// the editor's size limit. Work is counted, never timed: with every string and regex primitive
// charged (work-probe.ts), twice the input must cost about twice the work (the old position
// search cost four times as much, the old Gradle pattern did not finish); at 2 MB the parsers'
// own passes must stay a few passes over the text.

import * as assert from 'assert';
import { parseManifest } from '../../server/src/sca';
import { scanWork } from '../../server/src/sca/parsers/text';
import { measureWork } from './work-probe';

const MB = 1024 * 1024;
const times = (unit: string, size: number): string => unit.repeat(Math.max(1, Math.floor(size / unit.length)));
const entries = (size: number, per: number, line: (i: number) => string): string[] =>
  Array.from({ length: Math.floor(size / per) }, (_, i) => line(i));

interface Shape {
  file: string;
  name: string;
  text: (size: number) => string;
  /** Dependencies expected at `size` (checked at 2 MB), when the shape declares some. */
  count?: (size: number) => number;
}

const SHAPES: Shape[] = [
  { file: 'build.gradle', name: 'implementation then spaces', text: (n) => `implementation${' '.repeat(n)}` },
  { file: 'build.gradle', name: 'implementation( then spaces', text: (n) => `implementation(${' '.repeat(n)}x` },
  { file: 'build.gradle', name: 'dotted keywords in a string', text: (n) => `implementation '${times('api.', n)}` },
  { file: 'build.gradle', name: 'unterminated block comments', text: (n) => times('/*', n) },
  { file: 'build.gradle', name: 'run of quotes', text: (n) => times(`'"`, n) },
  {
    file: 'build.gradle',
    name: 'many dependencies',
    text: (n) => entries(n, 32, (i) => `implementation 'g${i}:a:1.0.${i}'`).join('\n'),
    count: (n) => Math.floor(n / 32),
  },
  {
    file: 'build.gradle.kts',
    name: 'many map notations',
    text: (n) => entries(n, 64, (i) => `api(group = "g", name = "a${i}", version = "2.${i}")`).join('\n'),
    count: (n) => Math.floor(n / 64),
  },
  {
    file: 'package.json',
    name: 'many dependencies',
    text: (n) => `{"dependencies": {\n${entries(n, 24, (i) => `  "p${i}": "^1.${i}.0"`).join(',\n')}\n}}`,
    count: (n) => Math.floor(n / 24),
  },
  {
    file: 'package.json',
    name: 'minified on one line',
    text: (n) => `{"dependencies":{${entries(n, 16, (i) => `"p${i}":"1.0.${i}"`).join(',')}}}`,
    count: (n) => Math.floor(n / 16),
  },
  { file: 'package.json', name: 'deep nesting', text: (n) => `${times('{"a":', n / 2)}1${times('}', n / 10)}` },
  { file: 'package.json', name: 'spaces in a spec', text: (n) => `{"dependencies":{"a":"${' '.repeat(n)}1"}}` },
  {
    file: 'package-lock.json',
    name: 'v3, many packages',
    text: (n) =>
      `{"lockfileVersion":3,"packages":{"":{},\n${entries(n, 48, (i) => `"node_modules/p${i}":{"version":"1.0.${i}"}`).join(',\n')}}}`,
    count: (n) => Math.floor(n / 48),
  },
  {
    file: 'package-lock.json',
    name: 'v1, deeply nested',
    text: (n) => {
      const depth = Math.floor(n / 60);
      return `{"lockfileVersion":1,${times('"dependencies":{"p":{"version":"1.0.0",', depth * 38)}"x":1${times('}}', depth * 2)}}`;
    },
  },
  {
    file: 'requirements.txt',
    name: 'many pins',
    text: (n) => entries(n, 16, (i) => `pkg${i}==1.0.${i}`).join('\n'),
    count: (n) => Math.floor(n / 16),
  },
  { file: 'requirements.txt', name: 'name then spaces', text: (n) => `django${' '.repeat(n)}!` },
  { file: 'requirements.txt', name: 'operator then spaces', text: (n) => `django>=${' '.repeat(n)},` },
  { file: 'requirements.txt', name: 'operators and parentheses', text: (n) => `django ${times('>=) ', n)}` },
  {
    file: 'pyproject.toml',
    name: 'PEP 621, many dependencies',
    text: (n) => `[project]\ndependencies = [\n${entries(n, 20, (i) => `  "p${i}==1.${i}",`).join('\n')}\n]\n`,
    count: (n) => Math.floor(n / 20),
  },
  {
    file: 'pyproject.toml',
    name: 'Poetry, many keys',
    text: (n) => `[tool.poetry.dependencies]\n${entries(n, 20, (i) => `p${i} = "^1.${i}"`).join('\n')}\n`,
    count: (n) => Math.floor(n / 20),
  },
  {
    file: 'pyproject.toml',
    name: 'spaced operator in a Poetry spec',
    text: (n) => `[tool.poetry.dependencies]\na = "^${' '.repeat(n)}x"\n`,
  },
  { file: 'pyproject.toml', name: 'quotes in a comment', text: (n) => `# ${times(`'''"`, n)}\n[project]\n` },
  {
    file: 'pyproject.toml',
    name: 'unterminated multi-line string',
    text: (n) => `x = """\n${times('"" \n', n)}`,
  },
  {
    file: 'poetry.lock',
    name: 'many packages',
    text: (n) => entries(n, 48, (i) => `[[package]]\nname = "p${i}"\nversion = "1.0.${i}"\n`).join('\n'),
    count: (n) => Math.floor(n / 48),
  },
  {
    file: 'go.mod',
    name: 'many requires',
    text: (n) => `module m\nrequire (\n${entries(n, 32, (i) => `\texample.com/m${i} v1.0.${i}`).join('\n')}\n)\n`,
    count: (n) => Math.floor(n / 32),
  },
  { file: 'go.mod', name: 'require then spaces', text: (n) => `require${' '.repeat(n)}x` },
  { file: 'go.mod', name: 'unterminated quoted path', text: (n) => `require "${'a'.repeat(n)}` },
  {
    file: 'pom.xml',
    name: 'many dependencies',
    text: (n) =>
      `<project><dependencies>\n${entries(n, 100, (i) => `<dependency><groupId>g</groupId><artifactId>a${i}</artifactId><version>1.${i}</version></dependency>`).join('\n')}\n</dependencies></project>`,
    count: (n) => Math.floor(n / 100),
  },
  {
    file: 'pom.xml',
    name: 'property versions defined last',
    text: (n) => {
      const k = Math.floor(n / 120);
      const deps = entries(
        k * 80,
        80,
        (i) => `<dependency><artifactId>a${i}</artifactId><version>\${v${i}}</version></dependency>`,
      );
      const props = entries(k * 40, 40, (i) => `<v${i}>1.${i}</v${i}>`);
      return `<project><dependencies>${deps.join('\n')}</dependencies><properties>${props.join('')}</properties></project>`;
    },
    count: (n) => Math.floor(n / 120),
  },
  { file: 'pom.xml', name: 'open brackets', text: (n) => times('<', n) },
  { file: 'pom.xml', name: 'spaces in an artifactId', text: (n) => `<project><artifactId>${' '.repeat(n)}` },
];

function parseCount(file: string, text: string): number {
  try {
    return parseManifest(file, text).length;
  } catch {
    return -1; // malformed: reported as a problem by scanManifest; the work up to the error still counts
  }
}

describe('SCA parsers are linear at 2 MB on hostile shapes (issue 16)', function () {
  this.timeout(120000);
  for (const shape of SHAPES) {
    it(`${shape.file}: ${shape.name}`, () => {
      // Every string and regex primitive charged (third-party parsers included), at two sizes.
      const small = measureWork(() => parseCount(shape.file, shape.text(128 * 1024)));
      const double = measureWork(() => parseCount(shape.file, shape.text(256 * 1024)));
      assert.ok(
        double.work <= 2.3 * small.work + 1000,
        `work grew from ${small.work} (128 KB) to ${double.work} (256 KB): more than linear`,
      );
      // At the 2 MB limit, the parsers' own passes (counted in scanWork) stay a small multiple of the size.
      const text = shape.text(2 * MB);
      const before = scanWork.chars;
      const count = parseCount(shape.file, text);
      if (shape.count) assert.strictEqual(count, shape.count(2 * MB), 'every dependency found');
      const passes = (scanWork.chars - before) / text.length;
      assert.ok(passes <= 8, `${passes.toFixed(1)} passes over a 2 MB manifest`);
    });
  }
});
