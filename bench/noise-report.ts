// bench/noise.md from the noise benchmark's results: per project, lines and findings per code
// kind, severity and rule, and the hand-judged sample with each false positive's cause.

import { CODE_KINDS } from '../core/code-kind';
import type { NoiseResults, ProjectResult, SampledFinding } from './noise';

const row = (cells: Array<string | number>): string => `| ${cells.join(' | ')} |`;
const header = (cells: string[]): string[] => [row(cells), row(cells.map(() => '---'))];
const pct = (n: number): string => `${Math.round(n * 1000) / 10} %`;

function kindCells(values: Record<string, number>): number[] {
  return CODE_KINDS.map((k) => values[k]);
}

function overview(r: NoiseResults): string[] {
  const rows = [
    ...r.projects,
    { ...r.totals, name: '**total**', language: '', sources: [] } as unknown as ProjectResult,
  ];
  return [
    '## Lines and findings per code kind',
    '',
    'KLOC are non-blank lines of the files Warden scans (dependency manifests are scanned but not',
    'counted as lines). Findings are those of the run over every file; "default" is `warden scan .`',
    'with default options, as a user runs it. The last two columns are the product-code figures that',
    'must not rise: findings at warning or above, and those per KLOC.',
    '',
    ...header([
      'project',
      'language',
      'KLOC product / test / vendored / generated / minified',
      'findings product / test / vendored / generated / minified',
      'default: same',
      'product ≥ warning',
      'per KLOC',
    ]),
    ...rows.map((p) =>
      row([
        p.name,
        p.language,
        kindCells(p.kloc).join(' / '),
        kindCells(p.findings.all.byKind).join(' / '),
        kindCells(p.findings.byDefault.byKind).join(' / '),
        p.productWarningOrAbove,
        p.productWarningPerKloc,
      ]),
    ),
    '',
  ];
}

function severities(r: NoiseResults): string[] {
  return [
    '## Findings per severity (every file)',
    '',
    ...header(['project', 'error', 'warning', 'info', 'total', 'scan time (all / default)']),
    ...r.projects.map((p) =>
      row([
        p.name,
        p.findings.all.bySeverity.error,
        p.findings.all.bySeverity.warning,
        p.findings.all.bySeverity.info,
        p.findings.all.total,
        `${p.seconds.all} s / ${p.seconds.byDefault} s`,
      ]),
    ),
    row([
      '**total**',
      r.totals.findings.all.bySeverity.error,
      r.totals.findings.all.bySeverity.warning,
      r.totals.findings.all.bySeverity.info,
      r.totals.findings.all.total,
      `${r.totals.seconds.all} s / ${r.totals.seconds.byDefault} s`,
    ]),
    '',
  ];
}

function problems(r: NoiseResults): string[] {
  const files = r.totals.problemFiles;
  if (files.length === 0) return ['Every file was scanned in full (no rule stopped, no time budget ran out).', ''];
  return [
    `In ${files.length} file(s) a rule was stopped or the scan's time budget ran out, so some findings`,
    'there are missing and their count can vary with the load of the machine:',
    files.map((f) => `\`${f}\``).join(', ') + '.',
    '',
  ];
}

function rules(r: NoiseResults): string[] {
  const lines = ['## Findings per rule (every file)', '', ...header(['project', 'rule', ...CODE_KINDS])];
  for (const p of r.projects)
    for (const [rule, kinds] of Object.entries(p.byRule).sort(
      (a, b) => sum(b[1]) - sum(a[1]) || a[0].localeCompare(b[0]),
    ))
      lines.push(row([p.name, `\`${rule}\``, ...kindCells(kinds)]));
  return [...lines, ''];
}

const sum = (kinds: Record<string, number>): number => Object.values(kinds).reduce((a, b) => a + b, 0);

