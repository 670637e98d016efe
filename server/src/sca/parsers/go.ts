// go.mod: `require path version` lines and `require ( … )` blocks, `// indirect` included.
// Hand-read: the format is line-oriented with a handful of directives (go.dev/ref/mod#go-mod-file)
// and npm has no maintained go.mod parser. `replace` directives that swap a module for another
// version are applied, since that is the version the build uses.

import type { Dependency } from '../model';
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
