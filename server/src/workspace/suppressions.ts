// Collects every suppression comment of a set of files: the audit trail behind "Warden: List
// suppressions" and the compliance report. Reasons are what reviewers tune rules from.

import { readWorkspaceFile } from '../../../core/io/read-file';
import { DEFAULT_MAX_BYTES } from '../engine';
import { LANGUAGES, languageForPath } from '../engine/languages';
import { parseSuppressions } from '../engine/suppressions';
import { ANY_SUPPRESSION_MARKER, type SuppressionEntry } from '../../../core/protocol/suppressions';

export type { SuppressionEntry };
export { suppressionsReport } from '../../../core/protocol/suppressions';

export function suppressionsInText(file: string, text: string): SuppressionEntry[] {
  const language = languageForPath(file);
  if (!language || !ANY_SUPPRESSION_MARKER.test(text)) return [];
  const lines = text.split(/\r\n|\r|\n/);
  return parseSuppressions(text, LANGUAGES[language].syntax.lineComment).map((s) => ({
    ...s,
    file,
    code: (lines[s.appliesTo] ?? '').trim(),
  }));
}

/** A file's text as Warden reads workspace files (capped, regular files only), or undefined. */
export function readForSuppressions(file: string, maxBytes = DEFAULT_MAX_BYTES, root?: string): string | undefined {
  const read = readWorkspaceFile(file, { maxBytes, root });
  return read.ok ? read.text : undefined;
}

/** `read` gives a file's text, or undefined for a file that is not read (too large, unreadable, …). */
export function collectSuppressions(
  files: string[],
  read: (file: string) => string | undefined = (f) => readForSuppressions(f),
): SuppressionEntry[] {
  const out: SuppressionEntry[] = [];
  for (const file of files) {
    const text = read(file);
    // Files not read have no suppressions we can show.
    if (text !== undefined) out.push(...suppressionsInText(file, text));
  }
  return out;
}
