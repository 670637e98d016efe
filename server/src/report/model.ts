// The result of scanning many files, shared by the CLI's output formats and the reports.

import type { EngineProblem, Finding, Rule } from '../engine';
import type { Suppression } from '../engine/suppressions';

export interface FileReport {
  /** The path as given on the command line (or relative to the workspace). */
  path: string;
  findings: Finding[];
  problems: EngineProblem[];
  /** Suppression comments in the file (collected for the compliance report). */
  suppressions?: Suppression[];
}

export interface ScanReport {
  files: FileReport[];
  rules: Rule[];
  /** Rule-loading problems (file and line of the rule file). */
  ruleProblems: EngineProblem[];
  filesScanned: number;
  filesSkipped: number;
  durationMs: number;
  /** Findings left out because the baseline accepts them (--baseline). */
  baselined?: number;
}

export function allFindings(report: ScanReport): Array<{ path: string; finding: Finding }> {
  return report.files.flatMap((f) => f.findings.map((finding) => ({ path: f.path, finding })));
}

export function cweUrl(cwe: number): string {
  return `https://cwe.mitre.org/data/definitions/${cwe}.html`;
}