function sampleSection(r: NoiseResults): string[] {
  const s = r.sample;
  const drawn =
    s.population <= s.size
      ? `all ${s.population} product findings at warning or above`
      : `a random sample of ${s.size} of the ${s.population} product findings at warning or above (the ${s.size} whose FNV-1a hash of \`${s.seed}:key\` is lowest, so the sample moves by one when one finding comes or goes)`;
  const lines = [
    '## Hand-judged findings',
    '',
    `Judged: ${drawn}, each read at its line as an application-security reviewer would: **tp** a`,
    'reviewer would fix it, **fp** a reviewer would not (with the cause). Judgments are kept in',
    '`bench/noise-judged.json`, keyed `project:path:line:rule`, so later runs re-use them; a finding',
    'no judgment matches is listed as "not judged".',
    '',
    `- judged: ${s.judged} of ${s.findings.length}; true positives ${s.truePositives}, false positives ${s.falsePositives}`,
    `- false-positive rate: **${pct(s.falsePositiveRate)}**`,
    `- findings at warning or above a reviewer would not fix: **${s.notFixedPer10Kloc} per 10 KLOC** of product code` +
      ` (FP rate × ${s.population} findings / ${r.totals.kloc.product} KLOC × 10; target ≤ 1)`,
    '',
    ...header(['cause of the false positives', 'findings']),
    ...Object.entries(s.byCause)
      .sort((a, b) => b[1] - a[1])
      .map(([cause, n]) => row([cause, n])),
    '',
    ...header(['finding (project:path:line:rule)', 'severity', 'verdict', 'cause', 'why']),
    ...s.findings.map(judgedRow),
    '',
  ];
  if (s.alsoJudged.length === 0) return lines;
  const fp = s.alsoJudged.filter((f) => f.judgment?.verdict === 'fp').length;
  return [
    ...lines,
    ...byRule(r, [...s.findings, ...s.alsoJudged]),
    `### Also judged, outside the sample (${s.alsoJudged.length}: ${s.alsoJudged.length - fp} tp, ${fp} fp; not counted above)`,
    '',
    ...header(['finding (project:path:line:rule)', 'severity', 'verdict', 'cause', 'why']),
    ...s.alsoJudged.map(judgedRow),
    '',
  ];
}

/** Every judged finding (sample and outside it) per rule: where the false positives come from. */
function byRule(r: NoiseResults, findings: SampledFinding[]): string[] {
  const rules = new Map<string, { tp: number; fp: number; causes: Map<string, number> }>();
  for (const f of findings) {
    if (!f.judgment) continue;
    const entry = rules.get(f.ruleId) ?? { tp: 0, fp: 0, causes: new Map<string, number>() };
    rules.set(f.ruleId, entry);
    if (f.judgment.verdict === 'tp') entry.tp++;
    else {
      entry.fp++;
      const cause = f.judgment.cause ?? 'other';
      entry.causes.set(cause, (entry.causes.get(cause) ?? 0) + 1);
    }
  }
  const judged = [...rules.values()].reduce((n, e) => n + e.tp + e.fp, 0);
  const fps = [...rules.values()].reduce((n, e) => n + e.fp, 0);
  const complete = judged === r.sample.population;
  return [
    `### Every judged finding, per rule (${judged} of the ${r.sample.population} product findings at warning or above)`,
    '',
    complete
      ? `All of them are judged: ${judged - fps} tp, ${fps} fp, so exactly ${Math.round((fps / r.totals.kloc.product) * 1000) / 100} findings a reviewer would not fix per 10 KLOC of product code.`
      : 'Not all of them are judged; the sample above gives the estimate.',
    '',
    ...header(['rule', 'tp', 'fp', 'causes of the false positives']),
    ...[...rules.entries()]
      .sort((a, b) => b[1].fp - a[1].fp || a[0].localeCompare(b[0]))
      .map(([rule, e]) =>
        row([`\`${rule}\``, e.tp, e.fp, [...e.causes.entries()].map(([cause, n]) => `${cause} ${n}`).join(', ')]),
      ),
    '',
  ];
}

function judgedRow(f: SampledFinding): string {
  const j = f.judgment;
  const cell = (text: string): string => text.replace(/\|/g, '\\|');
  return row([
    `\`${cell(f.key)}\``,
    f.severity,
    j ? j.verdict : 'not judged',
    j?.cause ?? '',
    cell(j?.note ?? f.message.split('. ')[0]),
  ]);
}

