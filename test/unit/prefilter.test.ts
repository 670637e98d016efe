// The file-level prefilter (engine/prefilter.ts): the words derived from rule regexes, the
// automaton that finds them, and the promise that matters: a prefiltered scan reports exactly
// what a scan checking every pattern reports, on every fixture, example, corpus and generated file.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { regexNeeds } from '../../server/src/engine/prefilter-regex';
import {
  LanguagePrefilter,
  patternRequirement,
  PrefilterCounters,
  WordAutomaton,
} from '../../server/src/engine/prefilter';
import { languageForPath, LanguageId, Rule } from '../../server/src/engine';
import { BENCH_LANGUAGES, generateFile } from '../../bench/generate';
import { listFiles, REPO, scanner } from '../helpers';
import { createNodeScanner } from '../../server/src/host/node-assets';
import { joinTokenMarkers } from '../../bench/blind-inputs';

describe('prefilter: words a regex needs', () => {
  const cases: Array<[string, string[] | undefined]> = [
    ['^(jsonify|make_response)$', ['jsonify', 'make_response']],
    ['(?i)^SELECT\\s', ['select']],
    ['^(os\\.)?system$', ['system']],
    ['^\\w+\\.debug', ['debug']],
    ['^(get|post)?Data$', ['getdata', 'postdata', 'data']],
    ['os\\.system', ['system']],
    ['^exec(Sync|File)?$', ['exec', 'execsync', 'execfile']],
    ['foo(?=bar)', ['foo']],
    ['^(handle_\\w+|\\w+_handler)$', ['handle_', '_handler']],
    ['ab+c', ['ab']],
    ['x{2,}yz', ['xyz']],
    // Nothing can be told: every text, an optional piece, a class, an alternative needing nothing.
    ['.*', undefined],
    ['^(foo)?$', undefined],
    ['[A-Za-z]+', undefined],
    ['^(eval|.)$', undefined],
    ['\\bx\\b', ['x']],
    ['(?<name>abc)', ['abc']],
    ['(unclosed', undefined],
  ];
  for (const [source, expected] of cases) {
    it(`${source} needs ${expected ? expected.join(' or ') : 'nothing'}`, () => {
      const needs = regexNeeds(source);
      assert.deepStrictEqual(needs && [...needs].sort(), expected && [...expected].sort());
    });
  }

  it('every text a regex matches contains one of its words (catalogue regexes on fixture lines)', function () {
    this.timeout(300_000);
    const loaded = scanner().ruleSet;
    const sources = new Set<string>();
    const collect = (conds: Rule['patterns'][number]['where']): void => {
      for (const c of conds) {
        if (c.kind === 'any-of') collect(c.conditions);
        else if ((c.kind === 'regex' || c.kind === 'scope' || c.kind === 'inside') && c.regex)
          sources.add(c.regex.source);
      }
    };
    for (const rule of loaded.rules) for (const p of rule.patterns) collect(p.where);
    const lines = [
      ...new Set(
        listFiles(path.join(REPO, 'rules'), (n) => !!languageForPath(n)).flatMap((f) =>
          fs.readFileSync(f, 'utf8').split('\n'),
        ),
      ),
    ];
    const lowered = lines.map((l) => l.toLowerCase());
    let checked = 0;
    for (const source of sources) {
      const needs = regexNeeds(source);
      if (!needs) continue;
      // JavaScript's engine, much faster here than RE2 and the same language for these regexes.
      const insensitive = source.startsWith('(?i)');
      const regex = new RegExp(insensitive ? source.slice(4) : source, insensitive ? 'i' : '');
      lines.forEach((line, i) => {
        if (!regex.test(line)) return;
        checked++;
        assert.ok(
          needs.some((w) => lowered[i].includes(w)),
          `${source} matches ${JSON.stringify(line)}, which has none of ${needs}`,
        );
      });
    }
    assert.ok(checked > 1000, `only ${checked} matching lines checked`);
  });
});

describe('prefilter: the word automaton', () => {
  it('finds every word that occurs, overlapping or nested, case-insensitively, and no other', () => {
    const words = ['exec', 'execsync', 'sync', 'xec', 'popen', 'os'];
    const automaton = new WordAutomaton(words);
    const found = new Uint8Array(words.length);
    automaton.scan('child.execSync(cmd); // P-OS', found);
    assert.deepStrictEqual(
      words.filter((_, i) => found[i]),
      ['exec', 'execsync', 'sync', 'xec', 'os'],
    );
  });

  it('does not join words across a non-word character', () => {
    const automaton = new WordAutomaton(['ossystem']);
    const found = new Uint8Array(1);
    automaton.scan('os.system os system', found);
    assert.strictEqual(found[0], 0);
  });
});

