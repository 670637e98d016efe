// Inputs of `npm run bench:blind` beyond the tree-sitter languages: config files (scanned through
// scanNamedText when the engine takes them, else scored as not scanned), labels of JSON files (no
// comment syntax) from a sidecar `<file>.labels`, and provider tokens written as fragment markers.

import * as fs from 'fs';
import * as path from 'path';
import { languageForPath } from '../server/src/engine';
import { Label, parseLabels } from '../server/src/engine/labels';
import { isConfigFile } from '../core/secrets/config-files';

/**
 * `{{token:<fragment>|<fragment>|…}}`: a provider token split so the repository never holds a
 * live-looking one (push protection, policy.md); the fragments are joined in memory before scanning,
 * on the same line, so labels keep their lines.
 */
const TOKEN_MARKER = /\{\{token:([^}]*)\}\}/g;

/** One line of a `<file>.labels` sidecar: `<line>: expect|safe <class>[, <class>…]` (1-based line). */
const SIDECAR_LINE = /^\s*(\d+)\s*:\s*(expect|safe)\s*:?\s*([\w-]+(?:\s*,\s*[\w-]+)*)\s*$/;

/** Files the scorer reads: a tree-sitter language or a config file Warden scans (not sidecars, not RESULTS.md). */
export function isProbeFile(file: string): boolean {
  return Boolean(languageForPath(file)) || isConfigFile(file);
}

export function joinTokenMarkers(text: string): string {
  return text.replace(TOKEN_MARKER, (_m, fragments: string) => fragments.split('|').join(''));
}

/** Labels from `<file>.labels`, as parseLabels gives them (zero-based code line). */
export function sidecarLabels(file: string): { labels: Label[]; errors: string[] } {
  const sidecar = `${file}.labels`;
  const labels: Label[] = [];
  const errors: string[] = [];
  if (!fs.existsSync(sidecar)) return { labels, errors };
  fs.readFileSync(sidecar, 'utf8')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      if (/^\s*(#.*)?$/.test(raw)) return;
      const m = SIDECAR_LINE.exec(raw);
      if (!m) return void errors.push(`${path.basename(sidecar)}:${i + 1}: not "<line>: expect|safe <class>"`);
      const line = Number(m[1]) - 1;
      const classes = m[3].split(',').map((c) => c.trim());
      labels.push({ kind: m[2] as Label['kind'], classes, line, commentLine: line });
    });
  return { labels, errors };
}

/** A probe's labels: its comments, plus a sidecar for JSON (which has no comment syntax). */
export function probeLabels(file: string, text: string): { labels: Label[]; errors: string[] } {
  const own = parseLabels(text).filter((l) => l.kind === 'expect' || l.kind === 'safe');
  const side = sidecarLabels(file);
  return { labels: [...own, ...side.labels], errors: side.errors };
}
