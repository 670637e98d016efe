// `npm run bench:blind [-- <set>…]`: scores the engine on the blind sets in bench/blind/<set>/ —
// probe files written before the engine work they measure, so the score is not tuned to them.
// Scoring as shared/docs/labels.md says: a finding matches a label in the same file, on the labeled
// line ±1, with the same class; unlabeled findings count neither way. Each file names the issue
// point it probes in its first line (`// point 7: …`), or in its name (`p07-…`). A comment line
// `policy: origin-not-traced` above a label marks a value passed whole from a parameter or an
// unresolved call, where policy.md asks for an info finding saying "origin not traced".
// Config files, JSON sidecar labels and token markers: see blind-inputs.ts.
// Writes bench/blind/<set>/RESULTS.md for every set scored.

import * as fs from 'fs';
import * as path from 'path';
import { languageForPath } from '../server/src/engine';
import type { Label } from '../server/src/engine/labels';
import { isConfigFile } from '../core/secrets/config-files';
import { isProbeFile, joinTokenMarkers, probeLabels } from './blind-inputs';
import type { Finding } from '../server/src/engine/types';
import { createNodeScanner } from '../server/src/host/node-assets';
import { eslintFindings } from './blind-eslint';
import { ensureEslintSuite } from './peers';

const REPO = path.resolve(__dirname, '..');
const BLIND = path.join(REPO, 'bench', 'blind');
const ORIGIN_MARKER = /^\s*(?:\/\/|#)\s*policy:\s*origin-not-traced\s*$/;
const ORIGIN_TEXT = /origin not traced/i;
const COMMENT_OR_BLANK = /^\s*(?:(?:\/\/|#|\/\*|\*).*)?$/;

interface Tally {
  expect: number;
  caught: number;
  safe: number;
  violated: number;
}

interface ScoredLabel {
  file: string;
  line: number;
  cls: string;
  kind: 'expect' | 'safe';
  hit: boolean;
  originMarked: boolean;
  matches: Finding[];
}

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      return e.isDirectory() ? walk(full) : isProbeFile(full) ? [full] : [];
    })
    .sort();
}

/** The issue point a probe file exercises: its header comment, else its file name. */
function pointOf(file: string, text: string): string {
  const header = /point\s+(\d+)/i.exec(text.split('\n', 1)[0]);
  if (header) return header[1];
  const name = /^p0*(\d+)[-_]/.exec(path.basename(file));
  return name ? name[1] : '?';
}

/** The language folder a probe sits in (bench/blind/<set>/<language>/…), else its parser's language. */
function languageOf(setDir: string, file: string): string {
  const first = path.relative(setDir, file).split(path.sep)[0];
  return first !== path.basename(file) ? first : (languageForPath(file) ?? '?');
}

