// Dependency scanning (SCA), pure: a manifest's text in, findings out. Each dependency is checked
// against the offline advisory snapshot (known vulnerabilities, with a quick-fix to the first
// fixed version) and against the list of unmaintained or weak security libraries.

import type { Finding, Severity } from '../engine';
import { AdvisorySnapshot, Advisory, Dependency, ECOSYSTEM_SLUG, Ecosystem } from './model';
import { parsePackageJson, parsePackageLock } from './parsers/npm';
import { includedRequirements, parsePyproject, parseRequirementsTxt } from './parsers/python';
import { parsePipfileLock, parsePoetryLock, parseUvLock } from './parsers/python-locks';
import { parsePnpmLock, parseYarnLock } from './parsers/js-locks';
import { parseGoMod, parseGoSum } from './parsers/go';
import { parseGradle, parsePom } from './parsers/maven';
import { Assessment, Assessor, DependencyFinding, Occurrence, projectFindings, ProjectManifests } from './project';
import { UNMAINTAINED } from './unmaintained';
import { filterBySettings, misspelledDeclarations } from './invented/check';
import { PopularEcosystem, PopularNames, popularNames } from './invented/popular';
import { declaredNames } from './parsers/declared';
import { compareVersions, inRange } from './versions';
import { sourcesNote } from './advisory-sources';
import { GoModuleCode, goReach } from './go-reach';

export type { AdvisorySnapshot, Dependency, Ecosystem } from './model';
export type { DependencyFinding, ProjectManifests } from './project';
export { hasQuickFix, ruleCatalogue, SCA_RULES } from './rules';

const REQUIREMENTS = /^requirements([-_.\w]*)\.(txt|in)$/;

const PARSERS: Array<{ test: RegExp; parse: (text: string) => Dependency[] }> = [
  { test: /^package\.json$/, parse: parsePackageJson },
  { test: /^(package-lock|npm-shrinkwrap)\.json$/, parse: parsePackageLock },
  { test: REQUIREMENTS, parse: parseRequirementsTxt },
  { test: /^pyproject\.toml$/, parse: parsePyproject },
  { test: /^poetry\.lock$/, parse: parsePoetryLock },
  { test: /^yarn\.lock$/, parse: parseYarnLock },
  { test: /^pnpm-lock\.yaml$/, parse: parsePnpmLock },
  { test: /^Pipfile\.lock$/, parse: parsePipfileLock },
  { test: /^uv\.lock$/, parse: parseUvLock },
  { test: /^go\.mod$/, parse: parseGoMod },
  { test: /^go\.sum$/, parse: parseGoSum },
  { test: /^pom\.xml$/, parse: parsePom },
  { test: /^build\.gradle(\.kts)?$/, parse: parseGradle },
];

function baseName(filePath: string): string {
  return filePath.split(/[\\/]/).pop() ?? filePath;
}

export function isManifest(filePath: string): boolean {
  const name = baseName(filePath);
  return PARSERS.some((p) => p.test.test(name));
}

/** The dependencies declared in a manifest; throws the parser's error on malformed TOML/XML. */
export function parseManifest(filePath: string, text: string): Dependency[] {
  const name = baseName(filePath);
  return PARSERS.find((p) => p.test.test(name))?.parse(text) ?? [];
}

const SEVERITY: Record<string, Severity> = {
  CRITICAL: 'error',
  HIGH: 'error',
  MODERATE: 'warning',
  MEDIUM: 'warning',
  LOW: 'info',
};

export function advisoriesFor(snapshot: AdvisorySnapshot, dep: Dependency): Advisory[] {
  const list = snapshot.packages[dep.ecosystem]?.[dep.name] ?? [];
  return list.filter((a) =>
    a.ranges.length > 0
      ? a.ranges.some((r) => inRange(dep.ecosystem, dep.version, r))
      : (a.versions ?? []).includes(dep.version),
  );
}

/**
 * The lowest version above `current` that none of the package's advisories affect, chosen among
 * the fixed versions they name; undefined when no fixed release clears them all.
 */
