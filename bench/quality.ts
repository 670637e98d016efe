// `npm run bench:quality`: precision and recall per class and per language on the project's own
// labeled corpus (rule fixtures + examples/), scored as shared/docs/labels.md says: a finding
// matches a label in the same file, on the labeled line ±1, with the same class. Unlabeled
// findings count neither way. Also reports fix coverage (findings with a fix / findings, safe and
// review apart) and how many safe fixes remove their finding, per language and corpus, over every
// file of the corpora. Writes bench/quality.md and bench/quality.json.

import * as fs from 'fs';
import * as path from 'path';
import { languageForPath, LanguageId } from '../server/src/engine';
import { Label, parseLabels } from '../server/src/engine/labels';
import { createNodeScanner } from '../server/src/host/node-assets';
import { FixCoverage } from './fix-coverage';
import { cellProblems, matrixCells, matrixTable } from './construct-matrix';
import { joinTokenMarkers } from './blind-inputs';

interface Tally {
  tp: number;
  fn: number;
  fp: number;
}

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : languageForPath(full) ? [full] : [];
  });
}

const LANGUAGE_GROUP: Record<LanguageId, string> = {
  javascript: 'javascript/typescript',
  typescript: 'javascript/typescript',
  tsx: 'javascript/typescript',
  python: 'python',
  go: 'go',
  java: 'java',
};

function ratio(a: number, b: number): string {
  return b === 0 ? '—' : (a / b).toFixed(2);
}

