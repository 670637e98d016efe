// Maven and Gradle. pom.xml is read with fast-xml-parser (entities, comments, CDATA and
// namespaces make regex reading of XML unreliable); `${property}` versions are resolved from
// <properties>. The parser keeps no positions, so each dependency is located by its <artifactId>
// in an index of the tags built in one pass, in document order. build.gradle(.kts) is a Groovy/Kotlin program, not data: only
// literal coordinates are read (`'group:artifact:version'` and `group: 'g', name: 'a', version: 'v'`),
// which is what a parser could give without running the build anyway.

import { XMLParser } from 'fast-xml-parser';
import type { Dependency } from '../model';
import { LineIndex, OffsetIndex, scanWork } from './text';

interface PomDependency {
  groupId?: unknown;
  artifactId?: unknown;
  version?: unknown;
}

function asArray<T>(v: T | T[] | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

export function parsePom(text: string): Dependency[] {
  const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: true,
    isArray: (name) => name === 'dependency' || name === 'plugin',
  });
  const doc = parser.parse(text) as { project?: Record<string, any> };
  const project = doc.project;
  if (!project) return [];
  const properties: Record<string, string> = {};
  for (const [k, v] of Object.entries((project.properties ?? {}) as Record<string, unknown>))
    if (typeof v === 'string' || typeof v === 'number') properties[k] = String(v);
  if (project.version !== undefined) properties['project.version'] = String(project.version);
  const deps: PomDependency[] = [
    ...asArray<PomDependency>(project.dependencies?.dependency),
    ...asArray<PomDependency>(project.dependencyManagement?.dependencies?.dependency),
    ...asArray<PomDependency>(project.build?.plugins?.plugin),
  ];
  const lines = new LineIndex(text);
  const where = indexPom(text);
  const out: Dependency[] = [];
  for (const d of deps) {
    if (typeof d.artifactId !== 'string' || d.version === undefined) continue;
    const group = typeof d.groupId === 'string' ? d.groupId : 'org.apache.maven.plugins';
    const raw = String(d.version);
    const prop = /^\$\{([^}]+)\}$/.exec(raw);
    const version = prop ? properties[prop[1]] : raw;
    if (!version || version.includes('${')) continue;
    // The first occurrence not taken yet: the parsed order (dependencies, then management, then
    // plugins) need not be the text's.
    const at = where.artifacts.take(d.artifactId);
    if (at === undefined) continue;
    // The <version> of this dependency: before the element closes.
    let versionAt: number | undefined;
    if (prop) versionAt = where.openTags.get(prop[1]);
    else {
      const close = where.closes.first('', at);
      const v = where.versions.first('', at);
      if (v !== undefined && (close === undefined || v < close)) versionAt = v;
    }
    out.push({
      ecosystem: 'Maven',
      name: `${group}:${d.artifactId}`,
      version,
      exact: true,
      spec: raw,
      range: lines.lineRange(lines.lineOf(at)),
      ...(versionAt !== undefined && text.startsWith(version, versionAt)
        ? { versionRange: lines.range(versionAt, versionAt + version.length), bump: (fixed: string) => fixed }
        : {}),
    });
  }
  return out;
}

interface PomIndex {
  /** `<artifactId>name</artifactId>` by name, at the opening tag. */
  artifacts: OffsetIndex;
  /** Just after each `<version>` and the blanks that follow it (key ''). */
  versions: OffsetIndex;
  /** Each `</dependency>` or `</plugin>` (key ''). */
  closes: OffsetIndex;
  /** The first `<tag>` of each name, just after it and its blanks: where a property is defined. */
  openTags: Map<string, number>;
}

/** One pass over the tags of a pom.xml; every tag is read from its `<` to the next `<` at most. */
function indexPom(text: string): PomIndex {
  const index: PomIndex = {
    artifacts: new OffsetIndex(),
    versions: new OffsetIndex(),
    closes: new OffsetIndex(),
    openTags: new Map(),
  };
  const skipBlanks = (i: number): number => {
    while (i < text.length && /\s/.test(text[i])) i++;
    return i;
  };
  for (let lt = text.indexOf('<'); lt >= 0;) {
    const next = text.indexOf('<', lt + 1);
    const end = next < 0 ? text.length : next;
    const close = text.slice(lt, end).indexOf('>');
    const gt = close < 0 ? -1 : lt + close;
    if (gt >= 0) {
      const tag = text.slice(lt + 1, gt);
      if (tag === 'artifactId' && text.startsWith('</artifactId>', end)) {
        index.artifacts.add(text.slice(gt + 1, end).trim(), lt);
      } else if (tag === '/dependency' || tag === '/plugin') index.closes.add('', lt);
      if (/^[^\s/!?]+$/.test(tag) && !index.openTags.has(tag)) index.openTags.set(tag, skipBlanks(gt + 1));
      if (tag === 'version') index.versions.add('', skipBlanks(gt + 1));
    }
    scanWork.chars += end - lt;
    lt = next;
  }
  return index;
}