export function firstSafeVersion(
  snapshot: AdvisorySnapshot,
  ecosystem: Ecosystem,
  name: string,
  current: string,
): string | undefined {
  const all = snapshot.packages[ecosystem]?.[name] ?? [];
  const candidates = [...new Set(all.flatMap((a) => a.ranges.map((r) => r.fixed).filter((f): f is string => !!f)))]
    .filter((v) => (compareVersions(ecosystem, v, current) ?? -1) > 0)
    .sort((a, b) => compareVersions(ecosystem, a, b) ?? 0);
  return candidates.find((v) => advisoriesFor(snapshot, { ecosystem, name, version: v } as Dependency).length === 0);
}

function advisoryLabel(a: Advisory): string {
  const cve = a.aliases.find((x) => x.startsWith('CVE-'));
  return `${a.id}${cve && cve !== a.id ? ` (${cve})` : ''}`;
}

export interface ScaOptions {
  disabledRules?: Set<string>;
  minimumSeverity?: Severity;
  /** The other manifests of the project (same folder), so a package is reported once per project. */
  project?: ProjectManifests;
  /** The .go files of a go.mod's module, read lazily: Go advisories not reached by them are reported as info. */
  goCode?: () => GoModuleCode | undefined;
  /** The clock the snapshot's age is judged by (90 days). */
  now?: Date;
  /** The package popularity lists of the misspelled-name check (default: the shipped ones). */
  popular?: (ecosystem: PopularEcosystem) => PopularNames;
}

const rank = (s: Severity): number => ['info', 'warning', 'error'].indexOf(s);

/** Advisory and unmaintained-list checks of single dependencies, with the rule options applied. */
function assessor(snapshot: AdvisorySnapshot, options: ScaOptions): Assessor {
  const minimum = rank(options.minimumSeverity ?? 'info');
  const enabled = (ruleId: string, severity: Severity): boolean =>
    !options.disabledRules?.has(ruleId) && rank(severity) >= minimum;
  // A package written many times (a lockfile's nested copies) is looked up once per version.
  const lookups = new Map<string, { hits: Advisory[]; safe: string | undefined }>();
  const now = options.now ?? new Date();
  let goCode: { code: GoModuleCode | undefined } | undefined;
  const reachOf = (dep: Dependency, a: Advisory) =>
    dep.ecosystem === 'Go' && a.imports ? goReach((goCode ??= { code: options.goCode?.() }).code, a) : undefined;
  const lookup = (dep: Dependency): { hits: Advisory[]; safe: string | undefined } => {
    const key = `${dep.ecosystem}\u0000${dep.name}\u0000${dep.version}`;
    let found = lookups.get(key);
    if (!found) {
      const hits = advisoriesFor(snapshot, dep);
      found = {
        hits,
        safe: hits.length ? firstSafeVersion(snapshot, dep.ecosystem, dep.name, dep.version) : undefined,
      };
      lookups.set(key, found);
    }
    return found;
  };
  const fixAt = (target: Dependency, from: Dependency): Finding['fix'] => {
    const safe = lookup(from).safe;
    // A manifest that already asks for a fixed version has nothing to bump (the lockfile is stale).
    const alreadySafe = safe !== undefined && (compareVersions(target.ecosystem, target.version, safe) ?? -1) >= 0;
    return safe && !alreadySafe && target.versionRange && target.bump
      ? {
          title: `Upgrade ${target.name} to ${safe}`,
          edits: [{ range: target.versionRange, newText: target.bump(safe) }],
        }
      : undefined;
  };
  const assess = (dep: Dependency): Assessment => {
    const slug = ECOSYSTEM_SLUG[dep.ecosystem];
    const written = dep.exact ? dep.version : `${dep.spec} (allows ${dep.version})`;
    const out: Assessment = {};
    const { hits, safe } = lookup(dep);
    const weak = UNMAINTAINED.find(
      (u) =>
        u.ecosystem === dep.ecosystem &&
        u.name === dep.name &&
        (!u.ranges || u.ranges.some((r) => inRange(dep.ecosystem, dep.version, r))),
    );
    if (hits.length > 0) {
      const reach = hits.map((a) => reachOf(dep, a));
      const highest = (list: Severity[]): Severity => list.sort((a, b) => rank(b) - rank(a))[0];
      const stated = hits.map((a) => SEVERITY[a.severity.toUpperCase()] ?? 'warning');
      // Unreached Go advisories are info, unless the package is also unmaintained (a warning of its own).
      const severity = highest(
        stated.map((s, i) => (reach[i] && reach[i]!.level !== 'used' ? (weak ? 'warning' : 'info') : s)),
      );
      const lowered =
        rank(severity) < rank(highest([...stated]))
          ? ` Reported as ${severity}, not ${highest([...stated])}: this module's code does not reach the vulnerable code.`
          : '';
      const list = hits
        .map((a, i) => `${advisoryLabel(a)}: ${a.summary}${reach[i] ? ` [${reach[i]!.note}]` : ''}`)
        .join('; ');
      const fixText = safe
        ? `Upgrade to ${safe} or later.`
        : 'No fixed version is known: replace or remove this dependency.';
      const finding: Finding = {
        ruleId: `sca/${slug}/vulnerable`,
        class: 'vulnerable-dependency',
        severity,
        confidence: dep.exact ? 'high' : 'medium',
        message: `${dep.name} ${written} has ${hits.length} known vulnerabilit${hits.length === 1 ? 'y' : 'ies'}: ${list}. ${fixText}${lowered} ${sourcesNote(snapshot, hits, now)}`,
        range: dep.range,
      };
      const fix = fixAt(dep, dep);
      if (fix) finding.fix = fix;
      if (enabled(finding.ruleId, severity)) out.vulnerable = finding;
    }
    const weakId = `sca/${slug}/unmaintained`;
    if (weak && enabled(weakId, 'warning')) {
      out.weakNote = `${weak.why}. Use ${weak.replacement} instead.`;
      out.unmaintained = {
        ruleId: weakId,
        class: 'vulnerable-dependency',
        severity: 'warning',
        confidence: 'high',
        message: `${dep.name} ${written}: ${out.weakNote}`,
        range: dep.range,
      };
    }
    return out;
  };
  return { assess, fixAt };
}

