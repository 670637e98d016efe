// Inline suppressions: `warden-ignore: <rule-id|class>[, …] -- <reason>` in a comment on the line
// above a finding or at the end of its line. `nosec` (Bandit, gosec), `nosemgrep` and `NOSONAR` are
// honoured for users coming from those tools; without a rule id they silence warning and info
// findings only, and an error-level finding stays with a note (policy.md, "Suppressions").

import {
  ANY_SUPPRESSION_MARKER,
  BARE_MARKER_NOTE,
  isBareForeignMarker,
  Suppression,
  SUPPRESSION_MARKERS,
  WARDEN_IGNORE,
} from '../../../core/protocol/suppressions';
import type { Finding } from './types';

export { suppressionComment } from '../../../core/protocol/suppressions';
export type { Suppression } from '../../../core/protocol/suppressions';

const MARKER = new RegExp(`(${SUPPRESSION_MARKERS.join('|')})\\b:?\\s*([^\\n]*)`);

const WHITESPACE = /\s/;

// The comment and reason parsing below is written out rather than as regexes: a suppression marker
// may be followed by anything on its line, and the regexes replaced were quadratic on hostile lines
// (`# nosec a` then 40,000 spaces: 8 s to split the reason; a line of 13,000 unclosed block-comment
// openers: 3 s to find the body). Each function does what its old regex did, in one pass.

/** What follows the first `marker` that starts the line or follows whitespace or `;` (`(^|\s|;)marker(.*)$`). */
function lineCommentBody(line: string, marker: string): string | undefined {
  // `.` stops at U+2028/U+2029: the body must lie after the last of them.
  const barrier = Math.max(line.lastIndexOf('\u2028'), line.lastIndexOf('\u2029'));
  for (let at = line.indexOf(marker); at >= 0; at = line.indexOf(marker, at + 1)) {
    const before = at === 0 ? '' : line[at - 1];
    if ((before === '' || before === ';' || WHITESPACE.test(before)) && barrier < at + marker.length)
      return line.slice(at + marker.length);
  }
  return undefined;
}

// Between the first block-comment opener and the last closer after it (the regex was `/\*(.*)\*/`).
function blockCommentBody(line: string): string | undefined {
  // `.` stops at U+2028/U+2029: opening and closing lie between the same two of them.
  for (const part of line.split(/[\u2028\u2029]/)) {
    const open = part.indexOf('/*');
    const close = part.lastIndexOf('*/');
    if (open >= 0 && close >= open + 2) return part.slice(open + 2, close);
  }
  return undefined;
}

// `ids -- reason` cut at each whitespace run followed by `--` or `—` (the regex split at `\s+--\s*|\s+—\s*`).
function splitAtDashes(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (!WHITESPACE.test(text[i])) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && WHITESPACE.test(text[end])) end++;
    const dash = text.startsWith('--', end) ? 2 : text[end] === '—' ? 1 : 0;
    if (dash === 0) {
      i = end;
      continue;
    }
    let next = end + dash;
    while (next < text.length && WHITESPACE.test(text[next])) next++;
    parts.push(text.slice(start, i));
    start = i = next;
  }
  parts.push(text.slice(start));
  return parts;
}

export function parseSuppressions(text: string, lineComment: string): Suppression[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: Suppression[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!ANY_SUPPRESSION_MARKER.test(line)) continue;
    const body = lineCommentBody(line, lineComment) ?? blockCommentBody(line);
    if (body === undefined) continue;
    const m = MARKER.exec(body);
    if (!m) continue;
    const marker = m[1] as Suppression['marker'];
    const [idsPart, ...reasonParts] = splitAtDashes(m[2]);
    const targets =
      marker === WARDEN_IGNORE
        ? idsPart
            .split(/[\s,]+/)
            .map((t) => t.trim())
            .filter((t) => t && t !== '*' && t !== 'all')
        : idsPart.split(/[\s,]+/).filter((t) => /^[a-z]+\/[a-z-]+\/[a-z0-9-]+$/.test(t));
    const ownLine = line.trim().startsWith(lineComment) || line.trim().startsWith('/*');
    let appliesTo = i;
    if (ownLine) {
      // The next line that is not itself a comment or blank.
      appliesTo = i + 1;
      while (
        appliesTo < lines.length &&
        (lines[appliesTo].trim() === '' || lines[appliesTo].trim().startsWith(lineComment))
      )
        appliesTo++;
    }
    out.push({ line: i, appliesTo, targets, reason: reasonParts.join(' -- ').trim(), marker });
  }
  return out;
}

function covers(s: Suppression, finding: Finding): boolean {
  return (
    s.appliesTo === finding.range.start.line &&
    (s.targets.length === 0 || s.targets.includes(finding.ruleId) || s.targets.includes(finding.class))
  );
}

export function isSuppressed(finding: Finding, suppressions: Suppression[]): boolean {
  return suppressions.some((s) => covers(s, finding) && !(finding.severity === 'error' && isBareForeignMarker(s)));
}

/** An error-level finding that only a bare foreign marker covers: kept, with a note saying why. */
function withBareMarkerNote(finding: Finding, suppressions: Suppression[]): Finding {
  if (finding.severity !== 'error' || !suppressions.some((s) => covers(s, finding) && isBareForeignMarker(s)))
    return finding;
  return { ...finding, detail: finding.detail ? `${finding.detail}; ${BARE_MARKER_NOTE}` : BARE_MARKER_NOTE };
}

export const MISSING_REASON_ID = 'warden/suppression/missing-reason';

/**
 * Drops suppressed findings. A `warden-ignore` without a reason still suppresses, but is itself
 * reported (information) so every silenced finding stays explained and auditable.
 */
export function applySuppressions(findings: Finding[], text: string, lineComment: string): Finding[] {
  if (!ANY_SUPPRESSION_MARKER.test(text)) return findings;
  const suppressions = parseSuppressions(text, lineComment);
  const kept = findings.filter((f) => !isSuppressed(f, suppressions)).map((f) => withBareMarkerNote(f, suppressions));
  const lines = text.split(/\r\n|\r|\n/);
  for (const s of suppressions) {
    if (s.marker !== WARDEN_IGNORE || s.reason) continue;
    const column = lines[s.line].indexOf(WARDEN_IGNORE);
    kept.push({
      ruleId: MISSING_REASON_ID,
      class: 'suppression',
      severity: 'info',
      confidence: 'high',
      message:
        'This warden-ignore gives no reason. Say why the finding is safe after `--` (e.g. `warden-ignore: <rule-id> -- value comes from our config`) so reviewers can audit it.',
      range: { start: { line: s.line, character: column }, end: { line: s.line, character: lines[s.line].length } },
    });
  }
  return kept;
}
