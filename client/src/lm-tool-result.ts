// What the `warden_scan` language-model tool answers, as a pure function of Warden's diagnostics
// (the language server's findings, as the editor shows them): the same compact lines an agent gets
// from the CLI and MCP, at most 50 findings of at most 1 KB each, with the count left out.
// No vscode import, so the unit tests run it in-process.

export const MAX_TOOL_FINDINGS = 50;
export const MAX_TOOL_FINDING_BYTES = 1024;

/** The part of a Warden diagnostic the tool reads (LSP and vscode diagnostics both have it). */
export interface WardenDiagnostic {
  range: { start: { line: number; character: number } };
  /** LSP: 1 error, 2 warning, 3 information; vscode: 0 error, 1 warning, 2 information. */
  severity?: number;
  code?: string | number | { value: string | number };
  /** Plain text, or markup (LSP 3.18 diagnostics may carry it). */
  message: string | { value: string };
  source?: string;
  data?: unknown;
}

export interface ScannedDocument {
  /** Workspace-relative path. */
  path: string;
  diagnostics: WardenDiagnostic[];
  /** Only diagnostics on these zero-based lines (the selection), when set. */
  lines?: { start: number; end: number };
}

export type SeverityScale = 'lsp' | 'vscode';

function severityName(d: WardenDiagnostic, scale: SeverityScale): string {
  const index = (d.severity ?? (scale === 'lsp' ? 1 : 0)) - (scale === 'lsp' ? 1 : 0);
  return ['error', 'warning', 'info', 'info'][index] ?? 'info';
}

function ruleOf(d: WardenDiagnostic): string {
  const code = typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
  return String(code ?? 'warden');
}

function fixOf(d: WardenDiagnostic): string {
  const fix = (d.data as { fix?: { safety?: string } } | undefined)?.fix;
  if (!fix) return '';
  return fix.safety === 'review' ? ' A fix to review is offered as a quick-fix.' : ' A safe quick-fix exists.';
}

function messageOf(d: WardenDiagnostic): string {
  return (typeof d.message === 'string' ? d.message : d.message.value).replace(/\s*\n\s*/g, ' ');
}

function capped(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= MAX_TOOL_FINDING_BYTES) return line;
  let out = line.slice(0, MAX_TOOL_FINDING_BYTES - 3);
  while (Buffer.byteLength(`${out}…`, 'utf8') > MAX_TOOL_FINDING_BYTES) out = out.slice(0, -16);
  return `${out}…`;
}

const RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };

/** The tool's text answer for the scanned documents. */
export function renderScanResult(documents: ScannedDocument[], scale: SeverityScale = 'vscode'): string {
  const items = documents.flatMap((doc) =>
    doc.diagnostics
      .filter((d) => d.source === undefined || d.source === 'Warden')
      .filter((d) => !doc.lines || (d.range.start.line >= doc.lines.start && d.range.start.line <= doc.lines.end))
      .map((d) => ({ doc, d, severity: severityName(d, scale) })),
  );
  items.sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      a.doc.path.localeCompare(b.doc.path) ||
      a.d.range.start.line - b.d.range.start.line,
  );
  const scope = documents.length === 1 && documents[0].lines ? 'the selection' : `${documents.length} file(s)`;
  if (items.length === 0) return `Warden: no security findings in ${scope}.`;
  const lines = items
    .slice(0, MAX_TOOL_FINDINGS)
    .map(({ doc, d, severity }) =>
      capped(
        `${doc.path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${severity} [${ruleOf(d)}] ${messageOf(d)}${fixOf(d)}`,
      ),
    );
  const omitted = items.length - lines.length;
  return [
    `Warden: ${items.length} security finding(s) in ${scope}. Fix each one in the code; never add suppression comments (warden-ignore, nosec, nosemgrep).`,
    ...lines,
    ...(omitted > 0 ? [`… ${omitted} more finding(s) left out: fix these, then scan again.`] : []),
  ].join('\n');
}
