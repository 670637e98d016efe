// One finding per package per project (docs/policy.md, "Dependencies"). A project is a folder:
// its manifests (package.json, pyproject.toml, requirements*.txt, go.mod, pom.xml, build.gradle)
// declare direct dependencies, its lockfiles (package-lock.json, npm-shrinkwrap.json, yarn.lock,
// pnpm-lock.yaml, poetry.lock, uv.lock, Pipfile.lock, go.sum) pin what is installed, transitive
// packages included, with the chain from a direct dependency where the lockfile records it. A package is reported once:
// on its manifest line when it is direct, else on its (first) lockfile entry; the other places are
// related information. A package both vulnerable and unmaintained is one finding, not two on the
// same line. Pure: the caller hands in the sibling files.

import type { Finding } from '../engine';
import type { Dependency } from './model';

/** A dependency finding: its other places are manifests in the same folder. */
export type DependencyFinding = Finding;

/** The manifests beside the one scanned (same folder): their base names, and their text. */
export interface ProjectManifests {
  names: string[];
  read(name: string): string | undefined;
}

const LOCKFILE =
  /^(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|poetry\.lock|uv\.lock|Pipfile\.lock|go\.sum)$/;

export function isLockfile(fileName: string): boolean {
  return LOCKFILE.test(fileName);
}

export interface Occurrence {
  file: string;
  dep: Dependency;
}

/** What one occurrence of a package gives, before the project's findings are chosen. */
export interface Assessment {
  vulnerable?: Finding;
  unmaintained?: Finding;
  /** The unmaintained reason and replacement, to fold into a vulnerable finding. */
  weakNote?: string;
}

export interface Assessor {
  assess(dep: Dependency): Assessment;
  /** The vulnerable finding's fix, written at `target` (the manifest line) for the version `from` is at. */
  fixAt(target: Dependency, from: Dependency): Finding['fix'];
}

function packageKey(dep: Dependency): string {
  return `${dep.ecosystem}\u0000${dep.name}`;
}

/** Manifest before lockfile, then by file name, then by position: the first is where the finding goes. */
function byPlace(a: Occurrence, b: Occurrence): number {
  const lock = Number(isLockfile(a.file)) - Number(isLockfile(b.file));
  if (lock !== 0) return lock;
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.dep.range.start.line - b.dep.range.start.line || a.dep.range.start.character - b.dep.range.start.character;
}

function placeLabel(o: Occurrence): string {
  return `${o.file}:${o.dep.range.start.line + 1}`;
}

function alsoAt(others: Occurrence[]): string {
  const shown = others.slice(0, 3).map(placeLabel).join(', ');
  return others.length === 0 ? '' : ` (Also in ${shown}${others.length > 3 ? ` and ${others.length - 3} more` : ''}.)`;
}

/** For a transitive package reported on its lockfile entry: which direct dependency brings it in. */
function reachedThrough(o: Occurrence): string {
  const via = o.dep.via;
  if (!via || via.length === 0 || !isLockfile(o.file)) return '';
  return ` Transitive: installed through ${[...via, o.dep.name].join(' > ')}; upgrade ${via[0]} to a version that requires a fixed ${o.dep.name}.`;
}

/**
 * The project's dependency findings, one per package, each tagged with the file it belongs in.
 * `occurrences` lists every dependency of every manifest of the project, each file's in its order.
 */
export function projectFindings(
  occurrences: Occurrence[],
  assessor: Assessor,
): Array<{ file: string; finding: DependencyFinding }> {
  const groups = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const key = packageKey(o.dep);
    const group = groups.get(key);
    if (group) group.push(o);
    else groups.set(key, [o]);
  }
  const out: Array<{ file: string; finding: DependencyFinding }> = [];
  for (const group of groups.values()) {
    const places = [...group].sort(byPlace);
    const primary = places[0];
    const assessed = places.map((o) => ({ o, a: assessor.assess(o.dep) }));
    // The primary place's own finding when it has one (its message names what it declares), else
    // the first other place's, moved to the primary line.
    const vulnerable = assessed.find((x) => x.a.vulnerable);
    const weak = assessed.find((x) => x.a.unmaintained || x.a.weakNote);
    let finding: Finding | undefined;
    if (vulnerable) {
      finding = { ...vulnerable.a.vulnerable! };
      if (vulnerable.o !== primary) {
        finding.range = primary.dep.range;
        const fix = assessor.fixAt(primary.dep, vulnerable.o.dep);
        if (fix) finding.fix = fix;
        else delete finding.fix;
      }
      if (weak?.a.weakNote) finding.message = `${finding.message} Also: ${weak.a.weakNote}`;
    } else if (weak?.a.unmaintained) {
      finding = { ...weak.a.unmaintained, range: primary.dep.range };
    }
    if (!finding) continue;
    const others = places.slice(1);
    const result: DependencyFinding = {
      ...finding,
      message: `${finding.message}${reachedThrough(primary)}${alsoAt(others)}`,
    };
    if (others.length > 0)
      result.related = others.map((o) => ({
        file: o.file,
        range: o.dep.range,
        message: `${o.dep.name} ${o.dep.exact ? o.dep.version : o.dep.spec} in ${o.file}`,
      }));
    out.push({ file: primary.file, finding: result });
  }
  return out;
}
