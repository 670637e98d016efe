// `npm run bench:noise [-- --latest | --only id,id | --rejudge]`: how noisy Warden is on real,
// well-maintained code. Fetches the pinned projects of noise-sources.ts into the cache (apt-get
// and npm only), scans each with the built CLI, classifies every file by code kind
// (core/code-kind.ts) and writes bench/noise.json and bench/noise.md, applying the hand
// judgments of bench/noise-judged.json to the sample of product findings at warning or above.
// `--before` writes bench/noise-before.json instead, the reference every later noise.md is
// compared with; WARDEN_NOISE_CLI=<other checkout>/dist/cli.js measures another commit's build.

import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CODE_KINDS, CodeKind } from '../core/code-kind';
import { CACHE, prepareProjects, Project, PROJECTS, sourceVersions } from './noise-sources';
import { CLI, includeFlags, NoiseFinding, ProjectScan, scanProject } from './noise-scan';
import { renderNoiseMarkdown } from './noise-report';

const REPO = path.resolve(__dirname, '..');
export const SAMPLE_SIZE = 80;
export const SAMPLE_SEED = 17;
export const FP_CAUSES = [
  'test code',
  'vendored',
  'generated/minified',
  'secret shape',
  'Go idiom',
  'API identity',
  'referer redirect',
  'duplicate dependency',
  'other',
] as const;

export interface Judgment {
  verdict: 'tp' | 'fp';
  cause?: (typeof FP_CAUSES)[number];
  note: string;
}
export type Tally = {
  total: number;
  byKind: Record<CodeKind, number>;
  /** Findings at warning or above per kind (absent in results written before it was counted). */
  aboveInfoByKind?: Record<CodeKind, number>;
  bySeverity: Record<string, number>;
};
export interface ProjectResult {
  id: string;
  name: string;
  language: string;
  sources: string[];
  files: Record<CodeKind, number>;
  kloc: Record<CodeKind, number>;
  findings: { all: Tally; byDefault: Tally };
  /** rule id → findings per code kind (every file scanned). */
  byRule: Record<string, Record<CodeKind, number>>;
  productWarningOrAbove: number;
  productWarningPerKloc: number;
  /** Files whose every-file scan reported a problem: a rule stopped or the time budget ran out. */
  problemFiles: string[];
  seconds: { all: number; byDefault: number };
}
export interface SampledFinding extends Omit<NoiseFinding, 'kind'> {
  key: string;
  project: string;
  judgment?: Judgment;
}
export interface NoiseResults {
  command: string;
  cache: string;
  warden: { version: string; commit: string };
  includeFlags: string[];
  sources: Record<string, string>;
  projects: ProjectResult[];
  totals: Omit<ProjectResult, 'id' | 'name' | 'language' | 'sources'>;
  sample: {
    seed: number;
    size: number;
    population: number;
    judged: number;
    truePositives: number;
    falsePositives: number;
    falsePositiveRate: number;
    byCause: Record<string, number>;
    /** Estimated findings at warning or above a reviewer would not fix, per 10 KLOC of product code. */
    notFixedPer10Kloc: number;
    findings: SampledFinding[];
    /** Judged findings of the population outside the sample: reported, not counted in the rates. */
    alsoJudged: SampledFinding[];
  };
  /** The whole population (product, warning or above), so judgments can be re-applied without a scan. */
  productFindings: SampledFinding[];
}

const zeroKinds = (): Record<CodeKind, number> =>
  Object.fromEntries(CODE_KINDS.map((k) => [k, 0])) as Record<CodeKind, number>;
const atLeastWarning = (f: { severity: string }): boolean => f.severity === 'warning' || f.severity === 'error';
const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;

export function findingKey(projectId: string, f: Pick<NoiseFinding, 'path' | 'line' | 'ruleId'>): string {
  return `${projectId}:${f.path}:${f.line}:${f.ruleId}`;
}

function tally(findings: NoiseFinding[]): Tally {
  const t: Tally = {
    total: findings.length,
    byKind: zeroKinds(),
    aboveInfoByKind: zeroKinds(),
    bySeverity: { error: 0, warning: 0, info: 0 },
  };
  const aboveInfo = t.aboveInfoByKind as Record<CodeKind, number>;
  for (const f of findings) {
    t.byKind[f.kind]++;
    if (atLeastWarning(f)) aboveInfo[f.kind]++;
    t.bySeverity[f.severity]++;
  }
  return t;
}

