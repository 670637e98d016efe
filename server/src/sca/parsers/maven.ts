// Maven and Gradle. pom.xml is read with fast-xml-parser (entities, comments, CDATA and
// namespaces make regex reading of XML unreliable); `${property}` versions are resolved from
// <properties>. The parser keeps no positions, so each dependency is located in the text by its
// <artifactId>, in document order. build.gradle(.kts) is a Groovy/Kotlin program, not data: only
// literal coordinates are read (`'group:artifact:version'` and `group: 'g', name: 'a', version: 'v'`),
// which is what a parser could give without running the build anyway.

import { XMLParser } from 'fast-xml-parser';
import type { Dependency } from '../model';
import { escapeRegExp, LineIndex } from './text';

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
  const out: Dependency[] = [];
  const used = new Set<number>();
  for (const d of deps) {
    if (typeof d.artifactId !== 'string' || d.version === undefined) continue;
    const group = typeof d.groupId === 'string' ? d.groupId : 'org.apache.maven.plugins';
    const raw = String(d.version);
    const prop = /^\$\{([^}]+)\}$/.exec(raw);
    const version = prop ? properties[prop[1]] : raw;
    if (!version || version.includes('${')) continue;
    const artifact = new RegExp(`<artifactId>\\s*${escapeRegExp(d.artifactId)}\\s*</artifactId>`, 'g');
    // The first occurrence not taken yet: the parsed order (dependencies, then management, then
    // plugins) need not be the text's.
    let m = artifact.exec(text);
    while (m && used.has(m.index)) m = artifact.exec(text);
    if (!m) continue;
    used.add(m.index);
    // The <version> of this dependency: before the element closes.
    const close = text.slice(m.index).search(/<\/(dependency|plugin)>/);
    const body = text.slice(m.index, close < 0 ? undefined : m.index + close);
    let versionAt: number | undefined;
    if (prop) {
      const def = new RegExp(`<${escapeRegExp(prop[1])}>\\s*`).exec(text);
      if (def) versionAt = def.index + def[0].length;
    } else {
      const v = /<version>\s*/.exec(body);
      if (v) versionAt = m.index + v.index + v[0].length;
    }
    out.push({
      ecosystem: 'Maven',
      name: `${group}:${d.artifactId}`,
      version,
      exact: true,
      spec: raw,
      range: lines.lineRange(lines.lineOf(m.index)),
      ...(versionAt !== undefined && text.startsWith(version, versionAt)
        ? { versionRange: lines.range(versionAt, versionAt + version.length), bump: (fixed: string) => fixed }
        : {}),
    });
  }
  return out;
}

const GRADLE_CONFIG =
  '(?:implementation|api|compile|compileOnly|runtimeOnly|runtime|testImplementation|testCompile|testRuntimeOnly|annotationProcessor|kapt|classpath)';
const GRADLE_STRING = new RegExp(
  `\\b${GRADLE_CONFIG}\\s*\\(?\\s*(?:platform\\s*\\(\\s*)?(["'])([\\w.-]+):([\\w.-]+):([^"'@:\\s]+)(?:@\\w+)?\\1`,
  'g',
);
const GRADLE_MAP = new RegExp(
  `\\b${GRADLE_CONFIG}\\s*\\(?\\s*group\\s*[:=]\\s*(["'])([\\w.-]+)\\1\\s*,\\s*name\\s*[:=]\\s*(["'])([\\w.-]+)\\3\\s*,\\s*version\\s*[:=]\\s*(["'])([^"']+)\\5`,
  'g',
);

export function parseGradle(text: string): Dependency[] {
  const lines = new LineIndex(text);
  const out: Dependency[] = [];
  const code = text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/\/\/[^\n]*/g, (c) => ' '.repeat(c.length));
  const add = (index: number, group: string, artifact: string, version: string, versionAt: number): void => {
    if (!/^\d/.test(version)) return; // `$springVersion`, `+`, `latest.release`: nothing fixed to check
    out.push({
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
  for (let m = GRADLE_STRING.exec(code); m; m = GRADLE_STRING.exec(code)) {
    add(m.index, m[2], m[3], m[4], m.index + m[0].lastIndexOf(`:${m[4]}`) + 1);
  }
  for (let m = GRADLE_MAP.exec(code); m; m = GRADLE_MAP.exec(code)) {
    add(m.index, m[2], m[4], m[6], m.index + m[0].lastIndexOf(m[6]));
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line);
}
