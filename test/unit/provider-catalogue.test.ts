// The provider-token catalogue (rules/secrets/providers.yaml): every format finds a token assembled
// here from its pattern (random characters from a seeded generator, so the repository holds no
// live-looking token) and never its placeholder example; bad entries are problems with their line.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadRuleSources } from '../../server/src/engine/rule-loader';
import { ProviderCatalogue, type ProviderFormat } from '../../server/src/engine/provider-catalogue';
import { REPO } from '../helpers';

const CATALOGUE = 'rules/secrets/providers.yaml';

function load(text: string): ReturnType<typeof loadRuleSources> {
  return loadRuleSources([{ file: CATALOGUE, text }]);
}

/** A seeded generator (mulberry32): the same tokens every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** The characters of a class body (`A-Za-z0-9_-`), or of its complement among letters and digits. */
function classChars(body: string): string {
  const negated = body.startsWith('^');
  const spec = negated ? body.slice(1) : body;
  let chars = '';
  for (let i = 0; i < spec.length; i++) {
    let c = spec[i];
    if (c === '\\') {
      const n = spec[++i];
      if (n === 's' || n === 'S') continue;
      c = n;
    }
    if (spec[i + 1] === '-' && i + 2 < spec.length) {
      for (let code = c.charCodeAt(0); code <= spec.charCodeAt(i + 2); code++) chars += String.fromCharCode(code);
      i += 2;
    } else chars += c;
  }
  return negated ? [...ALNUM].filter((ch) => !chars.includes(ch)).join('') : chars;
}

/**
 * A text matching `pattern`, for the RE2 subset the catalogue uses: literals, escapes, classes,
 * groups (the first alternative), and quantifiers (their minimum; open-ended ones a realistic length).
 */