function summarize(project: Project, scan: ProjectScan): ProjectResult {
  const files = zeroKinds();
  const lines = zeroKinds();
  for (const f of scan.files) {
    files[f.kind]++;
    lines[f.kind] += f.lines;
  }
  const byRule: ProjectResult['byRule'] = {};
  for (const f of scan.all) (byRule[f.ruleId] ??= zeroKinds())[f.kind]++;
  const productWarning = scan.all.filter((f) => f.kind === 'product' && atLeastWarning(f)).length;
  const sources = [...new Set(project.parts.map((p) => ('deb' in p.from ? `deb:${p.from.deb}` : `npm:${p.from.npm}`)))];
  return {
    id: project.id,
    name: project.name,
    language: project.language,
    sources: sources.map((s) => `${s}@${sourceVersions()[s]}`),
    files,
    kloc: Object.fromEntries(CODE_KINDS.map((k) => [k, round(lines[k] / 1000, 1)])) as Record<CodeKind, number>,
    findings: { all: tally(scan.all), byDefault: tally(scan.byDefault) },
    byRule,
    productWarningOrAbove: productWarning,
    productWarningPerKloc: lines.product ? round(productWarning / (lines.product / 1000), 3) : 0,
    problemFiles: [...new Set(scan.problems.map((p) => p.path))].sort(),
    seconds: { all: round(scan.seconds.all, 1), byDefault: round(scan.seconds.byDefault, 1) },
  };
}

function addTallies(a: Tally, b: Tally): Tally {
  const byKind = zeroKinds();
  const aboveInfoByKind = zeroKinds();
  for (const k of CODE_KINDS) {
    byKind[k] = a.byKind[k] + b.byKind[k];
    aboveInfoByKind[k] = (a.aboveInfoByKind?.[k] ?? 0) + (b.aboveInfoByKind?.[k] ?? 0);
  }
  const bySeverity: Record<string, number> = {};
  for (const s of ['error', 'warning', 'info']) bySeverity[s] = (a.bySeverity[s] ?? 0) + (b.bySeverity[s] ?? 0);
  return { total: a.total + b.total, byKind, aboveInfoByKind, bySeverity };
}

function totalsOf(projects: ProjectResult[]): NoiseResults['totals'] {
  const empty = (): Tally => ({ total: 0, byKind: zeroKinds(), bySeverity: { error: 0, warning: 0, info: 0 } });
  const files = zeroKinds();
  const kloc = zeroKinds();
  const byRule: ProjectResult['byRule'] = {};
  let all = empty();
  let byDefault = empty();
  for (const p of projects) {
    for (const k of CODE_KINDS) {
      files[k] += p.files[k];
      kloc[k] = round(kloc[k] + p.kloc[k], 1);
    }
    for (const [rule, kinds] of Object.entries(p.byRule))
      for (const k of CODE_KINDS) (byRule[rule] ??= zeroKinds())[k] += kinds[k];
    all = addTallies(all, p.findings.all);
    byDefault = addTallies(byDefault, p.findings.byDefault);
  }
  const productWarningOrAbove = projects.reduce((n, p) => n + p.productWarningOrAbove, 0);
  return {
    files,
    kloc,
    findings: { all, byDefault },
    byRule,
    productWarningOrAbove,
    productWarningPerKloc: kloc.product ? round(productWarningOrAbove / kloc.product, 3) : 0,
    problemFiles: projects.flatMap((p) => p.problemFiles.map((f) => `${p.id}:${f}`)),
    seconds: {
      all: round(
        projects.reduce((s, p) => s + p.seconds.all, 0),
        1,
      ),
      byDefault: round(
        projects.reduce((s, p) => s + p.seconds.byDefault, 0),
        1,
      ),
    },
  };
}

/** FNV-1a, 32 bits: a stable pseudo-random rank for a string. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * Every item when there are few, else the `size` items whose keys hash lowest with the seed: a
 * random sample that changes by one item when one finding appears or goes, so judgments keep applying.
 */
export function drawSample<T extends { key: string }>(population: T[], size: number, seed: number): T[] {
  if (population.length <= size) return population;
  const ranked = population.map((item, index) => ({ item, index, rank: fnv1a(`${seed}:${item.key}`) }));
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return ranked
    .slice(0, size)
    .sort((a, b) => a.index - b.index)
    .map((o) => o.item);
}

/** Product findings at warning or above: the population the judged sample is drawn from. */
function productPopulation(scans: Array<{ project: Project; scan: ProjectScan }>): SampledFinding[] {
  return scans.flatMap(({ project, scan }) =>
    scan.all
      .filter((f) => f.kind === 'product' && atLeastWarning(f))
      .map(({ kind: _kind, message, ...f }) => ({
        ...f,
        message: message.split(/(?<=\.) /)[0].slice(0, 160),
        key: findingKey(project.id, f),
        project: project.id,
      })),
  );
}

