// Text Warden itself writes into files (the security header, AI-region markers). Analyses blank
// those lines first so Warden's own words never count as evidence about the code.

import { aiMarkerLineNumbers } from '../protocol/ai-regions';

export const HEADER_BEGIN = 'warden:security-header begin';
export const HEADER_END = 'warden:security-header end';

export interface LineSpan {
  /** Zero-based, inclusive. */
  start: number;
  end: number;
}

/** The first header's begin..end lines; `end` is undefined when the end marker is missing. */
export function findHeaderSpan(lines: string[]): { start: number; end?: number } | undefined {
  const start = lines.findIndex((l) => l.includes(HEADER_BEGIN));
  if (start < 0) return undefined;
  const offset = lines.slice(start).findIndex((l) => l.includes(HEADER_END));
  return { start, end: offset < 0 ? undefined : start + offset };
}

/** The text with the header block and the AI marker lines blanked (line numbers unchanged). */
export function stripManagedBlocks(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  const header = findHeaderSpan(lines);
  if (header && header.end !== undefined) for (let i = header.start; i <= header.end; i++) lines[i] = '';
  for (const i of aiMarkerLineNumbers(text)) lines[i] = '';
  return lines.join('\n');
}
