// The fuzzer's seed corpus and its runner loop, shared by the mocha sample and `npm run fuzz`:
// the rule fixtures (rules/**), the shared acceptance seeds and the examples, each parsed and
// scanned once as the baseline the mutated inputs are compared with.

import * as fs from 'fs';
import * as path from 'path';
import { Finding, languageForPath, Scanner } from '../server/src/engine';
import {
  BaseInfo,
  CaseResult,
  checkCase,
  CorpusFile,
  FuzzCase,
  generate,
  GeneratorName,
  GENERATORS,
  minifiedJs,
  Rng,
} from './fuzz-lib';

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

/** Every fixture, seed and example Warden has a grammar for. */
export function loadCorpus(repo: string): CorpusFile[] {
  const dirs = [
    path.join(repo, 'rules'),
    path.join(repo, '..', 'shared', 'acceptance', 'seed'),
    path.join(repo, 'examples'),
  ];
  return dirs.flatMap(listFiles).flatMap((file) => {
    const language = languageForPath(file);
    return language ? [{ name: path.relative(repo, file), language, text: fs.readFileSync(file, 'utf8') }] : [];
  });
}

/** Seed of case `index` of a run: each case replays alone from (seed, index). */
export function caseSeed(seed: number, index: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
}

/** Expensive generators (10,000-deep nesting, 20 MB) are drawn less often than cheap mutations. */
const WEIGHTS: Record<GeneratorName, number> = {
  'random-bytes': 6,
  truncate: 8,
  'char-mutation': 12,
  'line-mutation': 10,
  splice: 8,
  'deep-nesting': 1,
  'minified-20mb': 0.25,
  'invalid-utf8': 8,
  'nul-bytes': 6,
  'line-endings': 8,
  'non-ascii-prefix': 16,
  'wrong-language': 4,
  'deep-sink': 1,
};

export function pickGenerator(rng: Rng, allowed: GeneratorName[] = GENERATORS): GeneratorName {
  const total = allowed.reduce((s, g) => s + WEIGHTS[g], 0);
  let r = rng.next() * total;
  for (const g of allowed) if ((r -= WEIGHTS[g]) < 0) return g;
  return allowed[allowed.length - 1];
}

export class FuzzSession {
  private readonly infos = new Map<string, Promise<BaseInfo>>();
  private big: string | undefined;

  constructor(
    readonly scanner: Scanner,
    readonly corpus: CorpusFile[],
  ) {}

  private info(file: CorpusFile): Promise<BaseInfo> {
    let found = this.infos.get(file.name);
    if (!found) {
      found = (async () => ({
        tree: await this.scanner.pool.parse(file.language, file.text),
        findings: (await this.scanner.scanText(file.text, file.language)).findings,
      }))();
      this.infos.set(file.name, found);
    }
    return found;
  }

  /** Parses and scans every corpus file once, so generators can use the results synchronously. */
  async prepare(): Promise<void> {
    await Promise.all(this.corpus.map((f) => this.info(f)));
    this.resolved = new Map(await Promise.all(this.corpus.map(async (f) => [f.name, await this.info(f)] as const)));
  }
  private resolved = new Map<string, BaseInfo>();

  bigText(): string {
    this.big ??= minifiedJs(20 * 1024 * 1024, new Rng(20));
    return this.big;
  }

  makeCase(seed: number, index: number, allowed?: GeneratorName[]): { generator: GeneratorName; input: FuzzCase } {
    const rng = new Rng(caseSeed(seed, index));
    const generator = pickGenerator(rng, allowed);
    const input = generate(
      rng,
      generator,
      this.corpus,
      (f) => this.resolved.get(f.name)!,
      () => this.bigText(),
    );
    return { generator, input };
  }

  async run(input: FuzzCase): Promise<CaseResult> {
    return checkCase(this.scanner, input, async (f): Promise<Finding[]> => (await this.info(f)).findings);
  }

  dispose(): void {
    for (const info of this.resolved.values()) info.tree.delete();
  }
}
