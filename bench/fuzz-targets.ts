// `npm run fuzz -- --targets manifests,rules,lsp`: the non-code fuzz targets (fuzz-manifests.ts,
// fuzz-lsp.ts) at length, with timing checks that npm test leaves out: a manifest scan or a rule
// file load over TIME_LIMIT_MS fails (the 2 MB hostile manifests included), as does a deaf server.

import * as fs from 'fs';
import * as path from 'path';
import { defaultAssets, readRules } from '../server/src/host/node-assets';
import { loadRuleSources } from '../server/src/engine/rule-loader';
import { loadSnapshot } from '../server/src/sca/snapshot-file';
import { caseSeed } from './fuzz-corpus';
import { Rng } from './fuzz-lib';
import { frameCase, runFrameCases } from './fuzz-lsp';
import { checkManifest, checkRuleFile, manifestCase, ruleFileCase, TextCase } from './fuzz-manifests';

export const TARGETS = ['code', 'manifests', 'rules', 'lsp'] as const;
export type Target = (typeof TARGETS)[number];

const TIME_LIMIT_MS = 3000;
/** LSP cases start processes and wait for answers: a bounded count whatever --iterations says. */
const LSP_CASES = 150;

/** One hostile manifest at the 2 MB limit, one case in twenty. */
function sized(rng: Rng, input: TextCase): TextCase {
  if (!rng.chance(0.05)) return input;
  const run = rng.pick([' ', '"', '<', '[', '{"a":', "implementation '", 'a==1\n', '/*']);
  const at = rng.int(input.text.length + 1);
  const text = input.text.slice(0, at) + run.repeat(Math.floor((2 * 1024 * 1024) / run.length)) + input.text.slice(at);
  return { ...input, label: `${input.label} +2MB(${JSON.stringify(run)})@${at}`, text };
}

function save(repo: string, seed: number, index: number, input: TextCase, failures: string[]): void {
  const dir = path.join(repo, 'fuzz-failures');
  fs.mkdirSync(dir, { recursive: true });
  const base = path.join(dir, `seed${seed}-case${index}-${path.basename(input.file)}`);
  fs.writeFileSync(base, input.text);
  fs.writeFileSync(`${base}.json`, JSON.stringify({ seed, case: index, label: input.label, failures }, null, 2));
}

/** Runs the manifest, rule-file and LSP-framing targets; returns the number of failing inputs. */
export async function runTargets(
  targets: Target[],
  seed: number,
  iterations: number,
  deadline: number,
  repo: string,
): Promise<number> {
  let failed = 0;
  const report = (input: { label: string }, failures: string[], ms: number): void => {
    if (ms > TIME_LIMIT_MS) failures.push(`took ${ms} ms (limit ${TIME_LIMIT_MS})`);
    if (failures.length === 0) return;
    failed++;
    console.log(`FAIL ${input.label.slice(0, 200)}\n  ${failures.map((f) => f.split('\n')[0]).join('\n  ')}`);
  };
  if (targets.includes('manifests')) {
    const snapshot = loadSnapshot();
    let n = 0;
    for (let i = 0; i < iterations && Date.now() < deadline; i++, n++) {
      const rng = new Rng(caseSeed(seed, i));
      const input = sized(rng, manifestCase(rng));
      const started = Date.now();
      const failures = checkManifest(input, snapshot);
      report(input, failures, Date.now() - started);
      if (failures.length) save(repo, seed, i, input, failures);
    }
    console.log(`manifests: ${n} inputs`);
  }
  if (targets.includes('rules')) {
    const builtIn = readRules(defaultAssets().rules);
    const ids = loadRuleSources(builtIn).rules.map((r) => r.id);
    let n = 0;
    for (let i = 0; i < Math.min(iterations, 1000) && Date.now() < deadline; i++, n++) {
      const input = ruleFileCase(new Rng(caseSeed(seed, i)), builtIn);
      const started = Date.now();
      const failures = checkRuleFile(input, builtIn, ids);
      report(input, failures, Date.now() - started);
      if (failures.length) save(repo, seed, i, input, failures);
    }
    console.log(`rule files: ${n} inputs`);
  }
  if (targets.includes('lsp')) {
    const cases = Array.from({ length: Math.min(iterations, LSP_CASES) }, (_, i) =>
      frameCase(new Rng(caseSeed(seed, i))),
    );
    const failures = await runFrameCases(path.join(repo, 'dist', 'server.js'), cases);
    for (const f of failures) report({ label: f }, [f], 0);
    console.log(`lsp frames: ${cases.length} inputs, ${failures.length} failing`);
  }
  return failed;
}
