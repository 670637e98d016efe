// go.mod: `require path version` lines and `require ( … )` blocks, `// indirect` included.
// Hand-read: the format is line-oriented with a handful of directives (go.dev/ref/mod#go-mod-file)
// and npm has no maintained go.mod parser. `replace` directives that swap a module for another
// version are applied, since that is the version the build uses.

import type { Dependency } from '../model';
import { compareVersions } from '../versions';
import { LineIndex } from './text';

const MODULE_LINE =
  /^(\s*)(?:(require|replace)\s+)?("[^"]+"|[^\s"()]+)\s+(v[0-9][^\s]*)(?:\s*=>\s*("[^"]+"|[^\s()]+)(?:\s+(v[0-9][^\s]*))?)?/;

export function parseGoMod(text: string): Dependency[] {
  const lines = new LineIndex(text);
  const out: Dependency[] = [];
  const replaced = new Map<string, string>();
  let block: string | undefined;
  const requires: Array<{ path: string; version: string; line: number; versionAt: number }> = [];
  for (let i = 0; i < lines.lineCount; i++) {
    const start = lines.lineStart(i);
    const row = text.slice(start, lines.lineEnd(i));
    const code = row.replace(/\/\/.*$/, '');
    const open = /^\s*(require|replace|exclude|retract)\s*\(\s*$/.exec(code);
    if (open) {
      block = open[1];
      continue;
    }
    if (block && /^\s*\)\s*$/.test(code)) {
      block = undefined;
      continue;
    }
    const m = MODULE_LINE.exec(code);
    if (!m) continue;
    const directive = m[2] ?? block;
    const modulePath = m[3].replace(/"/g, '');
    if (directive === 'require') {
      requires.push({
        path: modulePath,
        version: m[4],
        line: i,
        versionAt: start + row.indexOf(m[4], m[1].length + (m[2]?.length ?? 0) + m[3].length),
      });
    } else if (directive === 'replace' && m[6] && m[5].replace(/"/g, '') === modulePath) {
      replaced.set(modulePath, m[6]);
    }
  }
  for (const r of requires) {
    const version = replaced.get(r.path) ?? r.version;
    out.push({
      ecosystem: 'Go',
      name: r.path,
      version,
      exact: true,
      spec: version,
      range: lines.lineRange(r.line),
      ...(replaced.has(r.path)
        ? {}
        : {
            versionRange: lines.range(r.versionAt, r.versionAt + r.version.length),
            bump: (fixed: string) => `v${fixed.replace(/^v/, '')}`,
          }),
    });
  }
  return out;
}

/**
 * go.sum: `path version[/go.mod] hash` lines. It also lists versions the build did not select
 * (checksums kept for module graph pruning), so only each module's highest version with its
 * code checksummed (not just its go.mod) counts: that is the one minimal version selection builds.
 */
export function parseGoSum(text: string): Dependency[] {
  const lines = new LineIndex(text);
  const chosen = new Map<string, { version: string; line: number }>();
  for (let i = 0; i < lines.lineCount; i++) {
    const m = /^\s*(\S+)\s+(v[0-9][^\s/]*)\s+h1:/.exec(text.slice(lines.lineStart(i), lines.lineEnd(i)));
    if (!m) continue;
    const previous = chosen.get(m[1]);
    if (!previous || (compareVersions('Go', m[2], previous.version) ?? 0) > 0)
      chosen.set(m[1], { version: m[2], line: i });
  }
  return [...chosen].map(([name, { version, line }]) => ({
    ecosystem: 'Go' as const,
    name,
    version,
    exact: true,
    spec: version,
    range: lines.lineRange(line),
  }));
}
