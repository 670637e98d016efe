// The construct matrix of issue 18: one labeled cell per construct × language under test/matrix
// (`<point>-<construct>/<language>.<ext>`), each with vulnerable (`expect:`) and safe (`safe:`)
// cases of one construct, scored like the rule fixtures. test/matrix/status.json records what
// each cell does today; the unit test holds the engine to it both ways (a ratchet), and
// `npm run bench:quality` prints the construct × language table.

import * as fs from 'fs';
import * as path from 'path';
import { languageForPath, Scanner } from '../server/src/engine';
import { checkLabels, parseLabels } from '../server/src/engine/labels';

export const MATRIX_DIR = path.join('test', 'matrix');
export const MATRIX_LANGUAGES = ['java', 'javascript', 'typescript', 'python', 'go'] as const;
const EXTENSIONS: Record<string, string> = { java: 'java', js: 'javascript', ts: 'typescript', py: 'python', go: 'go' };

export type CellState = 'pass' | 'fail';

export interface Cell {
  /** `p01-branch-union/java`: the key in status.json. */
  id: string;
  construct: string;
  language: string;
  file: string;
}

export function matrixCells(root: string): Cell[] {
  const dir = path.join(root, MATRIX_DIR);
  if (!fs.existsSync(dir)) return [];
  const cells: Cell[] = [];
  for (const construct of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!construct.isDirectory()) continue;
    for (const name of fs.readdirSync(path.join(dir, construct.name)).sort()) {
      const language = EXTENSIONS[path.extname(name).slice(1)];
      if (!language || path.basename(name, path.extname(name)) !== language) continue;
      const file = path.join(dir, construct.name, name);
      cells.push({ id: `${construct.name}/${language}`, construct: construct.name, language, file });
    }
  }
  return cells.sort((a, b) => a.id.localeCompare(b.id));
}

export function matrixStatus(root: string): Record<string, CellState> {
  const file = path.join(root, MATRIX_DIR, 'status.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, CellState>) : {};
}

/** What is wrong with a cell today: missed `expect:` labels and reported `safe:` labels (empty: it passes). */
export async function cellProblems(scanner: Scanner, cell: Cell): Promise<string[]> {
  const text = fs.readFileSync(cell.file, 'utf8');
  const labels = parseLabels(text);
  if (!labels.some((l) => l.kind === 'expect') || !labels.some((l) => l.kind === 'safe'))
    throw new Error(`${cell.file}: a cell needs at least one expect: and one safe: label`);
  const { findings } = await scanner.scanText(text, languageForPath(cell.file)!);
  const check = checkLabels(labels, findings);
  const line = (n: number): string => `line ${n + 1}: ${text.split('\n')[n].trim()}`;
  return [
    ...check.missed.map((m) => `missed ${m.cls} at ${line(m.label.line)}`),
    ...check.falsePositives.map((f) => `false positive ${f.cls} (${f.finding.ruleId}) at ${line(f.label.line)}`),
  ];
}

/** The construct × language table (markdown), from each cell's measured problems. */
export function matrixTable(cells: Cell[], problems: Map<string, string[]>): string[] {
  const constructs = [...new Set(cells.map((c) => c.construct))].sort();
  const state = (construct: string, language: string): string => {
    const found = problems.get(`${construct}/${language}`);
    return found === undefined ? '—' : found.length === 0 ? 'pass' : 'fail';
  };
  const passed = [...problems.values()].filter((p) => p.length === 0).length;
  return [
    `${passed} of ${problems.size} cells pass (test/matrix; — : the construct does not exist in that language).`,
    '',
    `| construct | ${MATRIX_LANGUAGES.join(' | ')} |`,
    `|---|${MATRIX_LANGUAGES.map(() => '---').join('|')}|`,
    ...constructs.map((c) => `| ${c} | ${MATRIX_LANGUAGES.map((l) => state(c, l)).join(' | ')} |`),
  ];
}
