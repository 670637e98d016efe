// Choosing and scoring a calibration exercise. The choice is reproducible: the same seed and the
// same history give the same exercise. History (per class: hits, misses, false alarms) steers it:
// a class missed more often weighs more, so the next exercise leans on what the user misses.

import type { Answer, Exercise, ExercisesFile, RuleExplanation } from './build';

export interface ClassRecord {
  hits: number;
  misses: number;
  falseAlarms: number;
}

export interface ExerciseHistory {
  exercises: number;
  classes: Record<string, ClassRecord>;
}

export const EMPTY_HISTORY: ExerciseHistory = { exercises: 0, classes: {} };

/** A small, well-mixed generator (mulberry32): the same seed, the same sequence, in every runtime. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How strongly a class is asked for: 1, plus up to 4 for a class the user mostly misses. */
export function classWeight(history: ExerciseHistory, cls: string): number {
  const r = history.classes[cls];
  if (!r || r.hits + r.misses === 0) return 1;
  return 1 + (4 * r.misses) / (r.hits + r.misses);
}

export function pickExercise(
  file: ExercisesFile,
  options: { seed: number; language?: string; history?: ExerciseHistory },
): Exercise | undefined {
  const pool = file.exercises.filter((e) => !options.language || e.language === options.language);
  if (pool.length === 0) return undefined;
  const history = options.history ?? EMPTY_HISTORY;
  const weights = pool.map((e) => Math.max(...e.classes.map((c) => classWeight(history, c))));
  const total = weights.reduce((a, b) => a + b, 0);
  let target = seededRandom(options.seed)() * total;
  for (let i = 0; i < pool.length; i++) {
    target -= weights[i];
    if (target < 0) return pool[i];
  }
  return pool[pool.length - 1];
}

export interface ExerciseScore {
  hits: Answer[];
  misses: Array<Answer & RuleExplanation>;
  /** Lines the user marked that hold no vulnerability. */
  falseAlarms: number[];
}

export function scoreExercise(file: ExercisesFile, exercise: Exercise, marked: number[]): ExerciseScore {
  const answers = file.answers[exercise.id] ?? [];
  const chosen = new Set(marked);
  const expected = new Set(answers.map((a) => a.line));
  return {
    hits: answers.filter((a) => chosen.has(a.line)),
    misses: answers
      .filter((a) => !chosen.has(a.line))
      .map((a) => ({ ...a, ...(file.rules[a.ruleId] ?? { message: '', requirement: '' }) })),
    falseAlarms: [...chosen].filter((l) => !expected.has(l)).sort((a, b) => a - b),
  };
}

/** The history after a scored exercise (a new object; the old one is unchanged). */
export function recordScore(history: ExerciseHistory, exercise: Exercise, score: ExerciseScore): ExerciseHistory {
  const classes: Record<string, ClassRecord> = {};
  for (const [k, v] of Object.entries(history.classes)) classes[k] = { ...v };
  const get = (c: string): ClassRecord => (classes[c] ??= { hits: 0, misses: 0, falseAlarms: 0 });
  for (const h of score.hits) get(h.class).hits++;
  for (const m of score.misses) get(m.class).misses++;
  // A false alarm is counted against the exercise's classes: that is where the eye was misled.
  for (const c of exercise.classes) get(c).falseAlarms += score.falseAlarms.length;
  return { exercises: history.exercises + 1, classes };
}
