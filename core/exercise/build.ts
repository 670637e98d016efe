// Calibration exercises from Warden's own rule fixtures (issue 28): a fixture's `expect:`/`safe:`
// labels and every full-line comment are stripped, the code cut into short snippets at blank
// lines, and the answers (the lines a finding belongs on, with the rule that explains it) kept
// apart from the code. Pure: the build reads the files and writes dist/exercises.json.

export const EXERCISE_FORMAT = 1;
/** Longest snippet shown, in lines: long enough for a function and its caller, short enough to read closely. */
export const MAX_SNIPPET_LINES = 24;

export interface FixtureSource {
  /** Path of the fixture, for the exercise's id. */
  file: string;
  language: string;
  lineComment: string;
  text: string;
  ruleId: string;
}

export interface Exercise {
  id: string;
  language: string;
  /** The classes its answers belong to (what steers the choice). */
  classes: string[];
  code: string[];
}

export interface Answer {
  /** One-based line in the exercise's code. */
  line: number;
  class: string;
  ruleId: string;
}

export interface RuleExplanation {
  message: string;
  requirement: string;
}

export interface ExercisesFile {
  format: number;
  exercises: Exercise[];
  /** By exercise id: kept apart so a reader of the code sees no answer. */
  answers: Record<string, Answer[]>;
  rules: Record<string, RuleExplanation>;
}

const LABEL = /^(?:expect|safe|todo-expect):\s*(\S+)/;

interface Line {
  text: string;
  /** The class the next code line is expected to be reported for. */
  expect?: string;
}

/** The fixture without comment-only lines, each code line carrying its `expect:` label. */
function stripped(source: FixtureSource): Line[] {
  const out: Line[] = [];
  let pending: string | undefined;
  for (const raw of source.text.split(/\r\n|\r|\n/)) {
    const trimmed = raw.trim();
    if (trimmed.startsWith(source.lineComment) || trimmed.startsWith('/*') || trimmed.startsWith('*')) {
      const body = trimmed.replace(/^(?:\/\/+|#+|\/\*+|\*+)\s*/, '');
      const label = LABEL.exec(body);
      if (label && body.startsWith('expect:')) pending = label[1];
      continue;
    }
    out.push({ text: raw.replace(/\s+$/, ''), expect: trimmed && pending ? pending : undefined });
    if (trimmed) pending = undefined;
  }
  return out;
}

/** Paragraphs (runs between blank lines) joined into snippets of at most MAX_SNIPPET_LINES. */
function snippets(lines: Line[]): Line[][] {
  const paragraphs: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (current.length) paragraphs.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) paragraphs.push(current);
  const out: Line[][] = [];
  let snippet: Line[] = [];
  for (const p of paragraphs) {
    if (snippet.length && snippet.length + 1 + p.length > MAX_SNIPPET_LINES) {
      out.push(snippet);
      snippet = [];
    }
    if (p.length > MAX_SNIPPET_LINES) continue;
    snippet = snippet.length ? [...snippet, { text: '' }, ...p] : p;
  }
  if (snippet.length) out.push(snippet);
  return out;
}

/** The class named by a label that is a rule id (`go/open-redirect/x`) or a class (`sqli`). */
function classOf(label: string): string {
  const parts = label.split('/');
  return parts.length === 3 ? parts[1] : label;
}

export function buildExercises(sources: FixtureSource[], rules: Record<string, RuleExplanation>): ExercisesFile {
  const file: ExercisesFile = { format: EXERCISE_FORMAT, exercises: [], answers: {}, rules: {} };
  for (const source of sources) {
    snippets(stripped(source)).forEach((snippet, index) => {
      const answers: Answer[] = snippet.flatMap((line, i) =>
        line.expect ? [{ line: i + 1, class: classOf(line.expect), ruleId: source.ruleId }] : [],
      );
      if (answers.length === 0) return;
      const id = `${source.file}#${index + 1}`;
      file.exercises.push({
        id,
        language: source.language,
        classes: [...new Set(answers.map((a) => a.class))],
        code: snippet.map((l) => l.text),
      });
      file.answers[id] = answers;
      if (rules[source.ruleId]) file.rules[source.ruleId] = rules[source.ruleId];
    });
  }
  return file;
}
