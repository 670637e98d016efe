// Workspace text (file names, code snippets in messages and trace labels, suppression reasons,
// custom rules' ids and titles) made inert for the output it goes to: a terminal (control
// characters would move the cursor, retitle the window, hide lines) or Markdown (HTML, links,
// images and code-span breakouts would render).

/**
 * C0 controls and DEL, C1 controls (0x9b is a one-byte CSI), and the invisible characters that
 * reorder or split a line: bidi embeddings, overrides and isolates, line and paragraph separators.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Each control character as a visible escape: ESC → \x1b, newline → \n, RLO → \u202e. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** What JSON.stringify leaves raw and a terminal may still act on: DEL, C1 controls, bidi and line separators. */
const JSON_RAW = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Serialized JSON (JSON, SARIF) with those characters as \u escapes: they only occur inside
 * strings, so the parsed value is unchanged, and the output is safe to print to a terminal.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Plain text inside a line of Markdown (a table cell or a heading, never a line start): controls
 * escaped, HTML metacharacters as entities (no tag, autolink or entity reference survives), the
 * inline punctuation backslash-escaped (no link, image, emphasis, strike-through or code span
 * starts, no bare URL is linked), and the cell's pipe escaped.
 */
export function mdText(text: string): string {
  return (
    escapeControls(text)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_[\]()!|~]/g, '\\$&')
      // Bare URLs would become links (GitHub's autolinks): a backslash in the way keeps them text.
      .replace(/:\/\//g, '\\://')
      .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`)
  );
}

/**
 * A Markdown code span around workspace text: its delimiter is one backtick longer than the
 * longest run inside (so a backtick cannot close it early), padded with spaces when the text
 * starts or ends with one; controls escaped, and the table cell's pipe escaped (GitHub removes
 * that backslash before parsing the span).
 */
export function mdCode(text: string): string {
  const inner = escapeControls(text).replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(inner.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = inner.startsWith('`') || inner.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${inner}${pad}${fence}`;
}
