// Python manifests. pyproject.toml and poetry.lock are TOML, read with smol-toml (a complete
// TOML 1.0 parser: multi-line arrays, inline tables and quoting rules make hand parsing wrong).
// (Their lockfiles are read in python-locks.ts.) requirements.txt is pip's line format, one PEP 508 requirement per line: read line by line.
// Versions are PEP 440 (@renovatebot/pep440 checks them). TOML parsers keep no positions, so
// each dependency is then located by its name in an index of the text built in one pass.

import * as pep440 from '@renovatebot/pep440';
import { parse as parseToml } from 'smol-toml';
import type { Dependency } from '../model';
import { indexToml } from './toml-index';
import { LineIndex, MAX_SPEC_LENGTH } from './text';

export function normalizePyPIName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

interface Requirement {
  name: string;
  version: string;
  exact: boolean;
  spec: string;
  /** Offset of the version text inside the requirement string. */
  versionAt: number;
  /** The name as written, and its offset inside the requirement string. */
  rawName: string;
  nameAt: number;
}

/**
 * One PEP 508 requirement (`Django[argon2]>=3.2,<4 ; python_version>"3.8"`): the version that
 * matters is an `==`/`===` pin, else the lower bound of `>=` or `~=`. Unbounded requirements give
 * nothing to check.
 */
