// Scoring of Harden prompt against a labeled prompt set (issue 26): pure arithmetic, no coach inside,
// so a unit test can check it on a hand-made set. bench/coach.ts feeds it the coach's output.
//   must coverage      must concepts present / must concepts, over the security prompts
//   top risk present   security prompts whose must[0] is present / security prompts
//   noise              requirement lines whose concept is outside must + ok, or repeats a concept
//                      already given for that prompt / requirement lines, over the security prompts
//                      (controls are scored by their own line count, not counted twice)
//   control lines      max and mean requirement lines on the control prompts
//   median prompt      median characters of `prompt` (without the follow-up), over every prompt

import { parse } from 'yaml';
import { isConcept } from '../core/coach/concepts';

export const SET_LANGUAGES = ['java', 'javascript', 'typescript', 'python', 'go'] as const;
export type SetLanguage = (typeof SET_LANGUAGES)[number];

export interface SetEntry {
  id: string;
  language: SetLanguage;
  context: 'none' | 'editor';
  prompt: string;
  must: string[];
  ok: string[];
  irrelevant: string[];
  control: boolean;
}

/** What the bench needs of one coach answer (the shape of bench/coach-adapter.ts's result). */
export interface CoachAnswer {
  prompt: string;
  requirements: { id: string; text: string }[];
}

export interface PromptScore {
  id: string;
  language: SetLanguage;
  control: boolean;
  lines: number;
  mustPresent: string[];
  mustMissing: string[];
  topPresent: boolean;
  /** Concepts of the lines counted as noise, one per noisy line ("x (again)" for a repeat). */
  noise: string[];
  promptChars: number;
}

export interface Figures {
  prompts: number;
  security: number;
  controls: number;
  mustTotal: number;
  mustPresent: number;
  coverage: number;
  topPresent: number;
  topRate: number;
  lines: number;
  noiseLines: number;
  noiseRate: number;
  controlLinesMax: number;
  controlLinesMean: number;
  medianPromptChars: number;
}

export const TARGETS = {
  coverage: 0.85,
  topRate: 0.95,
  noiseRate: 0.1,
  controlLinesMax: 1,
  medianPromptChars: 1200,
};

/** Reads and checks a prompt set: known concepts and languages, unique ids, at most 4 must. */
export function parseSet(yamlText: string): SetEntry[] {
  const raw: unknown = parse(yamlText);
  if (!Array.isArray(raw)) throw new Error('the prompt set is not a list');
  const seen = new Set<string>();
  return raw.map((item: Record<string, unknown>, index) => {
    const where = `entry ${index + 1} (${String(item.id)})`;
    const list = (key: string): string[] => {
      const value = item[key] ?? [];
      if (!Array.isArray(value)) throw new Error(`${where}: ${key} is not a list`);
      for (const c of value) if (!isConcept(String(c))) throw new Error(`${where}: unknown concept '${c}' in ${key}`);
      return value.map(String);
    };
    const entry: SetEntry = {
      id: String(item.id),
      language: item.language as SetLanguage,
      context: item.context === 'editor' ? 'editor' : 'none',
      prompt: String(item.prompt ?? ''),
      must: list('must'),
      ok: list('ok'),
      irrelevant: list('irrelevant'),
      control: item.control === true,
    };
    if (!entry.id || seen.has(entry.id)) throw new Error(`${where}: missing or repeated id`);
    seen.add(entry.id);
    if (!SET_LANGUAGES.includes(entry.language)) throw new Error(`${where}: unknown language`);
    if (!['none', 'editor'].includes(String(item.context ?? 'none'))) throw new Error(`${where}: unknown context`);
    if (!entry.prompt.trim()) throw new Error(`${where}: empty prompt`);
    if (entry.must.length > 4) throw new Error(`${where}: more than 4 must concepts`);
    if (entry.control !== (entry.must.length === 0)) throw new Error(`${where}: a control has no must, and only it`);
    return entry;
  });
}

