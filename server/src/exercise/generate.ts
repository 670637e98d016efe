// The build's half of the calibration exercises: finds each built-in rule's fixtures (the code
// files beside its YAML, `<rule>.<ext>` and `<rule>.<variant>.<ext>`, not the `.fixed` outputs)
// and hands them to core/exercise/build.ts. Run by esbuild.config.mjs into dist/exercises.json.

import * as fs from 'fs';
import * as path from 'path';
import {
  buildExercises,
  type ExercisesFile,
  type FixtureSource,
  type RuleExplanation,
} from '../../../core/exercise/build';
import { LANGUAGES, languageForPath } from '../engine/languages';

interface CompiledRuleFile {
  file: string;
  compiled?: { data: unknown };
}

interface RuleData {
  id?: unknown;
  message?: unknown;
  requirement?: unknown;
}

export function generateExercises(root: string, ruleFiles: CompiledRuleFile[]): ExercisesFile {
  const sources: FixtureSource[] = [];
  const rules: Record<string, RuleExplanation> = {};
  for (const ruleFile of [...ruleFiles].sort((a, b) => a.file.localeCompare(b.file))) {
    const data = (ruleFile.compiled?.data ?? {}) as RuleData;
    if (typeof data.id !== 'string' || typeof data.message !== 'string') continue;
    rules[data.id] = { message: data.message.trim(), requirement: String(data.requirement ?? '').trim() };
    const dir = path.join(root, path.dirname(ruleFile.file));
    const base = path.basename(ruleFile.file).replace(/\.ya?ml$/, '');
    for (const name of fs.readdirSync(dir).sort()) {
      if (!name.startsWith(`${base}.`) || /\.(ya?ml|fixed)$/.test(name)) continue;
      const language = languageForPath(name);
      if (!language) continue;
      sources.push({
        file: path.posix.join(path.dirname(ruleFile.file), name),
        language,
        lineComment: LANGUAGES[language].syntax.lineComment,
        text: fs.readFileSync(path.join(dir, name), 'utf8'),
        ruleId: data.id,
      });
    }
  }
  return buildExercises(sources, rules);
}