export function tokenFor(pattern: string, next: () => number): string {
  let out = '';
  let i = pattern.startsWith('(?i)') ? 4 : 0;
  const pick = (chars: string): string => chars[Math.floor(next() * chars.length)];
  while (i < pattern.length) {
    let atom: () => string;
    const c = pattern[i];
    if (c === '\\') {
      const n = pattern[i + 1];
      i += 2;
      if (n === 'b') continue;
      atom = n === 'd' ? () => pick('0123456789') : n === 's' ? () => '\n' : n === 'S' ? () => 'q' : () => n;
    } else if (c === '[') {
      let j = i + 1;
      if (pattern[j] === '^') j++;
      if (pattern[j] === ']') j++;
      while (pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
      const chars = classChars(pattern.slice(i + 1, j));
      atom = () => pick(chars);
      i = j + 1;
    } else if (c === '(') {
      let depth = 0;
      let j = i;
      for (; j < pattern.length; j++) {
        if (pattern[j] === '\\') j++;
        else if (pattern[j] === '[') while (pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
        else if (pattern[j] === '(') depth++;
        else if (pattern[j] === ')' && --depth === 0) break;
      }
      let inner = pattern.slice(i + 1, j).replace(/^\?:/, '');
      let d = 0;
      for (let k = 0; k < inner.length; k++) {
        const ch = inner[k];
        if (ch === '\\') k++;
        else if (ch === '(' || ch === '[') d++;
        else if (ch === ')' || ch === ']') d--;
        else if (ch === '|' && d === 0) {
          inner = inner.slice(0, k);
          break;
        }
      }
      atom = () => tokenFor(inner, next);
      i = j + 1;
    } else if (c === '^' || c === '$') {
      i++;
      continue;
    } else {
      atom = () => c;
      i++;
    }
    const q = /^(?:\{(\d+)(?:,(\d*))?\}|[+*?])\??/.exec(pattern.slice(i));
    let times = 1;
    if (q) {
      i += q[0].length;
      // Open-ended repeats get a realistic length (a password of 12, a user name of 6).
      if (q[1] !== undefined) times = q[2] === '' ? Math.max(Number(q[1]), 12) : Number(q[1]);
      else if (q[0].startsWith('+')) times = 6;
      else times = 0;
    }
    for (let t = 0; t < times; t++) out += atom();
  }
  return out;
}

describe('provider-token catalogue', () => {
  const text = fs.readFileSync(path.join(REPO, CATALOGUE), 'utf8');
  const loaded = load(text);
  const catalogue = new ProviderCatalogue(loaded.providers);

  it('ships without its placeholder examples (a token-shaped placeholder stops vsce from packaging)', () => {
    const built = JSON.parse(fs.readFileSync(path.join(REPO, 'dist', 'rules.json'), 'utf8')) as Array<{
      file: string;
      text: string;
    }>;
    const shipped = built.find((r) => r.file === CATALOGUE);
    assert.ok(shipped, 'the catalogue is in dist/rules.json');
    const fromDist = loadRuleSources([shipped]);
    assert.deepStrictEqual(fromDist.problems, []);
    assert.strictEqual(fromDist.providers.length, loaded.providers.length);
    assert.ok(fromDist.providers.every((f) => f.example === ''));
    for (const f of loaded.providers) assert.ok(!JSON.stringify(shipped).includes(f.example), f.example);
  });

  it('loads at least 100 formats without problems, each with its documentation and the record of its check', () => {
    assert.deepStrictEqual(loaded.problems, []);
    assert.ok(loaded.providers.length >= 100, `${loaded.providers.length} formats`);
    for (const f of loaded.providers) {
      assert.match(f.docs, /^https:\/\//);
      assert.ok(f.checked, `${f.provider} ${f.name}: no record of the check against its docs`);
    }
  });

  const next = random(22);
  for (const format of loaded.providers) {
    const label = `${format.provider} ${format.name}`;
    it(`${label}: an assembled token is found, its placeholder is not`, () => {
      const token = tokenFor(format.pattern, next);
      const hit = catalogue.find(`key = "${token}"`);
      assert.ok(hit, `${label}: no finding for ${token.slice(0, 8)}… (${token.length} characters)`);
      assert.strictEqual(`${hit.format.provider} ${hit.format.name}`, label);
      assert.strictEqual(catalogue.find(`key = "${format.example}"`), undefined, `${label}: example reported`);
    });
  }

  it('runs only the patterns whose keyword a text holds', () => {
    const fresh = new ProviderCatalogue(loaded.providers);
    fresh.find('const greeting = "hello world, nothing to see here"; '.repeat(200));
    assert.strictEqual(fresh.patternRuns, 0);
    fresh.find('token = "ghp_short"');
    assert.ok(fresh.patternRuns > 0 && fresh.patternRuns <= 3, `${fresh.patternRuns} pattern runs`);
  });

  it('a private key header alone is not a finding', () => {
    assert.strictEqual(catalogue.find('"-----BEGIN RSA PRIVATE KEY-----\\n"'), undefined);
  });

  it('reports a bad entry with its file and line, and loads the others', () => {
    const bad = [
      'providers:',
      "  - { provider: A, name: token, pattern: 'aaa_[a-z]{10}', example: 'aaa_xxxxxxxxxx', docs: https://a.example/docs }",
      "  - { provider: B, name: token, pattern: 'bbb_(', example: 'bbb_x', docs: https://b.example/docs }",
      "  - { provider: C, name: token, pattern: '[a-z]{10}', example: 'xxxxxxxxxx', docs: https://c.example/docs }",
      "  - { provider: D, name: token, pattern: 'ddd_[a-z]{10}', example: 'ddd_xxxxxxxxxx', docs: http://d.example }",
      "  - { provider: E, name: token, pattern: 'eee_[a-z]{10}', example: 'eee_xxxxxxxxxx', docs: https://e.example/docs, colour: red }",
    ].join('\n');
    const result = load(bad);
    assert.deepStrictEqual(
      result.providers.map((p) => p.provider),
      ['A'],
    );
    assert.deepStrictEqual(
      result.problems.map((p) => `${p.file}:${p.line}`),
      [`${CATALOGUE}:3`, `${CATALOGUE}:4`, `${CATALOGUE}:5`, `${CATALOGUE}:6`],
    );
  });

  it("records each check against the provider's docs as a real date and what the docs say", () => {
    const entry = (checked: string): string =>
      `  - { provider: A, name: token, pattern: 'aaa_[a-z]{10}', example: 'aaa_xxxxxxxxxx', docs: https://a.example/docs, checked: '${checked}' }`;
    const result = load(
      [
        'providers:',
        entry('2026-12-07 prefix aaa_, 10 lower-case letters'),
        entry('yesterday prefix aaa_, 10 letters'),
        entry('2026-02-30 prefix aaa_, 10 letters'),
        entry('2026-12-07 ok'),
      ].join('\n'),
    );
    assert.deepStrictEqual(
      result.providers.map((p) => p.checked),
      ['2026-12-07 prefix aaa_, 10 lower-case letters'],
    );
    assert.deepStrictEqual(
      result.problems.map((p) => p.line),
      [3, 4, 5],
    );
    for (const f of loaded.providers.filter((p) => p.checked)) assert.match(f.checked!, /^\d{4}-\d{2}-\d{2} /);
  });

  it('keeps JSON Web Tokens out of test code, every other format in it', () => {
    const formats: ProviderFormat[] = loaded.providers.filter((f) => !f.inTests);
    assert.deepStrictEqual(
      formats.map((f) => f.provider),
      ['JSON Web Token'],
    );
  });
});
