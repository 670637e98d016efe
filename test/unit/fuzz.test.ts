// The fuzzer's fixed-seed CI sample (bench/fuzz-lib.ts: generators and oracle). Every input must
// scan without an exception, inside the budgets, with every range inside the document, ranges after
// inserted non-ASCII text moved by exactly its UTF-16 length, and fixes that apply and keep a
// clean file parsing. `npm run fuzz -- --minutes 10` runs the same checks for longer.

import * as assert from 'assert';
import {
  CaseResult,
  CorpusFile,
  checkCase,
  DEEP_SINKS,
  deepNesting,
  GENERATORS,
  invalidUtf8,
  lspLineStarts,
  minifiedJs,
  rangeProblems,
  Rng,
} from '../../bench/fuzz-lib';
import { FuzzSession, loadCorpus } from '../../bench/fuzz-corpus';
import { languageForPath, type LanguageId } from '../../server/src/engine';
import { REPO, scanner, seed } from '../helpers';

const SEED = 20261130;
const SAMPLE = 800;

function describeFailures(results: Array<CaseResult & { index?: number }>): string {
  return results
    .filter((r) => r.failures.length > 0)
    .map(
      (r) =>
        `case ${r.index ?? '?'} ${r.label}: ${r.failures.join('; ').slice(0, 600)}${r.index !== undefined ? `\n  replay: npm run fuzz -- --seed ${SEED} --case ${r.index}` : ''}`,
    )
    .join('\n');
}

