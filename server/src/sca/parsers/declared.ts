// Every dependency name a manifest declares, pinned or not, with where the name is written: what
// the misspelled-package check reads (a version-less `reqeusts` in requirements.txt is still a
// typo). The advisory parsers skip unversioned entries, as there is no version to check.

import type { Dependency } from '../model';
import { indexJsonKeys, jsonObjectAt } from './json-keys';
import { normalizePyPIName, parsePyproject } from './python';
import { LineIndex } from './text';

export type DeclaredName = Pick<Dependency, 'ecosystem' | 'name' | 'range' | 'nameRange'>;

const NPM_SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

function packageJsonNames(text: string): DeclaredName[] {
  const data = JSON.parse(text) as Record<string, unknown>;
  const keys = indexJsonKeys(text);
  const lines = new LineIndex(text);
  const out: DeclaredName[] = [];
  for (const section of NPM_SECTIONS) {
    const deps = data[section];
    const sectionKeys = jsonObjectAt(keys, section);
    if (!deps || typeof deps !== 'object' || !sectionKeys) continue;
    for (const name of Object.keys(deps)) {
      const at = sectionKeys.keys.get(name)?.at;
      if (at === undefined) continue;
      out.push({
        ecosystem: 'npm',
        name,
        range: lines.lineRange(lines.lineOf(at)),
        ...(text.startsWith(name, at + 1) ? { nameRange: lines.range(at + 1, at + 1 + name.length) } : {}),
      });
    }
  }
  return out;
}

function requirementsNames(text: string): DeclaredName[] {
  const lines = new LineIndex(text);
  const out: DeclaredName[] = [];
  for (let i = 0; i < lines.lineCount; i++) {
    const start = lines.lineStart(i);
    const row = text.slice(start, lines.lineEnd(i));
    const m = /^(\s*)([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(row);
    if (!m || /:\/\//.test(row)) continue;
    const at = start + m[1].length;
    out.push({
      ecosystem: 'PyPI',
      name: normalizePyPIName(m[2]),
      range: lines.lineRange(i),
      nameRange: lines.range(at, at + m[2].length),
    });
  }
  return out;
}

/** The names a manifest (not a lockfile) declares; none for formats without names to check. */
export function declaredNames(fileName: string, text: string): DeclaredName[] {
  if (fileName === 'package.json') return packageJsonNames(text);
  if (/^requirements([-_.\w]*)\.(txt|in)$/.test(fileName)) return requirementsNames(text);
  if (fileName === 'pyproject.toml') return parsePyproject(text);
  return [];
}
