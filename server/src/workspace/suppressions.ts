// Collects every suppression comment of a set of files: the audit trail behind "Warden: List
// suppressions" and the compliance report. Reasons are what reviewers tune rules from.

import * as fs from 'fs';
import { LANGUAGES, languageForPath } from '../engine/languages';
import { parseSuppressions, Suppression } from '../engine/suppressions';

export interface SuppressionEntry extends Suppression {
  file: string;
  /** The code line the suppression silences, trimmed (context for the reviewer). */
  code: string;
}

export function suppressionsInText(file: string, text: string): SuppressionEntry[] {
  const language = languageForPath(file);
  if (!language || !/warden-ignore|nosec|nosemgrep/.test(text)) return [];
  const lines = text.split(/\r\n|\r|\n/);
  return parseSuppressions(text, LANGUAGES[language].syntax.lineComment).map((s) => ({
    ...s,
    file,
    code: (lines[s.appliesTo] ?? '').trim(),
  }));
}

export function collectSuppressions(
  files: string[],
  read: (file: string) => string = (f) => fs.readFileSync(f, 'utf8'),
): SuppressionEntry[] {
  const out: SuppressionEntry[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = read(file);
    } catch {
      continue; // unreadable files have no suppressions we can show
    }
    out.push(...suppressionsInText(file, text));
  }
  return out;
}

/** The JSON export: stable field order, paths relative to the workspace root. */
export function suppressionsReport(entries: SuppressionEntry[], relative: (file: string) => string): string {
  return JSON.stringify(
    {
      suppressions: entries.map((e) => ({
        file: relative(e.file),
        line: e.line + 1,
        appliesToLine: e.appliesTo + 1,
        marker: e.marker,
        rules: e.targets,
        reason: e.reason || null,
        code: e.code,
      })),
    },
    null,
    2,
  );
}
