// The `warden/*` requests and notifications between the VS Code client and the language server,
// with their parameters and results. Both sides use these names, so a renamed method or a changed
// shape fails the type check instead of a user's command.

import type { SuppressionEntry } from './suppressions';

/** Notification, client → server: the user trusted the workspace (its own rules may now load). */
export const WORKSPACE_TRUSTED = 'warden/workspaceTrusted';

/** Files the client's `files.exclude` hides; the server skips them too. */
export interface ExcludeParams {
  exclude?: string[];
}

/** Request: scan every workspace file on the other cores, streaming diagnostics. */
export const SCAN_WORKSPACE = 'warden/scanWorkspace';
export type ScanWorkspaceParams = ExcludeParams;
export interface ScanWorkspaceResult {
  files: number;
  scanned: number;
  findings: number;
  cancelled: boolean;
  durationMs: number;
}

/** Request: every suppression in the workspace (open documents as edited). */
export const LIST_SUPPRESSIONS = 'warden/listSuppressions';
export type ListSuppressionsParams = ExcludeParams;
export type ListSuppressionsResult = SuppressionEntry[];

/** Request: the compliance report of the workspace, as Markdown or HTML text. */
export const REPORT = 'warden/report';
export type ReportFormat = 'md' | 'html';
export interface ReportParams extends ExcludeParams {
  format?: ReportFormat;
}
export interface ReportResult {
  text: string;
  findings: number;
  files: number;
}

/**
 * Request: the lines of the function around `line` in `text`, from the server's parse tree (the
 * coach's "challenge assumptions" reads that function). null: no function there. An error when the
 * server does not parse the text (language, size, parse timeout): the caller falls back.
 */
export const ENCLOSING_FUNCTION = 'warden/enclosingFunction';
export interface EnclosingFunctionParams {
  /** VS Code language id of the document. */
  languageId: string;
  text: string;
  /** Zero-based line. */
  line: number;
}
/** Zero-based, inclusive lines. */
export interface LineSpan {
  start: number;
  end: number;
}
export type EnclosingFunctionResult = LineSpan | null;

/**
 * Request: the calls in lines `startLine`..`endLine` of `text`, from the server's parse tree (the
 * coach reads call arguments from them instead of from the text). Errors like ENCLOSING_FUNCTION.
 */
export const CALLS = 'warden/calls';
export interface CallsParams {
  languageId: string;
  text: string;
  /** Zero-based, inclusive. */
  startLine: number;
  endLine: number;
}
export interface CallFact {
  /** Zero-based line of the call's opening parenthesis (where `name(` is written). */
  line: number;
  /** The source text before the arguments: `os.path.join`, `new ProcessBuilder`, `this.repo.find`. */
  callee: string;
  /** Each argument's source text, in order. */
  args: string[];
}
export type CallsResult = CallFact[];