describe('prefilter: derivation on the catalogue', () => {
  const rule = (id: string): Rule => {
    const found = scanner().ruleSet.rules.find((r) => r.id === id);
    assert.ok(found, `no rule ${id}`);
    return found;
  };

  it('derives callee and keyword words from where clauses', () => {
    const debug = rule('py/info-leak/debug-enabled').patterns.map((p) => patternRequirement(p));
    assert.ok(debug[0].some((clause) => clause.includes('flask') && clause.includes('run')));
    assert.ok(debug[0].some((clause) => clause.length === 1 && clause[0] === 'debug'));
    assert.deepStrictEqual(patternRequirement(rule('py/code-injection/eval-exec').patterns[0]), [['eval']]);
  });

  it('lets few rules run on every file', () => {
    const rules = scanner().ruleSet.rules;
    const always = rules.filter((r) => r.patterns.some((p) => patternRequirement(p).length === 0));
    assert.ok(always.length <= rules.length / 10, `${always.length} of ${rules.length} rules always run`);
  });

  it('skips a rule whose words are missing and runs it when they occur', () => {
    const set = scanner().ruleSet;
    const prefilter = new LanguagePrefilter('python', set.rules, set.libraries);
    const evalRule = rule('py/code-injection/eval-exec');
    const runs = (text: string): boolean => evalRule.patterns.some((p) => prefilter.select(text).admits(p));
    assert.strictEqual(runs('total = price * count\n'), false);
    assert.strictEqual(runs('value = EVAL(expr)\n'), true);
  });

  it('needs the words of a taint source for a tainted condition', () => {
    const set = scanner().ruleSet;
    const prefilter = new LanguagePrefilter('python', set.rules, set.libraries);
    // os.system(x) with no request source in the file cannot be a traced injection.
    const plain = prefilter.select('import os\nos.system(cmd)\n');
    const traced = prefilter.select('import os\nfrom flask import request\nos.system(request.args["c"])\n');
    assert.ok(plain.rulesRun < traced.rulesRun, `${plain.rulesRun} rules without a source, ${traced.rulesRun} with`);
  });
});

describe('prefilter: findings never change', function () {
  this.timeout(600_000);
  const inputs = (): Array<{ name: string; text: string; language: LanguageId }> => {
    const files = ['examples', 'bench/corpus', 'rules', 'test/fixtures'].flatMap((dir) =>
      listFiles(path.join(REPO, dir), (n) => !!languageForPath(n)),
    );
    const generated = BENCH_LANGUAGES.map((language) => {
      const ext = { python: 'py', javascript: 'js', typescript: 'ts', go: 'go', java: 'java' }[language];
      return { name: `generated.${ext}`, text: generateFile(language, 2000, 3000), language: language as LanguageId };
    });
    return [
      // Provider tokens written as fragments are joined, as the fixture tests do.
      ...files.map((f) => ({
        name: f,
        text: joinTokenMarkers(fs.readFileSync(f, 'utf8')),
        language: languageForPath(f)!,
      })),
      ...generated,
    ];
  };

  it('reports the same findings with and without it on every fixture, example, corpus and generated file', async () => {
    const s = scanner();
    const counters: PrefilterCounters = { files: 0, rules: 0, rulesRun: 0 };
    const differing: string[] = [];
    // A budget no loaded machine runs out of: both scans must do all their work.
    const budgetMs = 1e9;
    for (const { name, text, language } of inputs()) {
      const full = await s.scanText(text, language, { prefilter: false, budgetMs });
      const filtered = await s.scanText(text, language, { budgetMs, counters });
      if (JSON.stringify(full.findings) !== JSON.stringify(filtered.findings)) differing.push(path.basename(name));
    }
    assert.deepStrictEqual(differing, []);
    // And it pays: well under half of the rule checks run (fixtures are written to trigger rules).
    assert.ok(counters.files > 200);
    assert.ok(counters.rulesRun < counters.rules / 2, `${counters.rulesRun} of ${counters.rules} rule checks ran`);
  });

  it('reports the same findings from a plan of only the admitted patterns (a one-file run)', async () => {
    const own = createNodeScanner([], { wasmDir: path.join(REPO, 'dist', 'wasm'), rules: path.join(REPO, 'rules') });
    // Every file gets its own plan here; a real run compiles the whole catalogue after a few.
    own.ruleSet.subsetPlans = Infinity;
    const differing: string[] = [];
    const sample = inputs().filter((_, i) => i % 4 === 0);
    assert.ok(sample.length > 30, `${sample.length} files`);
    for (const { name, text, language } of sample) {
      const full = await scanner().scanText(text, language, { prefilter: false, budgetMs: 1e9 });
      const alone = await own.scanText(text, language, { budgetMs: 1e9 });
      if (JSON.stringify(full.findings) !== JSON.stringify(alone.findings)) differing.push(path.basename(name));
    }
    assert.deepStrictEqual(differing, []);
  });
});