/** One finding per package (policy): duplicates become related places of the first one. */
export function checkDependencies(deps: Dependency[], snapshot: AdvisorySnapshot, options: ScaOptions = {}): Finding[] {
  return projectFindings(
    deps.map((dep) => ({ file: '', dep })),
    assessor(snapshot, options),
  ).map((x) => x.finding);
}

/**
 * Parses and checks one manifest; a manifest that does not parse is a problem, not a crash. With
 * the project's other manifests, a package is reported in this file only if this is where the
 * policy puts it (its manifest line if direct, else its lockfile entry), once.
 */
export function scanManifest(
  filePath: string,
  text: string,
  snapshot: AdvisorySnapshot,
  options: ScaOptions = {},
): { findings: DependencyFinding[]; problems: Array<{ message: string }> } {
  const name = baseName(filePath);
  let deps: Dependency[];
  try {
    deps = parseManifest(filePath, text);
  } catch (e) {
    return {
      findings: [],
      problems: [{ message: `not scanned: ${name} could not be parsed (${(e as Error).message.split('\n')[0]})` }],
    };
  }
  const occurrences: Occurrence[] = deps.map((dep) => ({ file: name, dep }));
  if (REQUIREMENTS.test(name) && options.project)
    for (const dep of includedRequirements(text, options.project.read, isManifest))
      occurrences.push({ file: name, dep });
  const ecosystems = new Set(deps.map((d) => d.ecosystem));
  for (const other of options.project?.names ?? []) {
    if (other === name || !isManifest(other)) continue;
    const otherText = options.project!.read(other);
    if (otherText === undefined) continue;
    try {
      for (const dep of parseManifest(other, otherText))
        if (ecosystems.has(dep.ecosystem)) occurrences.push({ file: other, dep });
    } catch {
      // A sibling that does not parse is reported when it is scanned itself.
    }
  }
  const findings = projectFindings(occurrences, assessor(snapshot, options))
    .filter((x) => x.file === name)
    .map((x) => x.finding);
  const misspelled = misspelledDeclarations(declaredNames(name, text), options.popular ?? popularNames);
  return { findings: [...findings, ...filterBySettings(misspelled, options)], problems: [] };
}
