// The review list of `warden review`: what in a change needs a security look first, each with why.
// Order (issue 28): findings and boundary violations, then AI-labelled hunks in High-tier files,
// then suppressions and approval markers the change adds, AI regions of High-tier files that no
// one explained (`warden:explained <summary>`), then the rest of the changed lines.

export const REVIEW_KINDS = [
  'finding',
  'boundary',
  'ai-high-tier',
  'suppression-added',
  'approval-added',
  'unexplained-ai',
  'change',
] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const KIND_TITLE: Record<ReviewKind, string> = {
  finding: 'Findings on changed lines',
  boundary: 'Team-policy boundaries broken',
  'ai-high-tier': 'AI-labelled changes in High-tier files',
  'suppression-added': 'Suppressions added',
  'approval-added': 'Approval markers added',
  'unexplained-ai': 'AI regions in High-tier files without a `warden:explained` summary',
  change: 'Other changed lines',
};

export interface ReviewItem {
  kind: ReviewKind;
  /** Relative to the repository's top, forward slashes. */
  file: string;
  /** One-based, inclusive. */
  line: number;
  endLine: number;
  /** Why this needs a look, in one sentence. */
  why: string;
  severity?: 'error' | 'warning' | 'info';
  ruleId?: string;
  tier?: string;
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

export function orderReviewItems(items: ReviewItem[]): ReviewItem[] {
  return [...items].sort(
    (a, b) =>
      REVIEW_KINDS.indexOf(a.kind) - REVIEW_KINDS.indexOf(b.kind) ||
      SEVERITY_RANK[a.severity ?? 'info'] - SEVERITY_RANK[b.severity ?? 'info'] ||
      a.file.localeCompare(b.file) ||
      a.line - b.line,
  );
}

function place(item: ReviewItem): string {
  return item.endLine > item.line ? `${item.file}:${item.line}-${item.endLine}` : `${item.file}:${item.line}`;
}

/** Plain text for a terminal; the caller escapes control characters. */
export function formatReviewText(items: ReviewItem[], range: string): string {
  if (items.length === 0) return `warden review (${range}): no changed lines\n`;
  const out = [`warden review (${range}): ${items.length} item${items.length === 1 ? '' : 's'}, security first`];
  let n = 0;
  for (const kind of REVIEW_KINDS) {
    const group = items.filter((i) => i.kind === kind);
    if (group.length === 0) continue;
    out.push('', `${KIND_TITLE[kind]} (${group.length})`);
    for (const item of group) out.push(`  ${++n}. ${place(item)}  ${item.why}`);
  }
  return out.join('\n') + '\n';
}

/** Markdown for a pull-request comment; `escape` and `code` make workspace text inert as text and as a code span. */
export function formatReviewMarkdown(
  items: ReviewItem[],
  range: string,
  escape: (text: string) => string,
  code: (text: string) => string,
): string {
  const out = [`### Warden security review (${escape(range)})`, ''];
  if (items.length === 0) return `${out.join('\n')}No changed lines.\n`;
  out.push(`${items.length} item${items.length === 1 ? '' : 's'}, in the order to review them.`);
  let n = 0;
  for (const kind of REVIEW_KINDS) {
    const group = items.filter((i) => i.kind === kind);
    if (group.length === 0) continue;
    out.push('', `#### ${KIND_TITLE[kind]} (${group.length})`, '');
    for (const item of group) out.push(`${++n}. ${code(place(item))} ${escape(item.why)}`);
  }
  return out.join('\n') + '\n';
}

export function formatReviewJson(items: ReviewItem[], range: string): string {
  return JSON.stringify({ range, items }, null, 2) + '\n';
}