export function scorePrompt(entry: SetEntry, answer: CoachAnswer): PromptScore {
  const given = new Set(answer.requirements.map((r) => r.id));
  const allowed = new Set([...entry.must, ...entry.ok]);
  const seen = new Set<string>();
  const noise: string[] = [];
  for (const { id } of answer.requirements) {
    if (seen.has(id)) noise.push(`${id} (again)`);
    else if (!allowed.has(id)) noise.push(id);
    seen.add(id);
  }
  return {
    id: entry.id,
    language: entry.language,
    control: entry.control,
    lines: answer.requirements.length,
    mustPresent: entry.must.filter((c) => given.has(c)),
    mustMissing: entry.must.filter((c) => !given.has(c)),
    topPresent: entry.must.length > 0 && given.has(entry.must[0]),
    noise,
    promptChars: answer.prompt.length,
  };
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

export function figures(scores: PromptScore[]): Figures {
  const security = scores.filter((s) => !s.control);
  const controls = scores.filter((s) => s.control);
  const mustPresent = security.reduce((n, s) => n + s.mustPresent.length, 0);
  const mustTotal = mustPresent + security.reduce((n, s) => n + s.mustMissing.length, 0);
  const topPresent = security.filter((s) => s.topPresent).length;
  const lines = security.reduce((n, s) => n + s.lines, 0);
  const noiseLines = security.reduce((n, s) => n + s.noise.length, 0);
  const controlLines = controls.map((s) => s.lines);
  return {
    prompts: scores.length,
    security: security.length,
    controls: controls.length,
    mustTotal,
    mustPresent,
    coverage: ratio(mustPresent, mustTotal),
    topPresent,
    topRate: ratio(topPresent, security.length),
    lines,
    noiseLines,
    noiseRate: ratio(noiseLines, lines),
    controlLinesMax: controlLines.length ? Math.max(...controlLines) : 0,
    controlLinesMean: ratio(
      controlLines.reduce((a, b) => a + b, 0),
      controlLines.length,
    ),
    medianPromptChars: median(scores.map((s) => s.promptChars)),
  };
}

/** Figures per language of the set, then overall ('all'). */
export function figuresByLanguage(scores: PromptScore[]): Record<string, Figures> {
  const out: Record<string, Figures> = {};
  for (const language of SET_LANGUAGES) {
    const mine = scores.filter((s) => s.language === language);
    if (mine.length) out[language] = figures(mine);
  }
  out.all = figures(scores);
  return out;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

export function renderTable(byLanguage: Record<string, Figures>): string {
  const rows = [
    '| language | prompts (security + controls) | must coverage | top risk present | irrelevant or duplicate lines | control lines max / mean | median prompt chars |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const [language, f] of Object.entries(byLanguage)) {
    rows.push(
      `| ${language} | ${f.prompts} (${f.security} + ${f.controls}) | ${f.coverage.toFixed(2)} (${f.mustPresent}/${f.mustTotal}) | ` +
        `${pct(f.topRate)} (${f.topPresent}/${f.security}) | ${pct(f.noiseRate)} (${f.noiseLines}/${f.lines}) | ` +
        `${f.controlLinesMax} / ${f.controlLinesMean.toFixed(1)} | ${f.medianPromptChars} |`,
    );
  }
  const t = TARGETS;
  rows.push(
    '',
    `Targets (issue 26): coverage >= ${t.coverage}, top risk >= ${pct(t.topRate)}, noise <= ${pct(t.noiseRate)}, ` +
      `control lines <= ${t.controlLinesMax}, median prompt <= ${t.medianPromptChars} chars.`,
  );
  return rows.join('\n');
}

/** One line per prompt that misses a must concept, adds noise, or gives a control more than one line. */
export function renderMisses(scores: PromptScore[]): string {
  const lines: string[] = [];
  for (const s of scores) {
    const parts: string[] = [];
    if (s.control && s.lines > TARGETS.controlLinesMax) parts.push(`control with ${s.lines} lines`);
    if (s.mustMissing.length)
      parts.push(
        `missing ${s.mustMissing.map((c, i) => (i === 0 && !s.topPresent ? `**${c}** (top)` : c)).join(', ')}`,
      );
    if (!s.control && s.noise.length) parts.push(`noise ${s.noise.length}/${s.lines}: ${countList(s.noise)}`);
    if (parts.length) lines.push(`- ${s.id} (${s.language}): ${parts.join('; ')}`);
  }
  return lines.length ? lines.join('\n') : '(none)';
}

function countList(items: string[]): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].map(([item, n]) => (n > 1 ? `${item} x${n}` : item)).join(', ');
}

/** Per must concept: how often it is a must, and how often the coach gave it there. */
export function renderConcepts(entries: SetEntry[], scores: PromptScore[]): string {
  const byId = new Map(scores.map((s) => [s.id, s]));
  const tally = new Map<string, { must: number; top: number; present: number }>();
  for (const e of entries) {
    e.must.forEach((c, i) => {
      const t = tally.get(c) ?? { must: 0, top: 0, present: 0 };
      t.must++;
      if (i === 0) t.top++;
      if (byId.get(e.id)?.mustPresent.includes(c)) t.present++;
      tally.set(c, t);
    });
  }
  const rows = ['| concept | must in | of which top risk | present |', '|---|---|---|---|'];
  for (const [c, t] of [...tally].sort((a, b) => b[1].must - a[1].must || a[0].localeCompare(b[0])))
    rows.push(`| ${c} | ${t.must} | ${t.top} | ${t.present} |`);
  return rows.join('\n');
}
