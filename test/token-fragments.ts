// Rule fixtures write provider tokens as `{{token:a|b|…}}` fragments (the repository never holds a
// live-looking token); tests join them in memory before scanning, as bench:blind does, and put the
// markers back into any output written to the repository (golden fixed files).

import { joinTokenMarkers } from '../bench/blind-inputs';

const MARKER = /\{\{token:[^}]*\}\}/g;

export interface AssembledText {
  text: string;
  /** The output with each assembled token written as its marker again. */
  restore(output: string): string;
}

export function assembleTokens(written: string): AssembledText {
  const markers = [...new Set(written.match(MARKER) ?? [])];
  return {
    text: joinTokenMarkers(written),
    restore: (output) => markers.reduce((out, marker) => out.split(joinTokenMarkers(marker)).join(marker), output),
  };
}
