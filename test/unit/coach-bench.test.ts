// The arithmetic of `npm run bench:coach` (bench/coach-score.ts) on a tiny hand-made set and
// hand-made coach answers, so every figure can be worked out by hand.

import * as assert from 'assert';
import {
  CoachAnswer,
  figures,
  figuresByLanguage,
  median,
  parseSet,
  renderMisses,
  scorePrompt,
} from '../../bench/coach-score';

const SET = `
- id: upload
  language: python
  context: none
  prompt: 'flask upload'
  must: [file-upload, path-traversal]
  ok: [authorization]
- id: query
  language: go
  context: editor
  prompt: 'list rows'
  must: [sqli, authorization, input-validation]
- id: tidy
  language: go
  context: none
  prompt: 'rename a variable'
  must: []
  control: true
- id: tests
  language: python
  context: none
  prompt: 'unit tests'
  must: []
  control: true
`;

const answer = (ids: string[], chars: number): CoachAnswer => ({
  prompt: 'x'.repeat(chars),
  requirements: ids.map((id) => ({ id, text: `line about ${id}` })),
});

const ANSWERS: Record<string, CoachAnswer> = {
  // top risk present; path-traversal missing; lines: ok, must, must again (duplicate), noise.
  upload: answer(['authorization', 'file-upload', 'file-upload', 'other'], 300),
  // top risk missing; authorization and input-validation present; one noisy cookie line.
  query: answer(['authorization', 'insecure-cookie', 'input-validation'], 500),
  tidy: answer([], 20),
  tests: answer(['other', 'info-leak', 'info-leak'], 100),
};

describe('bench:coach scoring', () => {
  const entries = parseSet(SET);
  const scores = entries.map((e) => scorePrompt(e, ANSWERS[e.id]));

  it('reads the set, with defaults for ok, irrelevant and context', () => {
    assert.deepStrictEqual(
      entries.map((e) => [e.id, e.language, e.context, e.control, e.ok.length]),
      [
        ['upload', 'python', 'none', false, 1],
        ['query', 'go', 'editor', false, 0],
        ['tidy', 'go', 'none', true, 0],
        ['tests', 'python', 'none', true, 0],
      ],
    );
  });

  it('scores one prompt: present and missing must concepts, top risk, noise with repeats', () => {
    const [upload, query] = scores;
    assert.deepStrictEqual(upload.mustPresent, ['file-upload']);
    assert.deepStrictEqual(upload.mustMissing, ['path-traversal']);
    assert.strictEqual(upload.topPresent, true);
    assert.deepStrictEqual(upload.noise, ['file-upload (again)', 'other']);
    assert.strictEqual(query.topPresent, false);
    assert.deepStrictEqual(query.mustMissing, ['sqli']);
    assert.deepStrictEqual(query.noise, ['insecure-cookie']);
  });

  it('adds the figures up over security prompts and controls', () => {
    const f = figures(scores);
    assert.strictEqual(f.prompts, 4);
    assert.strictEqual(f.security, 2);
    assert.strictEqual(f.controls, 2);
    // must: 1 of 2 + 2 of 3 = 3 of 5
    assert.strictEqual(f.mustPresent, 3);
    assert.strictEqual(f.mustTotal, 5);
    assert.strictEqual(f.coverage, 0.6);
    assert.strictEqual(f.topRate, 0.5);
    // noise over the security prompts only: 2 + 1 of 4 + 3 lines
    assert.strictEqual(f.lines, 7);
    assert.strictEqual(f.noiseLines, 3);
    assert.strictEqual(f.noiseRate, 3 / 7);
    assert.strictEqual(f.controlLinesMax, 3);
    assert.strictEqual(f.controlLinesMean, 1.5);
    // prompt lengths 20, 100, 300, 500
    assert.strictEqual(f.medianPromptChars, 200);
  });

  it('splits the figures per language', () => {
    const byLanguage = figuresByLanguage(scores);
    assert.deepStrictEqual(Object.keys(byLanguage), ['python', 'go', 'all']);
    assert.strictEqual(byLanguage.go.coverage, 2 / 3);
    assert.strictEqual(byLanguage.go.topRate, 0);
    assert.strictEqual(byLanguage.go.controlLinesMax, 0);
    assert.strictEqual(byLanguage.python.noiseRate, 0.5);
    assert.strictEqual(byLanguage.python.medianPromptChars, 200);
  });

  it('lists misses per prompt, top risk first and controls over one line', () => {
    const misses = renderMisses(scores).split('\n');
    assert.deepStrictEqual(misses, [
      '- upload (python): missing path-traversal; noise 2/4: file-upload (again), other',
      '- query (go): missing **sqli** (top); noise 1/3: insecure-cookie',
      '- tests (python): control with 3 lines',
    ]);
  });

  it('takes the middle value, or the mean of the two middle values', () => {
    assert.strictEqual(median([5, 1, 3]), 3);
    assert.strictEqual(median([4, 1, 3, 2]), 2.5);
    assert.strictEqual(median([]), 0);
  });

  it('rejects unknown concepts, controls with must concepts and security prompts without', () => {
    const one = (extra: string) => `- id: a\n  language: go\n  context: none\n  prompt: p\n${extra}`;
    assert.throws(() => parseSet(one('  must: [sql-injection]\n')), /unknown concept 'sql-injection'/);
    assert.throws(() => parseSet(one('  must: [sqli]\n  control: true\n')), /control/);
    assert.throws(() => parseSet(one('  must: []\n')), /control/);
    assert.throws(() => parseSet(one('  must: [sqli, cmdi, xss, ssrf, cors]\n')), /more than 4/);
    assert.throws(() => parseSet(one('  must: [sqli]\n') + one('  must: [sqli]\n')), /repeated id/);
    assert.throws(() => parseSet(one('  must: [sqli]\n').replace('go', 'rust')), /unknown language/);
  });
});