export function parseRequirement(text: string): Requirement | undefined {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*\(?([^;#@]*)/.exec(text);
  if (!m) return undefined;
  const specStart = m.index + m[0].length - m[3].length;
  const spec = m[3].replace(/\)\s*$/, '').trim();
  let best: Requirement | undefined;
  const clause = /(===|==|~=|>=)\s*([^\s,;)]+)/g;
  for (let c = clause.exec(m[3]); c; c = clause.exec(m[3])) {
    const version = c[2];
    if (version.length > MAX_SPEC_LENGTH || version.includes('*') || !pep440.valid(version)) continue;
    const exact = c[1] === '==' || c[1] === '===';
    const candidate = {
      name: normalizePyPIName(m[1]),
      version,
      exact,
      spec,
      versionAt: specStart + c.index + c[0].length - version.length,
      rawName: m[1],
      nameAt: m[0].length - m[0].trimStart().length,
    };
    if (exact) return candidate;
    best ??= candidate;
  }
  return best;
}

export function parseRequirementsTxt(text: string): Dependency[] {
  const lines = new LineIndex(text);
  const out: Dependency[] = [];
  for (let i = 0; i < lines.lineCount; i++) {
    const start = lines.lineStart(i);
    const line = text.slice(start, lines.lineEnd(i));
    const body = line.replace(/(^|\s)#.*$/, '');
    if (!body.trim() || /^\s*-/.test(body) || /:\/\//.test(body)) continue; // options, -r/-e, URLs
    const req = parseRequirement(body);
    if (!req) continue;
    const at = start + req.versionAt;
    out.push({
      ecosystem: 'PyPI',
      name: req.name,
      version: req.version,
      exact: req.exact,
      spec: req.spec,
      range: lines.lineRange(i),
      nameRange: lines.range(start + req.nameAt, start + req.nameAt + req.rawName.length),
      versionRange: lines.range(at, at + req.version.length),
      bump: (fixed) => fixed,
    });
  }
  return out;
}

/** Poetry's `^2.0`, `~2.0`, `>=2.0,<3`, `2.0` (= exactly 2.0): the lowest allowed version. */
function poetryLowest(spec: string): { version: string; exact: boolean } | undefined {
  if (spec.length > MAX_SPEC_LENGTH) return undefined;
  // Trimmed first: a pattern that skips spaces on both sides of an optional operator backtracks
  // quadratically over a long run of spaces.
  const m = /^(\^|~=|~|>=|==|=)?\s*([0-9][^\s,]*)/.exec(spec.trim());
  if (!m || m[2].includes('*') || !pep440.valid(m[2])) return undefined;
  return { version: m[2], exact: m[1] === undefined || m[1] === '==' || m[1] === '=' };
}

export function parsePyproject(text: string): Dependency[] {
  const data = parseToml(text) as Record<string, any>;
  const lines = new LineIndex(text);
  const where = indexToml(text, lines);
  const out: Dependency[] = [];
  const used = new Set<number>();
  // PEP 621: arrays of PEP 508 strings.
  const pep621: string[] = [
    ...(Array.isArray(data.project?.dependencies) ? data.project.dependencies : []),
    ...Object.values((data.project?.['optional-dependencies'] ?? {}) as Record<string, unknown>).flatMap((v) =>
      Array.isArray(v) ? v : [],
    ),
  ].filter((s): s is string => typeof s === 'string');
  for (const requirement of pep621) {
    const req = parseRequirement(requirement);
    if (!req) continue;
    const at = where.strings.first(requirement);
    if (at === undefined || used.has(at)) continue;
    used.add(at);
    const versionAt = at + 1 + req.versionAt;
    out.push({
      ecosystem: 'PyPI',
      name: req.name,
      version: req.version,
      exact: req.exact,
      spec: req.spec,
      range: lines.lineRange(lines.lineOf(at)),
      nameRange: lines.range(at + 1 + req.nameAt, at + 1 + req.nameAt + req.rawName.length),
      versionRange: lines.range(versionAt, versionAt + req.version.length),
      bump: (fixed) => fixed,
    });
  }
  // Poetry: tables of name = "spec" or name = { version = "spec", … }.
  const poetry = data.tool?.poetry ?? {};
  const tables: Array<[string, Record<string, unknown> | undefined]> = [
    ['tool.poetry.dependencies', poetry.dependencies],
    ['tool.poetry.dev-dependencies', poetry['dev-dependencies']],
    ...Object.entries((poetry.group ?? {}) as Record<string, { dependencies?: Record<string, unknown> }>).map(
      ([g, v]): [string, Record<string, unknown> | undefined] => [
        `tool.poetry.group.${g}.dependencies`,
        v?.dependencies,
      ],
    ),
  ];
  for (const [header, table] of tables) {
    if (!table || typeof table !== 'object') continue;
    // Search the table's own section, so a same-named key elsewhere is not taken for it.
    const headerAt = where.headers.first(header) ?? 0;
    for (const [name, value] of Object.entries(table)) {
      if (name.toLowerCase() === 'python') continue;
      const spec =
        typeof value === 'string'
          ? value
          : typeof (value as { version?: unknown })?.version === 'string'
            ? (value as { version: string }).version
            : undefined;
      const lowest = spec && poetryLowest(spec);
      if (!spec || !lowest) continue;
      const at = where.keys.take(name, headerAt);
      if (at === undefined) continue;
      const line = lines.lineOf(at);
      const row = text.slice(at, lines.lineEnd(line));
      const versionAt = row.indexOf(lowest.version, row.indexOf('=') + 1);
      const nameAt = row.indexOf(name);
      out.push({
        ecosystem: 'PyPI',
        name: normalizePyPIName(name),
        version: lowest.version,
        exact: lowest.exact,
        spec,
        range: lines.lineRange(line),
        nameRange: nameAt >= 0 ? lines.range(at + nameAt, at + nameAt + name.length) : undefined,
        versionRange: versionAt >= 0 ? lines.range(at + versionAt, at + versionAt + lowest.version.length) : undefined,
        bump: (fixed) => fixed,
      });
    }
  }
  return out;
}

/** `-r other.txt` / `--requirement other.txt` lines: the file named, and the line. */
export function requirementIncludes(text: string): Array<{ file: string; line: number }> {
  const lines = new LineIndex(text);
  const out: Array<{ file: string; line: number }> = [];
  for (let i = 0; i < lines.lineCount; i++) {
    const m = /^\s*(?:-r|--requirement)(?:\s+|=)(\S+)/.exec(text.slice(lines.lineStart(i), lines.lineEnd(i)));
    if (m) out.push({ file: m[1], line: i });
  }
  return out;
}

/**
 * The requirements a `-r` line pulls in from a file that is not scanned on its own (its name is
 * not requirements*.txt: `-r base.txt`, `-r deps/common.in`), reported on the `-r` line. Only
 * files inside the including file's folder; one level deep. No quick-fix: the pin is elsewhere.
 */
export function includedRequirements(
  text: string,
  read: (relative: string) => string | undefined,
  isScannedOnItsOwn: (relative: string) => boolean,
): Dependency[] {
  const lines = new LineIndex(text);
  return requirementIncludes(text).flatMap(({ file, line }) => {
    const relative = file.replace(/\\/g, '/');
    if (relative.startsWith('/') || relative.split('/').includes('..') || isScannedOnItsOwn(relative)) return [];
    const included = read(relative);
    if (included === undefined) return [];
    return parseRequirementsTxt(included).map(({ versionRange: _v, bump: _b, ...dep }) => ({
      ...dep,
      range: lines.lineRange(line),
    }));
  });
}