/** The figures issue 17 is judged by, before its work and now, per project and in total. */
function beforeAfter(r: NoiseResults, before: NoiseResults): string[] {
  const arrow = (a: number | string | undefined, b: number | string): string =>
    a === undefined || a === b ? `${b}` : `${a} → ${b}`;
  const outside = (t: ProjectResult['findings']['byDefault']): number =>
    t.byKind.vendored + t.byKind.generated + t.byKind.minified;
  // As a user runs it: the every-file run passes --include-tests, which reports test code like product code.
  const testAboveInfo = (p: ProjectResult): number | undefined => p.findings.byDefault.aboveInfoByKind?.test;
  const pairs: Array<[ProjectResult | undefined, ProjectResult]> = r.projects.map((p) => [
    before.projects.find((b) => b.id === p.id),
    p,
  ]);
  const total = (x: NoiseResults): ProjectResult => ({ ...x.totals, name: '**total**' }) as unknown as ProjectResult;
  pairs.push([total(before), total(r)]);
  return [
    `## Before and after (issue 17: before = commit ${before.warden.commit}, now = ${r.warden.commit})`,
    '',
    ...header([
      'project',
      'product KLOC',
      'product findings ≥ warning',
      'per KLOC',
      'test findings ≥ warning by default',
      'vendored/generated/minified findings by default',
    ]),
    ...pairs.map(([b, p]) =>
      row([
        p.name,
        arrow(b?.kloc.product, p.kloc.product),
        arrow(b?.productWarningOrAbove, p.productWarningOrAbove),
        arrow(b?.productWarningPerKloc, p.productWarningPerKloc),
        arrow(b ? (testAboveInfo(b) ?? '?') : undefined, testAboveInfo(p) ?? '?'),
        arrow(b ? outside(b.findings.byDefault) : undefined, outside(p.findings.byDefault)),
      ]),
    ),
    '',
    `Judged sample: false-positive rate ${arrow(pct(before.sample.falsePositiveRate), pct(r.sample.falsePositiveRate))};` +
      ` findings a reviewer would not fix per 10 KLOC of product code ${arrow(before.sample.notFixedPer10Kloc, r.sample.notFixedPer10Kloc)}` +
      ` (target ≤ 1; judged ${before.sample.judged} → ${r.sample.judged} of the sample).`,
    '',
  ];
}

export function renderNoiseMarkdown(r: NoiseResults, before?: NoiseResults): string {
  return [
    '# Noise benchmark: Warden on real, well-maintained code',
    '',
    '```sh',
    'npm ci                # builds dist/ (the CLI this benchmark runs)',
    'npm run bench:noise   # fetches into the cache on first use, scans, writes bench/noise.json and this file',
    '```',
    '',
    `Cache: \`${r.cache}\` (set \`WARDEN_NOISE_CACHE\` to move it): Debian packages (\`apt-get download\`,`,
    '`dpkg-deb -x`) and npm tarballs (`npm pack`) at the versions pinned in `bench/noise-sources.ts`,',
    'laid out one folder per project. Nothing is fetched by `npm test`. `--latest` takes the',
    "mirror's current Debian point release when the pinned one is gone; `--only id,id` scans some",
    'projects and prints the JSON without writing these files; `--rejudge` applies',
    '`bench/noise-judged.json` to the last run again without scanning.',
    '',
    `Warden ${r.warden.version} at commit ${r.warden.commit}. Code kinds by \`core/code-kind.ts\` (policy.md,`,
    '"Code kinds"), paths relative to each project\'s folder. The "every file" run names each file',
    `on the command line${r.includeFlags.length ? ` with ${r.includeFlags.map((f) => `\`${f}\``).join(', ')}` : ''}, so`,
    'findings in test, vendored, generated and minified files are counted whatever the defaults skip.',
    '',
    ...(before ? beforeAfter(r, before) : []),
    '## Sources',
    '',
    ...header(['project', 'packages']),
    ...r.projects.map((p) => row([p.name, p.sources.map((s) => `\`${s}\``).join(', ')])),
    '',
    'What the code kinds hold here: Debian ships the Go packages with their tests (`*_test.go`,',
    "`testdata/`) and fastify's npm package has its `test/` folder; Django's `django/test/` (the",
    "testing framework Django ships) is test by the folder rule, and its admin's",
    "`static/admin/js/vendor/` (jQuery, select2, XRegExp) is vendored; next's `compiled/*` are",
    'minified bundles of its dependencies.',
    '',
    ...overview(r),
    ...severities(r),
    ...problems(r),
    ...sampleSection(r),
    ...rules(r),
  ].join('\n');
}