/** Labels carrying the origin-not-traced marker: a marker line among the comments above the code line. */
function originMarkedLines(text: string, labels: Label[]): Set<number> {
  const lines = text.split(/\r\n|\r|\n/);
  const marked = new Set<number>();
  for (const label of labels) {
    for (let i = label.line - 1; i >= 0 && /^\s*(\/\/|#|\/\*|\*)/.test(lines[i]); i--) {
      if (ORIGIN_MARKER.test(lines[i])) marked.add(label.line);
    }
  }
  return marked;
}

/**
 * Expect and safe labels of one class that a single finding could match at ±1: adjacent code lines,
 * or two lines apart with code (not the label comment) between them.
 */
function conflicts(file: string, lines: string[], labels: Label[]): string[] {
  const out: string[] = [];
  const clash = (a: number, b: number): boolean =>
    Math.abs(a - b) <= 1 || (Math.abs(a - b) === 2 && !COMMENT_OR_BLANK.test(lines[Math.min(a, b) + 1]));
  for (const a of labels.filter((l) => l.kind === 'expect')) {
    for (const b of labels.filter((l) => l.kind === 'safe')) {
      for (const cls of a.classes.filter((c) => b.classes.includes(c))) {
        if (clash(a.line, b.line)) out.push(`${file}:${a.line + 1} and :${b.line + 1} (${cls})`);
      }
    }
  }
  return out;
}

function ratio(a: number, b: number): string {
  return b === 0 ? '—' : (a / b).toFixed(2);
}

function table(title: string, map: Map<string, Tally>, filesOf?: Map<string, Set<string>>): string[] {
  const rows = [...map.entries()]
    .sort(([a], [b]) => a.localeCompare(b, undefined, { numeric: true }))
    .map(
      ([k, t]) =>
        `| ${k}${filesOf ? ` (${filesOf.get(k)?.size ?? 0} files)` : ''} | ${t.expect} | ${t.caught} | ${t.safe} | ${t.violated} | ${ratio(t.caught, t.caught + t.violated)} | ${ratio(t.caught, t.expect)} |`,
    );
  return [
    `| ${title} | expect labels | caught | safe labels | violated | precision | recall |`,
    '|---|---|---|---|---|---|---|',
    ...rows,
  ];
}

/** What scores a set: Warden's scanner, or a peer's findings read from its report. */
type ScanText = (rel: string, text: string) => Promise<{ findings: Finding[] } | undefined>;

async function scoreSet(set: string, scanner: { scanNamedText: ScanText }, tool = "today's engine"): Promise<string> {
  const setDir = path.join(BLIND, set);
  const byLanguage = new Map<string, Tally>();
  const byPoint = new Map<string, Tally>();
  const byClass = new Map<string, Tally>();
  const total: Tally = { expect: 0, caught: 0, safe: 0, violated: 0 };
  const filesOf = new Map<string, Set<string>>();
  const scored: ScoredLabel[] = [];
  const warnings: string[] = [];
  const tally = (map: Map<string, Tally>, key: string): Tally => {
    let t = map.get(key);
    if (!t) map.set(key, (t = { expect: 0, caught: 0, safe: 0, violated: 0 }));
    return t;
  };
  for (const file of walk(setDir)) {
    const rel = path.relative(REPO, file).split(path.sep).join('/');
    const text = joinTokenMarkers(fs.readFileSync(file, 'utf8'));
    const { labels, errors } = probeLabels(file, text);
    warnings.push(...errors.map((e) => `${rel}: ${e}`));
    if (labels.length === 0) continue;
    const language = languageOf(setDir, file);
    const point = `point ${pointOf(file, text)}`;
    for (const key of [language, point]) filesOf.set(key, (filesOf.get(key) ?? new Set()).add(rel));
    warnings.push(...conflicts(rel, text.split(/\r\n|\r|\n/), labels));
    const marked = originMarkedLines(text, labels);
    const result = await scanner.scanNamedText(rel, text);
    if (!result && isConfigFile(file)) {
      warnings.push(
        `${rel}: not scanned (config file the engine does not take: expect labels missed, safe labels pass)`,
      );
    } else if (!result) warnings.push(`${rel}: not scanned`);
    const findings = result?.findings ?? [];
    for (const label of labels) {
      for (const cls of label.classes) {
        const matches = findings.filter((f) => f.class === cls && Math.abs(f.range.start.line - label.line) <= 1);
        const kind = label.kind as 'expect' | 'safe';
        const hit = matches.length > 0;
        scored.push({ file: rel, line: label.line + 1, cls, kind, hit, originMarked: marked.has(label.line), matches });
        for (const t of [total, tally(byLanguage, language), tally(byPoint, point), tally(byClass, cls)]) {
          if (kind === 'expect') {
            t.expect++;
            if (hit) t.caught++;
          } else {
            t.safe++;
            if (hit) t.violated++;
          }
        }
      }
    }
  }
  const missed = scored.filter((s) => s.kind === 'expect' && !s.hit);
  const violated = scored.filter((s) => s.kind === 'safe' && s.hit);
  const files = new Set([...filesOf.values()].flatMap((f) => [...f])).size;
  return [
    `# Blind set ${set}: scores of ${tool}`,
    '',
    `Written by \`npm run bench:blind\` (bench/blind.ts). ${files} files, ${total.expect + total.safe} label/class pairs ` +
      `(${total.expect} expect, ${total.safe} safe). A finding matches a label in the same file, on the labeled line ±1, ` +
      'with the same class (shared/docs/labels.md, "Scoring"); precision = caught / (caught + violated safe labels).',
    '',
    `Overall: precision ${ratio(total.caught, total.caught + total.violated)}, recall ${ratio(total.caught, total.expect)}.`,
    '',
    '## By language',
    '',
    ...table('language', byLanguage, filesOf),
    '',
    '## By point of the issue',
    '',
    ...table('point', byPoint, filesOf),
    '',
    '## By class',
    '',
    ...table('class', byClass),
    '',
    ...originSection(scored),
    `## Missed expect labels (${missed.length})`,
    '',
    ...missed.map((s) => `- ${s.file}:${s.line} ${s.cls}`),
    '',
    `## Violated safe labels (${violated.length})`,
    '',
    ...violated.map((s) => `- ${s.file}:${s.line} ${s.cls} (${s.matches.map((f) => f.ruleId).join(', ')})`),
    '',
    ...(warnings.length ? ['## Warnings', '', ...warnings.map((w) => `- ${w}`), ''] : []),
  ].join('\n');
}

function originText(f: Finding): string {
  return `${f.message} ${f.detail ?? ''}`;
}

/** Whether findings say "origin not traced" where policy.md asks for it, and only there. */
function originSection(scored: ScoredLabel[]): string[] {
  const says = (s: ScoredLabel): boolean => s.matches.some((f) => ORIGIN_TEXT.test(originText(f)));
  const marked = scored.filter((s) => s.originMarked && s.kind === 'expect');
  const caught = marked.filter((s) => s.hit);
  const info = caught.filter((s) => s.matches.some((f) => f.severity === 'info'));
  const unmarked = scored.filter((s) => s.kind === 'expect' && !s.originMarked && says(s));
  const describe = (s: ScoredLabel): string =>
    s.hit
      ? s.matches
          .map((f) => `${f.severity}/${f.confidence}${ORIGIN_TEXT.test(originText(f)) ? ', says it' : ''}`)
          .join('; ')
      : 'not reported';
  return [
    '## "origin not traced" (policy.md: a value passed whole from a parameter or an unresolved call)',
    '',
    `- ${marked.length} expect labels marked \`policy: origin-not-traced\`: ${caught.length} reported, ` +
      `${info.length} at severity info, ${caught.filter(says).length} carrying the text "origin not traced".`,
    `- ${unmarked.length} other expect labels (built values, or a same-file caller passing request data) carry the ` +
      'text where the policy asks for the rule severity.',
    '',
    ...marked.map((s) => `- ${s.file}:${s.line} ${s.cls}: ${describe(s)}`),
    '',
  ];
}

async function main(): Promise<void> {
  const requested = process.argv.slice(2);
  const sets = requested.length
    ? requested
    : fs
        .readdirSync(BLIND, { withFileTypes: true })
        // issue-26 holds prompts for the coach (scored by bench:coach), not probe files.
        .filter((e) => e.isDirectory() && !fs.existsSync(path.join(BLIND, e.name, 'prompts.yaml')))
        .map((e) => e.name)
        .sort();
  // --peer eslint: score ESLint and its security plugins instead (written to ESLINT.md).
  const peer = sets[0] === '--peer' ? sets.splice(0, 2)[1] : undefined;
  if (peer !== undefined && peer !== 'eslint') throw new Error(`unknown peer '${peer}' (known: eslint)`);
  for (const set of sets) {
    if (!fs.existsSync(path.join(BLIND, set))) throw new Error(`no blind set bench/blind/${set}`);
    let md: string;
    if (peer) {
      const tool = ensureEslintSuite(path.join(REPO, 'node_modules', '.cache', 'warden-bench-peers'), (m) =>
        process.stderr.write(`${m}\n`),
      );
      if (typeof tool === 'string') throw new Error(tool);
      const { findings, parseErrors } = eslintFindings(tool, path.join(BLIND, set), REPO);
      const scan: ScanText = async (rel) => ({ findings: (findings.get(rel) ?? []) as unknown as Finding[] });
      md = await scoreSet(set, { scanNamedText: scan }, `${tool.name} (${tool.version})`);
      if (parseErrors.length) md += `\n## ESLint parse errors\n\n${parseErrors.map((e) => `- ${e}`).join('\n')}\n`;
    } else md = await scoreSet(set, createNodeScanner());
    fs.writeFileSync(path.join(BLIND, set, peer ? 'ESLINT.md' : 'RESULTS.md'), md + '\n');
    process.stdout.write(md + '\n');
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
