// The findings view's logic without VS Code (unit-tested): grouping findings by severity, class or
// file, and the "new code" filter — the lines `git diff -U0 HEAD` adds or changes, per file.

export type GroupBy = 'severity' | 'class' | 'file';

export interface ViewFinding {
  /** Path relative to the workspace folder, with forward slashes. */
  file: string;
  /** 0-based line. */
  line: number;
  severity: 'error' | 'warning' | 'info';
  ruleId: string;
  class: string;
  message: string;
}

export interface FindingGroup {
  label: string;
  findings: ViewFinding[];
}

const SEVERITY_ORDER = ['error', 'warning', 'info'];
const SEVERITY_LABEL: Record<string, string> = { error: 'Errors', warning: 'Warnings', info: 'Information' };

/** Severity groups in severity order; class and file groups by size, then name. */
export function groupFindings(findings: ViewFinding[], by: GroupBy): FindingGroup[] {
  const groups = new Map<string, ViewFinding[]>();
  for (const f of findings) {
    const key = by === 'severity' ? f.severity : by === 'class' ? f.class : f.file;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const sorted = [...groups.entries()].sort(([a, x], [b, y]) =>
    by === 'severity'
      ? SEVERITY_ORDER.indexOf(a) - SEVERITY_ORDER.indexOf(b)
      : y.length - x.length || a.localeCompare(b),
  );
  return sorted.map(([key, list]) => ({
    label: by === 'severity' ? (SEVERITY_LABEL[key] ?? key) : key,
    findings: list.sort(
      (a, b) =>
        SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
        a.file.localeCompare(b.file) ||
        a.line - b.line,
    ),
  }));
}

/** Lines added or changed since HEAD, per file (0-based), from `git diff -U0 --no-color HEAD` output. */
export function changedLines(diff: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    const file = /^\+\+\+ (?:b\/(.*)|\/dev\/null)$/.exec(line);
    if (file) {
      current = file[1] === undefined ? undefined : (out.get(file[1]) ?? new Set<number>());
      if (file[1] !== undefined && current) out.set(file[1], current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let i = 0; i < count; i++) current.add(start - 1 + i);
    }
  }
  return out;
}

/** Findings on changed lines, or in files git does not track yet (`untracked`: every line is new). */
export function onlyNewCode(
  findings: ViewFinding[],
  changed: Map<string, Set<number>>,
  untracked: Set<string>,
): ViewFinding[] {
  return findings.filter((f) => untracked.has(f.file) || changed.get(f.file)?.has(f.line));
}
