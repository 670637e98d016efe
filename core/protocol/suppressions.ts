// Inline suppression markers and the suppression records the server sends the client
// (`warden/listSuppressions`). `nosec` (Bandit, gosec), `nosemgrep` and `NOSONAR` are honoured for
// users coming from those tools; `warden-ignore` is Warden's own and asks for a reason. A foreign
// marker naming no Warden rule id silences warning and info findings only (policy.md, "Suppressions").

/** Warden's own marker: `warden-ignore: <rule-id|class>[, …] -- <reason>`. */
export const WARDEN_IGNORE = 'warden-ignore';

/** Every marker that suppresses a finding, Warden's first. */
export const SUPPRESSION_MARKERS = [WARDEN_IGNORE, 'nosemgrep', 'nosec', 'NOSONAR'] as const;
export type SuppressionMarker = (typeof SUPPRESSION_MARKERS)[number];

/** A cheap pre-test: text without a match has no suppression. */
export const ANY_SUPPRESSION_MARKER = new RegExp(SUPPRESSION_MARKERS.join('|'));

export interface Suppression {
  /** Zero-based line of the comment. */
  line: number;
  /** Zero-based line the suppression applies to. */
  appliesTo: number;
  /** Rule ids or classes; empty means every rule. */
  targets: string[];
  reason: string;
  marker: SuppressionMarker;
}

/** A foreign marker with no rule id: it cannot silence an error-level finding. */
export function isBareForeignMarker(s: Pick<Suppression, 'marker' | 'targets'>): boolean {
  return s.marker !== WARDEN_IGNORE && s.targets.length === 0;
}

/** Appended to an error-level finding a bare foreign marker tried to silence. */
export const BARE_MARKER_NOTE =
  'a bare foreign marker does not silence an error: write `warden-ignore: <rule-id> -- <reason>` if this is safe';

/** One suppression of the workspace, as listed for the audit. */
export interface SuppressionEntry extends Suppression {
  file: string;
  /** The code line the suppression silences, trimmed (context for the reviewer). */
  code: string;
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

/** The comment line that suppresses `ruleId` on `line`, indented like that line. */
export function suppressionComment(
  text: string,
  line: number,
  ruleId: string,
  reason: string,
  lineComment: string,
): { line: number; text: string } {
  const indent = /^[ \t]*/.exec(text.split(/\r\n|\r|\n/)[line] ?? '')![0];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return {
    line,
    text: `${indent}${lineComment} ${WARDEN_IGNORE}: ${ruleId} -- ${reason.replace(/[\r\n]+/g, ' ').trim()}${eol}`,
  };
}