const GRADLE_CONFIGS = new Set([
  'implementation',
  'api',
  'compile',
  'compileOnly',
  'runtimeOnly',
  'runtime',
  'testImplementation',
  'testCompile',
  'testRuntimeOnly',
  'annotationProcessor',
  'kapt',
  'classpath',
]);
/** `group:artifact:version` with an optional `@extension`; the three parts never overlap (`:` separates). */
const COORDINATES = /^([\w.-]+):([\w.-]+):([^"'@:\s]+)(?:@\w+)?$/;

export function parseGradle(text: string): Dependency[] {
  const lines = new LineIndex(text);
  const tokens = gradleTokens(text);
  const strings: Dependency[] = [];
  const maps: Dependency[] = [];
  const add = (
    list: Dependency[],
    index: number,
    group: string,
    artifact: string,
    version: string,
    versionAt: number,
  ): void => {
    if (!/^\d/.test(version)) return; // `$springVersion`, `+`, `latest.release`: nothing fixed to check
    list.push({
      ecosystem: 'Maven',
      name: `${group}:${artifact}`,
      version,
      exact: true,
      spec: version,
      range: lines.lineRange(lines.lineOf(index)),
      versionRange: lines.range(versionAt, versionAt + version.length),
      bump: (fixed) => fixed,
    });
  };
  // Each configuration keyword is matched against a fixed number of tokens after it, so the
  // whole file costs one tokenizing pass plus a constant per keyword.
  const is = (i: number, value: string): boolean => tokens[i]?.kind === 'punct' && tokens[i].text === value;
  const word = (i: number, value: string): boolean => tokens[i]?.kind === 'word' && tokens[i].text === value;
  const str = (i: number): GradleToken | undefined => (tokens[i]?.kind === 'string' ? tokens[i] : undefined);
  const assign = (i: number): boolean => is(i, ':') || is(i, '=');
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].kind !== 'word' || !GRADLE_CONFIGS.has(tokens[k].text)) continue;
    let i = k + 1;
    if (is(i, '(')) i++;
    const keyword = tokens[k];
    let s = i;
    if (word(s, 'platform') && is(s + 1, '(')) s += 2;
    const coordinates = str(s);
    const m = coordinates && COORDINATES.exec(coordinates.text);
    if (coordinates && m) {
      add(strings, keyword.at, m[1], m[2], m[3], coordinates.at + 1 + m[1].length + m[2].length + 2);
      continue;
    }
    // group: 'g', name: 'a', version: 'v'
    const group = word(i, 'group') && assign(i + 1) ? str(i + 2) : undefined;
    const name = is(i + 3, ',') && word(i + 4, 'name') && assign(i + 5) ? str(i + 6) : undefined;
    const version = is(i + 7, ',') && word(i + 8, 'version') && assign(i + 9) ? str(i + 10) : undefined;
    if (
      group &&
      name &&
      version &&
      GRADLE_NAME.test(group.text) &&
      GRADLE_NAME.test(name.text) &&
      GRADLE_VERSION.test(version.text)
    )
      add(maps, keyword.at, group.text, name.text, version.text, version.at + 1);
  }
  return [...strings, ...maps].sort((a, b) => a.range.start.line - b.range.start.line);
}

const GRADLE_NAME = /^[\w.-]+$/;
const GRADLE_VERSION = /^[^"']+$/;

interface GradleToken {
  kind: 'word' | 'string' | 'punct';
  /** The word, the punctuation character, or a string's content without its quotes. */
  text: string;
  /** Offset of the word, the character, or a string's opening quote. */
  at: number;
}

/**
 * Words, one-line quoted strings and punctuation of a Groovy/Kotlin build script, comments
 * skipped, in one pass. A string stops at its quote or at the end of its line; an unterminated
 * block comment runs to the end of the file.
 */
export function gradleTokens(text: string): GradleToken[] {
  const tokens: GradleToken[] = [];
  const isWord = (c: string): boolean =>
    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === '"' || c === "'") {
      let end = i + 1;
      while (end < text.length && text[end] !== c && text[end] !== '\n') end += text[end] === '\\' ? 2 : 1;
      if (text[end] === c) tokens.push({ kind: 'string', text: text.slice(i + 1, end), at: i });
      i = end + 1;
    } else if (isWord(c)) {
      let end = i + 1;
      while (end < text.length && isWord(text[end])) end++;
      tokens.push({ kind: 'word', text: text.slice(i, end), at: i });
      i = end;
    } else {
      if (c > ' ') tokens.push({ kind: 'punct', text: c, at: i });
      i++;
    }
  }
  scanWork.chars += text.length;
  return tokens;
}
