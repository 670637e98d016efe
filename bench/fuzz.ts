// `npm run fuzz -- [--iterations N] [--seed S] [--minutes M] [--generator name,…] [--case I]
// [--targets code,manifests,rules,lsp]` Feeds mutated fixtures and hostile documents to the engine
// and checks every scan (see fuzz-lib.ts); then manifests, rule files and LSP framing
// (fuzz-targets.ts). Prints inputs tried, failures (each saved as a reproducer under
// fuzz-failures/) and the slowest inputs. Exit code 1 when anything failed. `--case I` replays one input of a seed.

import * as fs from 'fs';
import * as path from 'path';
import { createNodeScanner } from '../server/src/host/node-assets';
import { CaseResult, GeneratorName, GENERATORS } from './fuzz-lib';
import { FuzzSession, loadCorpus } from './fuzz-corpus';
import { runTargets, Target, TARGETS } from './fuzz-targets';

interface Options {
  iterations: number;
  seed: number;
  minutes: number;
  generators: GeneratorName[];
  targets: Target[];
  only?: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    iterations: 2000,
    seed: Date.now() % 1_000_000,
    minutes: Infinity,
    generators: GENERATORS,
    targets: [...TARGETS],
  };
  for (let i = 0; i < argv.length; i++) {
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${argv[i - 1]} needs a value`);
      return v;
    };
    switch (argv[i]) {
      case '--iterations':
        options.iterations = Number(value());
        break;
      case '--seed':
        options.seed = Number(value());
        break;
      case '--minutes':
        options.minutes = Number(value());
        if (!argv.includes('--iterations')) options.iterations = Infinity;
        break;
      case '--case':
        options.only = Number(value());
        break;
      case '--targets':
        options.targets = value()
          .split(',')
          .filter((t): t is Target => (TARGETS as readonly string[]).includes(t));
        break;
      case '--generator': {
        const names = value().split(',') as GeneratorName[];
        const unknown = names.filter((n) => !GENERATORS.includes(n));
        if (unknown.length)
          throw new Error(`unknown generator(s) ${unknown.join(', ')}; known: ${GENERATORS.join(', ')}`);
        options.generators = names;
        break;
      }
      default:
        throw new Error(`unknown option ${argv[i]}`);
    }
  }
  return options;
}

function repoRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'rules'))) return dir;
  }
  return process.cwd();
}

const EXTENSIONS: Record<string, string> = {
  java: 'java',
  javascript: 'js',
  typescript: 'ts',
  tsx: 'tsx',
  python: 'py',
  go: 'go',
};

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const repo = repoRoot();
  // The source-code corpus is parsed and scanned once up front: only when code is fuzzed.
  const session = new FuzzSession(createNodeScanner(), options.targets.includes('code') ? loadCorpus(repo) : []);
  await session.prepare();
  const deadline = Date.now() + options.minutes * 60_000;
  const outDir = path.join(repo, 'fuzz-failures');
  const results: Array<CaseResult & { index: number; generator: string }> = [];
  const perGenerator = new Map<string, number>();
  let failed = 0;
  const first = options.only ?? 0;
  const last = options.only ?? (options.targets.includes('code') ? options.iterations - 1 : -1);
  // With --minutes and other targets, source code gets half of the time.
  const others = options.targets.filter((t) => t !== 'code');
  const codeDeadline = others.length && Number.isFinite(options.minutes) ? (Date.now() + deadline) / 2 : deadline;
  console.log(
    `warden fuzz: seed ${options.seed}, corpus ${session.corpus.length} files, ${options.only !== undefined ? `case ${options.only}` : Number.isFinite(options.iterations) ? `${options.iterations} inputs` : `${options.minutes} min`}`,
  );
  for (let index = first; index <= last && Date.now() < codeDeadline; index++) {
    const { generator, input } = session.makeCase(options.seed, index, options.generators);
    const result = await session.run(input);
    perGenerator.set(generator, (perGenerator.get(generator) ?? 0) + 1);
    results.push({ ...result, index, generator });
    if (result.failures.length > 0) {
      failed++;
      fs.mkdirSync(outDir, { recursive: true });
      const base = path.join(outDir, `seed${options.seed}-case${index}-${generator}`);
      fs.writeFileSync(`${base}.${EXTENSIONS[input.language]}`, input.text);
      fs.writeFileSync(
        `${base}.json`,
        JSON.stringify(
          {
            seed: options.seed,
            case: index,
            replay: `npm run fuzz -- --seed ${options.seed} --case ${index}`,
            label: input.label,
            language: input.language,
            maxBytes: input.maxBytes,
            failures: result.failures,
          },
          null,
          2,
        ),
      );
      console.log(
        `FAIL case ${index} ${input.label}\n  ${result.failures.map((f) => f.split('\n')[0]).join('\n  ')}\n  reproducer: ${path.relative(repo, base)}.*`,
      );
    }
    if ((index + 1) % 250 === 0) console.log(`  ${index + 1} inputs, ${failed} failing`);
  }
  session.dispose();
  const slowest = [...results].sort((a, b) => b.ms - a.ms).slice(0, 5);
  const noticed = results.filter((r) => r.notices.length > 0).length;
  console.log(`\ninputs tried: ${results.length} (${[...perGenerator].map(([g, n]) => `${g} ${n}`).join(', ')})`);
  console.log(`failures: ${failed}${failed ? ` (reproducers in ${path.relative(repo, outDir)}/)` : ''}`);
  console.log(
    `findings checked: ${results.reduce((s, r) => s + r.findings, 0)}, fixes applied and re-parsed: ${results.reduce((s, r) => s + r.fixesApplied, 0)}, budget/skip notices: ${noticed}`,
  );
  console.log('slowest inputs:');
  for (const r of slowest)
    console.log(`  ${r.ms} ms  case ${r.index}  ${r.label}${r.notices.length ? `  [${r.notices[0]}]` : ''}`);
  if (options.only === undefined && others.length)
    failed += await runTargets(others, options.seed, options.iterations, deadline, repo);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  },
);
