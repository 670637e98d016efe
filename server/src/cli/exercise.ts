// `warden exercise`: a calibration exercise on the command line. Without --answer it prints a
// snippet with line numbers (chosen by --seed, steered by the history); with --answer <lines> it
// scores the same snippet — hits, misses (each explained by its rule), false alarms — and records
// the result per class in the user's config folder, so the next exercise leans on what was missed.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ExercisesFile } from '../../../core/exercise/build';
import {
  EMPTY_HISTORY,
  type ExerciseHistory,
  pickExercise,
  recordScore,
  scoreExercise,
} from '../../../core/exercise/session';
import { readWorkspaceFile } from '../../../core/io/read-file';
import { writeFileAtomic } from '../../../core/io/write-file';
import { escapeControls } from '../report/escape';
import { UsageError } from './args';

/** The user's config folder for Warden: $XDG_CONFIG_HOME, %APPDATA%, else ~/.config. */
export function configFolder(): string {
  const base =
    process.env.XDG_CONFIG_HOME ||
    (process.platform === 'win32' ? process.env.APPDATA : undefined) ||
    path.join(os.homedir(), '.config');
  return path.join(base, 'warden');
}

function historyFile(): string {
  return path.join(configFolder(), 'exercise-history.json');
}

export function readHistory(): ExerciseHistory {
  const read = readWorkspaceFile(historyFile(), { maxBytes: 1024 * 1024 });
  if (!read.ok) return EMPTY_HISTORY;
  try {
    const parsed = JSON.parse(read.text) as ExerciseHistory;
    return typeof parsed.exercises === 'number' && parsed.classes ? parsed : EMPTY_HISTORY;
  } catch {
    return EMPTY_HISTORY;
  }
}

function exercisesFile(): ExercisesFile {
  const file = [
    path.join(__dirname, 'exercises.json'),
    path.join(__dirname, '..', '..', '..', 'dist', 'exercises.json'),
  ].find((f) => fs.existsSync(f));
  if (!file) throw new UsageError('exercises.json is missing: build Warden first (npm run build)');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ExercisesFile;
}

interface ExerciseArgs {
  seed?: number;
  language?: string;
  answer?: number[];
}

function parseExerciseArgs(argv: string[]): ExerciseArgs {
  const args: ExerciseArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? argv[i].split(/=(.*)/s) : [argv[i], undefined];
    const value = inline ?? argv[i + 1];
    if (inline === undefined) i++;
    if (value === undefined) throw new UsageError(`${flag} needs a value`);
    if (flag === '--seed') {
      if (!/^\d{1,9}$/.test(value)) throw new UsageError('--seed needs a whole number, e.g. --seed 42');
      args.seed = Number(value);
    } else if (flag === '--language') args.language = value;
    else if (flag === '--answer') {
      if (!/^(none|\d+(\s*,\s*\d+)*)$/.test(value.trim()))
        throw new UsageError('--answer needs line numbers separated by commas (e.g. --answer 3,8), or none');
      args.answer = value.trim() === 'none' ? [] : value.split(',').map((n) => Number(n.trim()));
    } else throw new UsageError(`unknown option '${argv[i - (inline === undefined ? 1 : 0)]}' for warden exercise`);
  }
  return args;
}

export function runExercise(argv: string[], write: (text: string) => void): number {
  const args = parseExerciseArgs(argv);
  const file = exercisesFile();
  const seed = args.seed ?? Math.floor(Math.random() * 1_000_000);
  const history = readHistory();
  const exercise = pickExercise(file, { seed, language: args.language, history });
  if (!exercise) throw new UsageError(`no exercise for language '${args.language}'`);
  const again = `warden exercise --seed ${seed}${args.language ? ` --language ${args.language}` : ''}`;
  if (!args.answer) {
    const width = String(exercise.code.length).length;
    write(
      `Calibration exercise (seed ${seed}, ${exercise.language}): which lines are vulnerable?\n\n` +
        exercise.code.map((l, i) => `${String(i + 1).padStart(width)} | ${escapeControls(l)}`).join('\n') +
        `\n\nAnswer with: ${again} --answer <line,line,…>   (or --answer none)\n`,
    );
    return 0;
  }
  const score = scoreExercise(file, exercise, args.answer);
  const out = [
    `Score (seed ${seed}): ${score.hits.length} hit${score.hits.length === 1 ? '' : 's'}, ${score.misses.length} missed, ${score.falseAlarms.length} false alarm${score.falseAlarms.length === 1 ? '' : 's'}`,
  ];
  for (const h of score.hits) out.push(`  hit    line ${h.line}: ${h.class} (${h.ruleId})`);
  const explained = new Set<string>();
  for (const m of score.misses) {
    out.push(`  missed line ${m.line}: ${m.class} (${m.ruleId})`);
    // Each rule's explanation once: several misses of one rule share it.
    if (explained.has(m.ruleId)) continue;
    explained.add(m.ruleId);
    out.push(`         ${m.message}`);
    if (m.requirement) out.push(`         Secure form: ${m.requirement}`);
  }
  for (const l of score.falseAlarms) out.push(`  false alarm line ${l}: nothing Warden's rules report there`);
  const next = recordScore(history, exercise, score);
  try {
    fs.mkdirSync(configFolder(), { recursive: true });
    writeFileAtomic(historyFile(), JSON.stringify(next, null, 2) + '\n');
  } catch (e) {
    out.push(`(history not saved: ${e instanceof Error ? e.message : String(e)})`);
  }
  write(out.join('\n') + '\n');
  return 0;
}
