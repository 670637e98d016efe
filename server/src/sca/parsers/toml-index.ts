// Where things are written in a TOML manifest, found in one pass over its lines: table headers,
// keys that start a line, `name = "…"` lines of poetry.lock, and every one-line string. The TOML
// parser (smol-toml) gives the values but no positions; looking each dependency up here instead
// of searching the text again per dependency keeps a 100k-entry pyproject.toml linear.

import { LineIndex, OffsetIndex, scanWork } from './text';

export interface TomlIndex {
  /** `[a.b.c]` headers, normalised (`[ a . "b" ]` → `a.b`), at their line start. */
  headers: OffsetIndex;
  /** `key =` at the start of a line (bare or quoted key), at the line start. */
  keys: OffsetIndex;
  /** `name = "…"` at column 0 (poetry.lock), by the name, at the line start. */
  names: OffsetIndex;
  /** One-line strings by their raw content, at the opening quote. */
  strings: OffsetIndex;
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** The first `needle` at or after `from` that ends by `end`, or -1 (never looks past the line). */
function indexWithin(text: string, needle: string, from: number, end: number): number {
  const at = text.slice(from, end).indexOf(needle);
  return at < 0 ? -1 : from + at;
}

function stripQuotes(s: string): string {
  return s.replace(/^["']/, '').replace(/["']$/, '');
}

function readHeader(text: string, open: number, end: number): string | undefined {
  const close = indexWithin(text, ']', open, end);
  if (close < 0) return undefined;
  return text
    .slice(open + 1, close)
    .split('.')
    .map((part) => stripQuotes(part.trim()))
    .join('.');
}

/** `key =` or `"key" =` from `at`: the key, or undefined when the line is not an assignment. */
function readKey(text: string, at: number, end: number): string | undefined {
  const quote = text[at] === '"' || text[at] === "'" ? text[at] : undefined;
  let i = quote ? at + 1 : at;
  while (i < end && (quote ? text[i] !== quote : !isBlank(text[i]) && text[i] !== '=')) i++;
  const key = text.slice(quote ? at + 1 : at, i);
  if (quote && i < end) i++;
  while (isBlank(text[i]) && i < end) i++;
  return key && text[i] === '=' ? key : undefined;
}

export function indexToml(text: string, lines: LineIndex): TomlIndex {
  const index: TomlIndex = {
    headers: new OffsetIndex(),
    keys: new OffsetIndex(),
    names: new OffsetIndex(),
    strings: new OffsetIndex(),
  };
  let multiline: string | undefined;
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    scanWork.chars += end - start + 1;
    let i = start;
    if (multiline) {
      const close = indexWithin(text, multiline, i, end);
      if (close < 0) continue;
      i = close + 3;
      multiline = undefined;
    } else {
      let first = start;
      while (first < end && isBlank(text[first])) first++;
      if (text[first] === '[' && text[first + 1] !== '[') {
        const header = readHeader(text, first, end);
        if (header !== undefined) index.headers.add(header, start);
      } else {
        const key = readKey(text, first, end);
        if (key !== undefined) index.keys.add(key, start);
        if (first === start && key === 'name') {
          const eq = indexWithin(text, '=', first, end) + 1;
          let q = eq;
          while (isBlank(text[q]) && q < end) q++;
          if (text[q] === '"' || text[q] === "'") {
            let close = q + 1;
            while (close < end && text[close] !== '"' && text[close] !== "'") close++;
            if (close < end) index.names.add(text.slice(q + 1, close), start);
          }
        }
      }
    }
    while (i < end) {
      const c = text[i];
      if (c === '#') break;
      if (c !== '"' && c !== "'") {
        i++;
        continue;
      }
      const triple = c.repeat(3);
      if (text.startsWith(triple, i)) {
        const close = indexWithin(text, triple, i + 3, end);
        if (close < 0) {
          multiline = triple;
          break;
        }
        i = close + 3;
        continue;
      }
      let close = i + 1;
      while (close < end && text[close] !== c) close += c === '"' && text[close] === '\\' ? 2 : 1;
      index.strings.add(text.slice(i + 1, Math.min(close, end)), i);
      i = close + 1;
    }
  }
  return index;
}