/** The sample with its judgments and the rates they give; judged findings outside it are listed apart. */
export function judgeSample(
  population: SampledFinding[],
  judgments: Record<string, Judgment>,
  productKloc: number,
): NoiseResults['sample'] {
  const withJudgment = (f: SampledFinding): SampledFinding => ({ ...f, judgment: judgments[f.key] });
  const findings = drawSample(population, SAMPLE_SIZE, SAMPLE_SEED).map(withJudgment);
  const inSample = new Set(findings.map((f) => f.key));
  const judged = findings.filter((f) => f.judgment);
  const fps = judged.filter((f) => f.judgment?.verdict === 'fp');
  const byCause: Record<string, number> = {};
  for (const f of fps) byCause[f.judgment?.cause ?? 'other'] = (byCause[f.judgment?.cause ?? 'other'] ?? 0) + 1;
  const fpRate = judged.length ? fps.length / judged.length : 0;
  return {
    seed: SAMPLE_SEED,
    size: SAMPLE_SIZE,
    population: population.length,
    judged: judged.length,
    truePositives: judged.length - fps.length,
    falsePositives: fps.length,
    falsePositiveRate: round(fpRate, 3),
    byCause,
    notFixedPer10Kloc: productKloc ? round((fpRate * population.length) / (productKloc / 10), 2) : 0,
    findings,
    alsoJudged: population.filter((f) => !inSample.has(f.key) && judgments[f.key]).map(withJudgment),
  };
}

const JSON_FILE = path.join(REPO, 'bench', 'noise.json');
/** The results before issue 17's work (written once with --before), shown beside every later run. */
const BEFORE_FILE = path.join(REPO, 'bench', 'noise-before.json');

function readJudgments(): Record<string, Judgment> {
  const file = path.join(REPO, 'bench', 'noise-judged.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
}

function writeResults(results: NoiseResults, asBefore = false): void {
  const file = asBefore ? BEFORE_FILE : JSON_FILE;
  fs.writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  // The JSON is checked by `prettier --check .` like every other JSON file of the repository.
  execFileSync(path.join(REPO, 'node_modules', '.bin', 'prettier'), ['--write', file], { stdio: 'ignore' });
  if (asBefore) return;
  const before = fs.existsSync(BEFORE_FILE)
    ? (JSON.parse(fs.readFileSync(BEFORE_FILE, 'utf8')) as NoiseResults)
    : undefined;
  fs.writeFileSync(path.join(REPO, 'bench', 'noise.md'), renderNoiseMarkdown(results, before));
}

/** `--rejudge`: apply bench/noise-judged.json to the last run's findings again, without scanning. */
function rejudge(): void {
  const results = JSON.parse(fs.readFileSync(JSON_FILE, 'utf8')) as NoiseResults;
  results.sample = judgeSample(results.productFindings, readJudgments(), results.totals.kloc.product);
  writeResults(results);
  warn(
    `judged ${results.sample.judged} of ${results.sample.findings.length}, ${results.sample.falsePositives} false positives`,
  );
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: path.dirname(CLI), encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function warn(line: string): void {
  process.stderr.write(`${line}\n`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? new Set(argv[onlyAt + 1].split(',')) : undefined;
  const latest = argv.includes('--latest');
  if (argv.includes('--rejudge')) return rejudge();
  const dirs = prepareProjects({ latest, log: warn });
  const flags = includeFlags();
  const judgments = readJudgments();
  const scans: Array<{ project: Project; scan: ProjectScan }> = [];
  for (const project of PROJECTS.filter((p) => !only || only.has(p.id))) {
    const scan = scanProject(dirs.get(project) as string, flags);
    warn(
      `${project.name}: ${scan.files.length} files, ${scan.all.length} findings (${scan.byDefault.length} by default), ` +
        `${(scan.seconds.all + scan.seconds.byDefault).toFixed(1)} s`,
    );
    scans.push({ project, scan });
  }
  const projects = scans.map(({ project, scan }) => summarize(project, scan));
  const population = productPopulation(scans);
  const totals = totalsOf(projects);
  const version = execFileSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' });
  const results: NoiseResults = {
    command: 'npm run bench:noise',
    cache: CACHE.replace(process.env.HOME ?? '\0', '~'),
    // `--version` goes on with the advisory sources; the report names the release line only.
    warden: { version: version.trim().split('\n')[0], commit: gitCommit() },
    includeFlags: flags,
    sources: sourceVersions(),
    projects,
    totals,
    sample: judgeSample(population, judgments, totals.kloc.product),
    productFindings: population,
  };
  if (only) {
    process.stdout.write(JSON.stringify(results, null, 2) + '\n');
    return;
  }
  writeResults(results, argv.includes('--before'));
  const s = results.sample;
  warn(
    `product: ${totals.kloc.product} KLOC, ${totals.productWarningOrAbove} findings at warning or above ` +
      `(${totals.productWarningPerKloc}/KLOC); judged ${s.judged} of ${s.findings.length} sampled, ` +
      `${s.falsePositives} false positives; written bench/noise.json and bench/noise.md`,
  );
}

if (require.main === module)
  main().catch((e) => {
    console.error(e);
    process.exit(2);
  });