async function main(): Promise<void> {
  const root = process.argv[2] ?? process.cwd();
  const corpora = (process.argv.slice(3).length ? process.argv.slice(3) : ['rules', 'examples', 'bench/corpus']).map(
    (c) => path.resolve(root, c),
  );
  const scanner = createNodeScanner();
  const byClass = new Map<string, Tally>();
  const byLanguage = new Map<string, Tally>();
  // Rule fixtures are what the rules were written against; examples/ and bench/corpus/ are
  // realistic files labeled independently: the honest estimate is the held-out one.
  const byCorpus = new Map<string, Tally>();
  const corpusOf = (file: string): string =>
    path.relative(root, file).startsWith('rules' + path.sep) ? 'rule fixtures' : 'held-out samples';
  const tally = (map: Map<string, Tally>, key: string): Tally => {
    let t = map.get(key);
    if (!t) map.set(key, (t = { tp: 0, fn: 0, fp: 0 }));
    return t;
  };
  const fixes = new FixCoverage();
  let files = 0;
  let labels = 0;
  const misses: string[] = [];
  for (const file of corpora.flatMap(walk)) {
    // Provider-token fixtures are written as {{token:…}} fragments, joined as the fixture tests join them.
    const text = joinTokenMarkers(fs.readFileSync(file, 'utf8'));
    const fileLabels: Label[] = parseLabels(text).filter(
      (l) => l.kind === 'expect' || l.kind === 'safe' || l.kind === 'todo-expect' || l.kind === 'todo-safe',
    );
    const language = languageForPath(file)!;
    const { findings } = await scanner.scanText(text, language);
    const group = LANGUAGE_GROUP[language];
    await fixes.add(
      scanner,
      text,
      language,
      findings,
      [group, `${group} (${corpusOf(file)})`],
      path.relative(root, file),
    );
    if (fileLabels.length === 0) continue;
    files++;
    for (const label of fileLabels) {
      for (const named of label.classes) {
        labels++;
        // A label may name a rule (go/open-redirect/referer-redirect): that rule, counted in its class.
        const cls = named.includes('/') ? named.split('/')[1] : named;
        const hit = findings.some(
          (f) =>
            (named.includes('/') ? f.ruleId === named : f.class === cls) &&
            Math.abs(f.range.start.line - label.line) <= 1,
        );
        const vulnerable = label.kind === 'expect' || label.kind === 'todo-expect';
        const t = [
          tally(byClass, cls),
          tally(byLanguage, LANGUAGE_GROUP[language]),
          tally(byCorpus, corpusOf(file)),
          tally(byLanguage, `${LANGUAGE_GROUP[language]} (${corpusOf(file)})`),
        ];
        if (vulnerable && hit) t.forEach((x) => x.tp++);
        else if (vulnerable) {
          t.forEach((x) => x.fn++);
          misses.push(`miss ${cls} ${path.relative(root, file)}:${label.line + 1}`);
        } else if (hit) {
          t.forEach((x) => x.fp++);
          misses.push(`false positive ${cls} ${path.relative(root, file)}:${label.line + 1}`);
        }
      }
    }
  }
  // The construct matrix (issue 18) is scored apart: its cells test the engine, not the rules.
  const cells = matrixCells(root);
  const cellResults = new Map<string, string[]>();
  for (const cell of cells) cellResults.set(cell.id, await cellProblems(scanner, cell));
  const rows = (map: Map<string, Tally>): string[] =>
    [...map.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([k, t]) =>
          `| ${k} | ${t.tp + t.fn} | ${t.tp} | ${t.fn} | ${t.fp} | ${ratio(t.tp, t.tp + t.fp)} | ${ratio(t.tp, t.tp + t.fn)} |`,
      );
  const header =
    '| | vulnerable labels | caught | missed | false positives | precision | recall |\n|---|---|---|---|---|---|---|';
  const total = [...byCorpus.values()].reduce((a, t) => ({ tp: a.tp + t.tp, fn: a.fn + t.fn, fp: a.fp + t.fp }), {
    tp: 0,
    fn: 0,
    fp: 0,
  });
  const md = [
    `# Warden detection quality on its own labeled corpus`,
    '',
    `${files} labeled files, ${labels} label/class pairs (${corpora.map((c) => path.relative(root, c)).join(', ')}); todo-labels count as what they describe.`,
    `Overall: precision ${ratio(total.tp, total.tp + total.fp)}, recall ${ratio(total.tp, total.tp + total.fn)}.`,
    '',
    '## By corpus',
    '',
    header.replace('| |', '| corpus |'),
    ...rows(byCorpus),
    '',
    '## By language',
    '',
    header.replace('| |', '| language |'),
    ...rows(byLanguage),
    '',
    '## By class',
    '',
    header.replace('| |', '| class |'),
    ...rows(byClass),
    '',
    '## Construct matrix (issue 18)',
    '',
    ...matrixTable(cells, cellResults),
    '',
    '## Fix coverage',
    '',
    'Every finding on every file of the corpora (labeled or not); a review fix is offered but never preferred.',
    '',
    ...fixes.table('language', (k) => !k.includes('(')),
    '',
    ...fixes.table('language (corpus)', (k) => k.includes('(')),
    '',
    ...(fixes.ineffective.length
      ? ['Safe fixes that leave their finding:', '', ...fixes.ineffective.map((m) => `- ${m}`), '']
      : []),
    ...(misses.length ? ['## Misses and false positives', '', ...misses.map((m) => `- ${m}`), ''] : []),
  ].join('\n');
  process.stdout.write(md + '\n');
  const outDir = path.join(root, 'bench');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'quality.md'), md + '\n');
  fs.writeFileSync(
    path.join(outDir, 'quality.json'),
    JSON.stringify(
      {
        files,
        labels,
        byCorpus: Object.fromEntries(byCorpus),
        byLanguage: Object.fromEntries(byLanguage),
        byClass: Object.fromEntries(byClass),
        fixCoverage: Object.fromEntries(fixes.byKey),
        ineffectiveFixes: fixes.ineffective,
        misses,
        constructMatrix: Object.fromEntries([...cellResults].map(([id, p]) => [id, p.length === 0 ? 'pass' : 'fail'])),
      },
      null,
      2,
    ) + '\n',
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
