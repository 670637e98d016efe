// The fuzzer's CI sample for manifests, custom rule files and LSP framing (bench/fuzz-manifests.ts,
// bench/fuzz-lsp.ts), small and fixed-seed; `npm run fuzz -- --targets manifests,rules,lsp` runs
// them at length with timing checks and the hostile shapes still open on main.

import * as assert from 'assert';
import * as path from 'path';
import { caseSeed } from '../../bench/fuzz-corpus';
import { Rng } from '../../bench/fuzz-lib';
import { frameCase, runFrameCases } from '../../bench/fuzz-lsp';
import { checkManifest, checkRuleFile, manifestCase, MANIFEST_SEEDS, ruleFileCase } from '../../bench/fuzz-manifests';
import { loadRuleSources } from '../../server/src/engine/rule-loader';
import { readRules } from '../../server/src/host/node-assets';
import { loadSnapshot } from '../../server/src/sca/snapshot-file';
import { REPO } from '../helpers';

const SEED = 20261207;

describe('fuzz: manifests, rule files and LSP framing (fixed-seed sample)', function () {
  this.timeout(180000);

  it('150 mutated manifests of every format scan without an exception, ranges and fixes inside the document', () => {
    const snapshot = loadSnapshot(path.join(REPO, 'advisories', 'snapshot.json'));
    const failures: string[] = [];
    const files = new Set<string>();
    for (let i = 0; i < 150; i++) {
      const input = manifestCase(new Rng(caseSeed(SEED, i)));
      files.add(input.file.replace('.kts', ''));
      for (const f of checkManifest(input, snapshot)) failures.push(`case ${i} ${input.label}: ${f}`);
    }
    assert.deepStrictEqual(failures, []);
    assert.deepStrictEqual([...files].sort(), Object.keys(MANIFEST_SEEDS).sort(), 'every format was fuzzed');
  });

  it('20 mutated and hostile custom rule files load beside the built-in rules: problems, never an exception', () => {
    const builtIn = readRules(path.join(REPO, 'dist', 'rules.json'));
    const ids = loadRuleSources(builtIn).rules.map((r) => r.id);
    const failures: string[] = [];
    for (let i = 0; i < 20; i++) {
      const input = ruleFileCase(new Rng(caseSeed(SEED, i)), builtIn);
      for (const f of checkRuleFile(input, builtIn, ids)) failures.push(`case ${i} ${input.label}: ${f}`);
    }
    assert.deepStrictEqual(failures, []);
    const lost = checkRuleFile({ label: 'x', file: 'x.yaml', text: 'id: a\n' }, builtIn.slice(1), ids);
    assert.match(lost.join(), /built-in rules lost/, 'the oracle notices a missing built-in rule');
  });

  it('12 mutated frames (headers, bodies, params, split writes): the server answers, or exits on corrupt framing so its client restarts it', async () => {
    const cases = Array.from({ length: 12 }, (_, i) => frameCase(new Rng(caseSeed(SEED, i))));
    assert.deepStrictEqual(await runFrameCases(path.join(REPO, 'dist', 'server.js'), cases), []);
  });
});
