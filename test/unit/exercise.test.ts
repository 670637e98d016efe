// Calibration exercises (issue 28): built from fixtures with labels and comments stripped and the
// answers apart, chosen reproducibly by seed, scored (hits, misses, false alarms), and steered by
// the per-class history; and `warden exercise` end to end with its history in the config folder.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { buildExercises, type ExercisesFile } from '../../core/exercise/build';
import { EMPTY_HISTORY, pickExercise, recordScore, scoreExercise } from '../../core/exercise/session';
import { REPO } from '../helpers';
import { CLI, tempDir } from './cli-support';

const FIXTURE = `import os
from flask import request

# A comment explaining the case.
def run():
    cmd = request.args['c']
    # expect: cmdi
    os.system(cmd)
    # safe: cmdi
    os.system('ls')


def other():
    # expect: py/sqli/string-built-query
    db.execute("SELECT " + request.args['q'])
`;

function file(): ExercisesFile {
  return buildExercises(
    [{ file: 'rules/python/cmdi/x.py', language: 'python', lineComment: '#', text: FIXTURE, ruleId: 'py/cmdi/x' }],
    { 'py/cmdi/x': { message: 'Shell built from data.', requirement: 'Use an argument list.' } },
  );
}

describe('calibration exercises', () => {
  it('strips labels and comments, keeps the answers apart on the labelled lines', () => {
    const built = file();
    assert.strictEqual(built.exercises.length, 1);
    const [exercise] = built.exercises;
    assert.ok(!exercise.code.some((l) => /expect|safe|#/.test(l)), exercise.code.join('\n'));
    const answers = built.answers[exercise.id];
    assert.deepStrictEqual(
      answers.map((a) => [exercise.code[a.line - 1].trim(), a.class]),
      [
        ['os.system(cmd)', 'cmdi'],
        ['db.execute("SELECT " + request.args[\'q\'])', 'sqli'],
      ],
    );
    assert.deepStrictEqual(exercise.classes, ['cmdi', 'sqli']);
  });

  it('scores hits, misses (with the rule explanation) and false alarms', () => {
    const built = file();
    const [exercise] = built.exercises;
    const [cmdi, sqli] = built.answers[exercise.id].map((a) => a.line);
    const safeLine = exercise.code.findIndex((l) => l.includes("os.system('ls')")) + 1;
    const score = scoreExercise(built, exercise, [cmdi, safeLine]);
    assert.deepStrictEqual(
      score.hits.map((h) => h.line),
      [cmdi],
    );
    assert.deepStrictEqual(
      score.misses.map((m) => [m.line, m.requirement]),
      [[sqli, 'Use an argument list.']],
    );
    assert.deepStrictEqual(score.falseAlarms, [safeLine]);
  });

  it('the shipped exercises file is reproducible by seed and scored against its own answers', () => {
    const shipped = JSON.parse(fs.readFileSync(path.join(REPO, 'dist', 'exercises.json'), 'utf8')) as ExercisesFile;
    assert.ok(shipped.exercises.length > 100);
    for (const seed of [1, 42, 2026]) {
      const a = pickExercise(shipped, { seed, language: 'go' })!;
      assert.strictEqual(pickExercise(shipped, { seed, language: 'go' })!.id, a.id);
      assert.strictEqual(a.language, 'go');
      const answers = shipped.answers[a.id].map((x) => x.line);
      const perfect = scoreExercise(shipped, a, answers);
      assert.deepStrictEqual(
        [perfect.hits.length, perfect.misses.length, perfect.falseAlarms.length],
        [answers.length, 0, 0],
      );
      const blank = scoreExercise(shipped, a, []);
      assert.deepStrictEqual([blank.hits.length, blank.misses.length], [0, answers.length]);
    }
    const ids = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => pickExercise(shipped, { seed })!.id));
    assert.ok(ids.size >= 5, 'different seeds vary the exercise');
  });

  it('history steers the next exercise towards the classes the user misses', () => {
    const shipped = JSON.parse(fs.readFileSync(path.join(REPO, 'dist', 'exercises.json'), 'utf8')) as ExercisesFile;
    const sample = shipped.exercises.find((e) => e.classes.length === 1 && e.classes[0] === 'xss')!;
    const missedXss = recordScore(EMPTY_HISTORY, sample, scoreExercise(shipped, sample, []));
    assert.strictEqual(missedXss.classes.xss.misses, shipped.answers[sample.id].length);
    const count = (history: typeof EMPTY_HISTORY): number =>
      Array.from({ length: 300 }, (_, seed) => pickExercise(shipped, { seed, history })!).filter((e) =>
        e.classes.includes('xss'),
      ).length;
    const before = count(EMPTY_HISTORY);
    const after = count(missedXss);
    assert.ok(after > before * 2, `xss exercises: ${before} without history, ${after} after missing xss`);
  });

  it('warden exercise prints a numbered snippet, scores --answer, and keeps history in the config folder', () => {
    const config = tempDir('warden-exercise-');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [CLI, 'exercise', ...args], {
        encoding: 'utf8',
        env: { ...process.env, XDG_CONFIG_HOME: config },
      });
    try {
      const shown = run('--seed', '11', '--language', 'python');
      assert.strictEqual(shown.status, 0, shown.stderr);
      assert.match(shown.stdout, /^Calibration exercise \(seed 11, python\)/);
      assert.match(shown.stdout, /^ ?1 \| /m);
      assert.match(shown.stdout, /--seed 11 --language python --answer/);
      const scored = run('--seed', '11', '--language', 'python', '--answer', '1');
      assert.strictEqual(scored.status, 0, scored.stderr);
      assert.match(scored.stdout, /^Score \(seed 11\): \d+ hits?, \d+ missed, \d+ false alarms?/);
      const history = JSON.parse(fs.readFileSync(path.join(config, 'warden', 'exercise-history.json'), 'utf8'));
      assert.strictEqual(history.exercises, 1);
      assert.ok(Object.keys(history.classes).length >= 1);
      assert.strictEqual(run('--answer', 'three').status, 2);
    } finally {
      fs.rmSync(config, { recursive: true, force: true });
    }
  });
});
