// Markers for AI-generated code: `warden:ai-generated begin` / `warden:ai-generated end` in the
// file's comment syntax. The client writes them; the language server reads them with
// parseAiRegions() to add a comprehension-check hint to findings inside marked regions.

import { DEFAULT_AI_LABEL } from './settings';

export { DEFAULT_AI_LABEL };

export interface AiMarkerOptions {
  /** The marker label; `begin`/`end` follow it. Default `warden:ai-generated`. */
  label?: string;
  /** Optional note on the begin line, e.g. the assistant's name or a date. */
  note?: string;
}

export interface AiRegion {
  /** Zero-based lines of the begin and end markers; the code is strictly between them. */
  beginLine: number;
  endLine: number;
  /** Text after `begin` on the marker line (assistant, date), trimmed of comment closers. */
  note: string;
  /** True when no end marker follows: the region runs to the end of the file. */
  unterminated: boolean;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A marker must sit in a comment: after `//`, `#`, `--`, `/*`, `<!--`, `;`, `%` or `*`. */
function markerRegex(label: string): RegExp {
  return new RegExp(`^\\s*(?:\\/\\/+|#+|--|\\/\\*+|<!--|;+|%|\\*)\\s*${escape(label)}\\s+(begin|end)\\b(.*)$`, 'i');
}

/** The marked regions of a document, in order. Nested begins are folded into the outer region. */
export function parseAiRegions(text: string, options: AiMarkerOptions = {}): AiRegion[] {
  const re = markerRegex(options.label || DEFAULT_AI_LABEL);
  const lines = text.split(/\r\n|\r|\n/);
  const out: AiRegion[] = [];
  let open: { line: number; note: string; depth: number } | undefined;
  lines.forEach((line, i) => {
    const m = re.exec(line);
    if (!m) return;
    if (m[1].toLowerCase() === 'begin') {
      if (open) open.depth++;
      else open = { line: i, note: cleanNote(m[2]), depth: 1 };
    } else if (open && --open.depth === 0) {
      out.push({ beginLine: open.line, endLine: i, note: open.note, unterminated: false });
      open = undefined;
    }
  });
  if (open) out.push({ beginLine: open.line, endLine: lines.length - 1, note: open.note, unterminated: true });
  return out;
}

function cleanNote(rest: string): string {
  return rest
    .replace(/(\*\/|-->)\s*$/, '')
    .replace(/^[\s:—-]+/, '')
    .trim();
}

/** True when the zero-based line is inside a marked region (markers excluded). */
export function isInAiRegion(regions: AiRegion[], line: number): boolean {
  return regions.some((r) => line > r.beginLine && (r.unterminated ? line <= r.endLine : line < r.endLine));
}

/** The begin and end marker lines (without indentation) for a comment style. */
export function aiMarkerLines(
  style: { line?: string; block?: [string, string] },
  options: AiMarkerOptions = {},
): [string, string] {
  const label = options.label || DEFAULT_AI_LABEL;
  const note = options.note ? ` ${options.note}` : '';
  if (style.line) return [`${style.line} ${label} begin${note}`, `${style.line} ${label} end`];
  const [open, close] = style.block ?? ['/*', '*/'];
  return [`${open} ${label} begin${note} ${close}`, `${open} ${label} end ${close}`];
}

/**
 * Wraps whole lines in markers. `lines` are the selected lines; the markers take the indentation
 * of the first non-blank line so they line up with the code.
 */
export function wrapInAiMarkers(
  lines: string[],
  style: { line?: string; block?: [string, string] },
  options: AiMarkerOptions = {},
): string[] {
  const first = lines.find((l) => l.trim() !== '') ?? '';
  const indent = /^\s*/.exec(first)![0];
  const [begin, end] = aiMarkerLines(style, options);
  return [indent + begin, ...lines, indent + end];
}

/** Line numbers of all marker lines (for tools that must ignore the markers' own words). */
export function aiMarkerLineNumbers(text: string, options: AiMarkerOptions = {}): number[] {
  const re = markerRegex(options.label || DEFAULT_AI_LABEL);
  return text.split(/\r\n|\r|\n/).flatMap((l, i) => (re.test(l) ? [i] : []));
}
