// The invented or misspelled package check (issue 29; class vulnerable-dependency, CWE-1357):
// assistants suggest packages that do not exist or misspell real ones, and attackers register
// those names. Pure: a file's imports and its project's context in, findings out.
//   - an import of a package neither declared by the project (manifest, lockfile, installed) nor
//     among the most downloaded ones is reported, with the popular name it is close to, if any;
//   - a declared dependency that is not popular itself but one or two edits from a popular name
//     (`reqeusts`, `expresss`) is reported on its manifest line, the popular name as quick-fix.
// Never: popular names, standard-library modules, relative imports, the project's own modules,
// scoped packages (possibly private), files with no manifest above them (no context: no check).

import type { Finding, Severity } from '../../engine';
import type { Range } from '../../engine/types';
import { ECOSYSTEM_SLUG } from '../model';
import type { DeclaredName } from '../parsers/declared';
import { normalizePyPIName } from '../parsers/python';
import { PYTHON_IMPORT_ALIASES } from './aliases';
import { isPythonStdlib, jsImports, pythonImports } from './imports';
import type { PopularEcosystem, PopularNames } from './popular';

/** Near misses are looked for among this many most popular names ("much more popular"). */
export const NEAR_MISS_TOP = 5000;

export const inventedRuleId = (ecosystem: PopularEcosystem): string => `sca/${ECOSYSTEM_SLUG[ecosystem]}/invented`;

/** What the project above a file declares, and what is its own. */
export interface ProjectContext {
  ecosystem: PopularEcosystem;
  /** The manifest found above the file, as shown in messages. */
  manifest: string;
  /** Packages the project declares, locks or has installed (PyPI names normalised). */
  declared: Set<string>;
  /** The project's own top-level modules and packages, workspace members, path aliases. */
  firstParty: Set<string>;
  /** Whether a package is installed (it exists, whatever the lists say). */
  installed?: (name: string) => boolean;
}

/** Edits allowed for a near miss: one for short names (more lookalikes are legitimate), else two. */
const editsFor = (name: string): number => (name.length <= 5 ? 1 : 2);

function nearMiss(name: string, popular: PopularNames): string | undefined {
  return popular.closest(name, editsFor(name), NEAR_MISS_TOP);
}

function finding(ecosystem: PopularEcosystem, range: Range, message: string, fixRange: Range, close?: string): Finding {
  return {
    ruleId: inventedRuleId(ecosystem),
    class: 'vulnerable-dependency',
    severity: 'warning',
    confidence: close ? 'high' : 'medium',
    message,
    range,
    ...(close ? { fix: { title: `Use ${close}`, edits: [{ range: fixRange, newText: close }] } } : {}),
  };
}

/** Whether a Python module is provided by a declared or popular distribution. */
function knownPythonModule(module: string, context: ProjectContext, popular: PopularNames): boolean {
  const name = normalizePyPIName(module);
  const alias = PYTHON_IMPORT_ALIASES[module];
  const candidates = [name, alias, `python-${name}`, `py${name}`, `${name}-python`, `django-${name}`, `flask-${name}`];
  if (candidates.some((c) => c && (context.declared.has(c) || popular.has(c)))) return true;
  // A declared distribution named after the module with a prefix or suffix (`foo-client` for `foo`).
  for (const declared of context.declared) if (declared.split('-').includes(name)) return true;
  return false;
}

/**
 * `exists`: packages known to exist beyond the lists, such as those the advisory snapshot names
 * (a package with a published advisory is real, if not popular).
 */
export function inventedImports(
  text: string,
  language: string,
  context: ProjectContext,
  popular: PopularNames,
  exists: (name: string) => boolean = () => false,
): Finding[] {
  if (popular.size === 0) return [];
  const python = context.ecosystem === 'PyPI';
  if (python !== (language === 'python')) return [];
  const imports = python ? pythonImports(text) : jsImports(text);
  const out: Finding[] = [];
  const reported = new Set<string>();
  for (const { name, range } of imports) {
    if (reported.has(name) || context.firstParty.has(name)) continue;
    if (
      python
        ? isPythonStdlib(name) || knownPythonModule(name, context, popular) || exists(normalizePyPIName(name))
        : popular.has(name) || context.declared.has(name) || context.installed?.(name) || exists(name)
    )
      continue;
    reported.add(name);
    const close = nearMiss(python ? normalizePyPIName(name) : name, popular);
    const kind = python ? 'Python package' : 'npm package';
    out.push(
      finding(
        context.ecosystem,
        range,
        `"${name}" is not a known ${kind}: it is not declared in ${context.manifest} and not among the most downloaded ${context.ecosystem} packages${close ? `, and is close to "${close}"` : ''}. Check it exists and is the one you meant before installing it: assistants invent package names, and attackers register them.`,
        range,
        // A Python distribution's module is named like it only when the name is one word.
        close && (!python || /^[a-z0-9_]+$/.test(close)) ? close : undefined,
      ),
    );
  }
  return out;
}

/** Declared dependencies that are not popular but one or two edits from a popular name. */
export function misspelledDeclarations(
  deps: DeclaredName[],
  popular: (e: PopularEcosystem) => PopularNames,
): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const dep of deps) {
    if (dep.ecosystem !== 'npm' && dep.ecosystem !== 'PyPI') continue;
    const list = popular(dep.ecosystem);
    if (list.size === 0 || dep.name.startsWith('@') || list.has(dep.name) || seen.has(dep.name)) continue;
    seen.add(dep.name);
    const close = nearMiss(dep.name, list);
    if (!close) continue;
    out.push(
      finding(
        dep.ecosystem,
        dep.range,
        `"${dep.name}" is close to the popular package "${close}" but is not itself among the most downloaded ${dep.ecosystem} packages: check it exists and is the one you meant. Assistants misspell package names, and attackers register the misspellings.`,
        dep.nameRange ?? dep.range,
        dep.nameRange ? close : undefined,
      ),
    );
  }
  return out;
}

export const filterBySettings = (
  findings: Finding[],
  options: { disabledRules?: Set<string>; minimumSeverity?: Severity },
): Finding[] => {
  const rank = (s: Severity): number => ['info', 'warning', 'error'].indexOf(s);
  return findings.filter(
    (f) => !options.disabledRules?.has(f.ruleId) && rank(f.severity) >= rank(options.minimumSeverity ?? 'info'),
  );
};