describe('fuzz: fixed-seed sample', function () {
  this.timeout(120000);
  let session: FuzzSession;
  /** A corpus file by name; the acceptance seeds are absent on a bare clone, and seed() then skips the test. */
  const corpusFile = (name: string): CorpusFile =>
    session.corpus.find((f) => f.name.endsWith(name)) ?? { name, language: languageForPath(name)!, text: seed(name) };

  before(async () => {
    session = new FuzzSession(scanner(), loadCorpus(REPO));
    await session.prepare();
    assert.ok(session.corpus.length >= 15, `corpus of fixtures, seeds and examples (${session.corpus.length})`);
  });
  after(() => session.dispose());

  it(`${SAMPLE} mutated and generated inputs (seed ${SEED}) pass every check`, async () => {
    const results: Array<CaseResult & { index: number; generator: string }> = [];
    const cheap = GENERATORS.filter((g) => g !== 'minified-20mb'); // has its own test below
    for (let index = 0; index < SAMPLE; index++) {
      const { generator, input } = session.makeCase(SEED, index, cheap);
      results.push({ ...(await session.run(input)), index, generator });
    }
    assert.strictEqual(describeFailures(results), '');
    const seen = new Set(results.map((r) => r.generator));
    assert.deepStrictEqual(
      cheap.filter((g) => !seen.has(g)),
      [],
      'every generator ran',
    );
    const shifted = results.filter((r) => r.generator === 'non-ascii-prefix' && r.findings > 0).length;
    assert.ok(shifted >= 60, `non-ASCII shift oracle exercised on files with findings (${shifted})`);
    const slowest = results.reduce((a, b) => (b.ms > a.ms ? b : a));
    console.log(
      `      fuzz sample: ${results.length} inputs, ${results.reduce((s, r) => s + r.findings, 0)} findings, ${results.reduce((s, r) => s + r.fixesApplied, 0)} fixes applied; slowest ${slowest.ms} ms (${slowest.label})`,
    );
  });

  it('a 20 MB single-line minified file: skipped at the size limit; without the limit, stopped by the parse budget', async () => {
    const text = minifiedJs(20 * 1024 * 1024, new Rng(SEED));
    assert.ok(text.length >= 20 * 1024 * 1024 - 64 && !text.includes('\n'));
    const limited = await checkCase(scanner(), { label: '20 MB', language: 'javascript', text }, async () => []);
    assert.deepStrictEqual(limited.failures, []);
    assert.deepStrictEqual(limited.notices.length, 1);
    assert.match(limited.notices[0], /^not scanned: the document is \d+ KB, over the 2048 KB limit/);
    const unlimited = await checkCase(
      scanner(),
      { label: '20 MB, no limit', language: 'javascript', text, maxBytes: Number.MAX_SAFE_INTEGER },
      async () => [],
    );
    assert.deepStrictEqual(unlimited.failures, []);
    // Either the parse budget stopped it, or (on a very fast machine) it was scanned with findings in range.
    if (unlimited.notices.length > 0)
      assert.match(
        unlimited.notices.join('\n'),
        /parsing took longer than 3000 ms and was stopped|was stopped after|ran out of time/,
      );
    else assert.ok(unlimited.findings >= 1);
  });

  it('10,000-deep nesting in every language, as expressions, brackets and blocks', async () => {
    const results: CaseResult[] = [];
    for (const language of ['java', 'javascript', 'typescript', 'tsx', 'python', 'go'] as LanguageId[]) {
      for (const shape of ['parens', 'brackets', 'blocks'] as const) {
        results.push(
          await checkCase(
            scanner(),
            { label: `${language} ${shape}`, language, text: deepNesting(language, 10000, shape) },
            async () => [],
          ),
        );
      }
    }
    assert.strictEqual(describeFailures(results), '');
  });

  it('sinks at the bottom of 10,000-deep parentheses and 10,000-term concatenations, in every language', async () => {
    const results: CaseResult[] = [];
    for (const [name, spec] of Object.entries(DEEP_SINKS)) {
      const seed = corpusFile(spec.seed);
      assert.ok(seed.text.includes(spec.find), name);
      for (const shape of ['parens', 'concat'] as const) {
        const text = seed.text.replace(spec.find, spec.wrap(10000, shape));
        results.push(
          await checkCase(scanner(), { label: `${name} ${shape}`, language: spec.language, text }, async () => []),
        );
      }
    }
    assert.strictEqual(describeFailures(results), '');
  });

  it('NUL bytes, invalid UTF-8 and lone surrogates in a file with findings', async () => {
    const base = 'import os\nfrom flask import request\n\ndef run():\n    os.system(request.args["cmd"])\n';
    const rng = new Rng(SEED);
    const nul = await scanner().scanText(`\0${base}`, 'python');
    assert.match(nul.problems[0]?.message ?? '', /looks binary/);
    const late = `${base}${'#\n'.repeat(5000)}x = "\0"\n`; // NUL past the binary sniff: scanned, ranges checked
    const inputs = [
      late,
      `${invalidUtf8(rng, 8)}\n${base}`,
      `# \uD800 \uDFFF\n${base}`,
      base.replace('os.system', '\uFEFFos.system'),
    ];
    for (const text of inputs) {
      const result = await checkCase(
        scanner(),
        { label: JSON.stringify(text.slice(0, 20)), language: 'python', text },
        async () => [],
      );
      assert.deepStrictEqual(result.failures, []);
    }
  });

  it('the oracle itself fails on a wrong shift and on a range past its line (so a passing sample means something)', async () => {
    const base = corpusFile('handler.go');
    const at = base.text.indexOf('executeCommand(data');
    assert.ok(at > 0);
    const text = `${base.text.slice(0, at)}/*😀*/${base.text.slice(at)}`;
    const baseline = async () => (await scanner().scanText(base.text, 'go')).findings;
    const right = await checkCase(
      scanner(),
      { label: 'right', language: 'go', text, shiftOracle: { base, insertion: { offset: at, text: '/*😀*/' } } },
      baseline,
    );
    assert.deepStrictEqual(right.failures, []);
    const wrong = await checkCase(
      scanner(),
      { label: 'wrong', language: 'go', text, shiftOracle: { base, insertion: { offset: at, text: '/*😀😀*/' } } },
      baseline,
    );
    assert.match(wrong.failures.join('\n'), /findings after inserting/);
    const starts = lspLineStarts('ab\r\ncd');
    assert.deepStrictEqual(
      rangeProblems('ab\r\ncd', starts, { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } }, 'r'),
      ['r: end 0:3 is past the end of its line (2)'],
    );
    assert.deepStrictEqual(
      rangeProblems('ab\r\ncd', starts, { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } }, 'r'),
      [],
    );
  });
});
