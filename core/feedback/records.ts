// The feedback loop (issue 28): a user's report that a finding is a false positive, or that Warden
// missed a vulnerability, kept as a record in the workspace (`.warden/feedback.json`, shareable
// with the team), and turned into a labeled fixture draft for the rule's folder. Pure.

export const FEEDBACK_FILE = '.warden/feedback.json';
export const FEEDBACK_KINDS = ['false-positive', 'missed'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export interface FeedbackRecord {
  kind: FeedbackKind;
  /** The rule reported (false positive) or expected (missed), when known. */
  ruleId?: string;
  class: string;
  /** Workspace-relative path of the code, forward slashes. */
  file: string;
  /** One-based line the record is about. */
  line: number;
  language: string;
  /** A few lines around it; `snippetLine` is the line's one-based index in them. */
  snippet: string[];
  snippetLine: number;
  reason: string;
  /** YYYY-MM-DD. */
  date: string;
}

export interface FeedbackFile {
  version: 1;
  records: FeedbackRecord[];
}

/** The file's records; a malformed file is an error, never silently replaced. */
export function parseFeedback(text: string): FeedbackFile {
  const data = JSON.parse(text) as Partial<FeedbackFile>;
  if (data.version !== 1 || !Array.isArray(data.records))
    throw new Error(`${FEEDBACK_FILE} is not a Warden feedback file (version 1 with a records list)`);
  for (const [i, r] of data.records.entries()) {
    const ok =
      r &&
      FEEDBACK_KINDS.includes(r.kind) &&
      typeof r.class === 'string' &&
      typeof r.file === 'string' &&
      Number.isInteger(r.line) &&
      Array.isArray(r.snippet) &&
      Number.isInteger(r.snippetLine) &&
      typeof r.reason === 'string';
    if (!ok) throw new Error(`${FEEDBACK_FILE}: record ${i + 1} is incomplete`);
  }
  return data as FeedbackFile;
}

/** The snippet around `line` (one-based) of a text: up to `context` lines each side. */
export function snippetAround(text: string, line: number, context = 4): { snippet: string[]; snippetLine: number } {
  const lines = text.split(/\r\n|\r|\n/);
  const from = Math.max(0, line - 1 - context);
  const to = Math.min(lines.length, line + context);
  return { snippet: lines.slice(from, to), snippetLine: line - from };
}

/** rules/ keeps TypeScript fixtures with the JavaScript rules. */
const RULE_FOLDER: Record<string, string> = { typescript: 'javascript', tsx: 'javascript' };

export interface FixtureDraft {
  /** Where the draft would go under the repository (a reviewer renames and completes it). */
  path: string;
  text: string;
}

export function fixtureDraft(
  record: FeedbackRecord,
  index: number,
  lineComment: string,
  extension: string,
): FixtureDraft {
  const folder = RULE_FOLDER[record.language] ?? record.language;
  const name = record.ruleId?.split('/')[2] ?? 'feedback';
  const label =
    record.kind === 'missed'
      ? `${lineComment} expect: ${record.ruleId ?? record.class}`
      : `${lineComment} safe: ${record.class}`;
  const lines = record.snippet.map((l) => l.replace(/\s+$/, ''));
  const indent = /^[ \t]*/.exec(lines[record.snippetLine - 1] ?? '')![0];
  lines.splice(record.snippetLine - 1, 0, `${indent}${label}`);
  const header = [
    `${lineComment} Draft from Warden feedback (${record.kind}, ${record.date}), ${record.file}:${record.line}.`,
    `${lineComment} Reason given: ${record.reason.replace(/[\r\n]+/g, ' ')}`,
    `${lineComment} Complete it into a self-contained case (imports, a source) before adding it to the fixtures.`,
    '',
  ];
  return {
    path: `rules/${folder}/${record.class}/${name}.feedback-${index + 1}.${extension}`,
    text: [...header, ...lines].join('\n') + '\n',
  };
}

/** A new record from what the editor or the CLI knows about the line. */
export function newFeedbackRecord(input: {
  kind: FeedbackKind;
  ruleId?: string;
  class: string;
  file: string;
  line: number;
  language: string;
  text: string;
  reason: string;
  date: string;
}): FeedbackRecord {
  const { text, ...rest } = input;
  return { ...rest, ...snippetAround(text, input.line) };
}

/** The feedback file's new text with `record` appended (`existing` undefined: a new file). */
export function appendFeedback(existing: string | undefined, record: FeedbackRecord): string {
  const file: FeedbackFile = existing === undefined ? { version: 1, records: [] } : parseFeedback(existing);
  file.records.push(record);
  return JSON.stringify(file, null, 2) + '\n';
}
