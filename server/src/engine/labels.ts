// Label comments in fixtures and corpora (shared/docs/labels.md):
//   // expect: sqli              a finding of this class must be reported on the next code line
//   # safe: cmdi, path-traversal  no finding of these classes may be reported there
//   // todo-expect: …  / todo-safe: …  a known miss / known false positive, recorded but not asserted
// A label applies to the next line that is not itself a comment.

import type { Finding } from './types';

export type LabelKind = 'expect' | 'safe' | 'todo-expect' | 'todo-safe';

export interface Label {
  kind: LabelKind;
  classes: string[];
  /** Zero-based line of the code the label applies to. */
  line: number;
  /** Zero-based line of the label comment itself. */
  commentLine: number;
}

const LABEL = /^\s*(?:\/\/|#|\/\*|\*|<!--)\s*(todo-expect|todo-safe|expect|safe):\s*([\w\s,/-]+?)\s*(?:\*\/|-->)?\s*$/;
const COMMENT_ONLY = /^\s*(\/\/|#|\/\*|\*|<!--)/;

export function parseLabels(text: string): Label[] {
  const lines = text.split(/\r\n|\r|\n/);
  const labels: Label[] = [];
  const pending: Array<Omit<Label, 'line'>> = [];
  for (let i = 0; i < lines.length; i++) {
    const m = LABEL.exec(lines[i]);
    if (m) {
      pending.push({ kind: m[1] as LabelKind, classes: m[2].split(/[\s,]+/).filter(Boolean), commentLine: i });
      continue;
    }
    if (COMMENT_ONLY.test(lines[i]) || lines[i].trim() === '') continue;
    for (const p of pending) labels.push({ ...p, line: i });
    pending.length = 0;
  }
  return labels;
}

export interface LabelCheck {
  /** expect labels with no finding of their class on the line. */
  missed: Array<{ label: Label; cls: string }>;
  /** safe labels with a finding of their class on the line. */
  falsePositives: Array<{ label: Label; cls: string; finding: Finding }>;
  /** Findings on lines that carry no label of their class at all. */
  unlabeled: Finding[];
  truePositives: number;
}

/**
 * Scores findings against labels. `tolerance` lines of slack (labels.md allows ±1 for corpora;
 * fixtures use 0). A label's class may also be a rule id.
 */
export function checkLabels(labels: Label[], findings: Finding[], tolerance = 0): LabelCheck {
  const near = (f: Finding, line: number): boolean => Math.abs(f.range.start.line - line) <= tolerance;
  const is = (f: Finding, cls: string): boolean => f.class === cls || f.ruleId === cls;
  const result: LabelCheck = { missed: [], falsePositives: [], unlabeled: [], truePositives: 0 };
  for (const label of labels) {
    for (const cls of label.classes) {
      const hits = findings.filter((f) => near(f, label.line) && is(f, cls));
      if (label.kind === 'expect') {
        if (hits.length === 0) result.missed.push({ label, cls });
        else result.truePositives++;
      } else if (label.kind === 'safe') {
        for (const finding of hits) result.falsePositives.push({ label, cls, finding });
      }
    }
  }
  result.unlabeled = findings.filter((f) => !labels.some((l) => near(f, l.line) && l.classes.some((c) => is(f, c))));
  return result;
}
