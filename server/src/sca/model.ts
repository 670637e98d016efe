// Shared vocabulary of dependency scanning: ecosystems, the dependencies read from a manifest
// (with where they are written, for diagnostics and quick-fixes), and the advisory snapshot.

import type { Range } from '../engine/types';

export const ECOSYSTEMS = ['npm', 'PyPI', 'Go', 'Maven'] as const;
export type Ecosystem = (typeof ECOSYSTEMS)[number];

/** The short ecosystem name used in rule ids: sca/<slug>/vulnerable. */
export const ECOSYSTEM_SLUG: Record<Ecosystem, string> = { npm: 'npm', PyPI: 'pypi', Go: 'go', Maven: 'maven' };

export interface Dependency {
  ecosystem: Ecosystem;
  /** npm name, normalised PyPI name, Go module path, Maven `group:artifact`. */
  name: string;
  /**
   * The version checked against advisories: the exact version of a lock file or pin, or the
   * lowest version a declared range allows (`^4.17.0` → 4.17.0).
   */
  version: string;
  /** True when `version` is exactly what is installed (lock file, `==`, go.mod, Maven). */
  exact: boolean;
  /** How the requirement is written, e.g. `^4.17.0` or `>=2.0`; shown to the user. */
  spec: string;
  /** Where the dependency is declared: the diagnostic goes here. */
  range: Range;
  /** The package name as written in a manifest, when the misspelled-name quick-fix may replace it. */
  nameRange?: Range;
  /** The characters to replace to bump the version (the version text itself), when it is editable here. */
  versionRange?: Range;
  /** The text that replaces the version to bump it to `v` (keeps operators like `^` or `>=`). */
  bump?: (fixed: string) => string;
  /**
   * A lockfile's transitive entry: the package names from a direct dependency down to this one's
   * parent (`['express', 'body-parser']`), when the lockfile records who depends on whom.
   */
  via?: string[];
}

/** One interval of affected versions: introduced (inclusive, '0' = all) up to fixed (exclusive) or lastAffected (inclusive). */
export interface AffectedRange {
  introduced: string;
  fixed?: string;
  lastAffected?: string;
}

export interface Advisory {
  id: string;
  aliases: string[];
  summary: string;
  /** GitHub-style: CRITICAL, HIGH, MODERATE, LOW. */
  severity: string;
  ranges: AffectedRange[];
  /** Explicitly listed affected versions (OSV `versions`), used when there are no ranges. */
  versions?: string[];
  url?: string;
  /** Key of the snapshot's `sources` entry this advisory comes from (its database and date). */
  source?: string;
  /** Go: the vulnerable packages of the module and their symbols (vulndb `ecosystem_specific.imports`). */
  imports?: GoVulnerableImport[];
}

/** A package path of a Go module and the functions/methods (`Func`, `Type.Method`) that are vulnerable; none = all of it. */
export interface GoVulnerableImport {
  path: string;
  symbols?: string[];
}

/** One database the snapshot was built from, named with its date in every finding and in `warden --version`. */
export interface AdvisorySource {
  /** e.g. "Go vulndb". */
  name: string;
  /** ISO date of the copy (or of its newest record). */
  date: string;
  /** How the date reads to a user when it is not the copy date, e.g. "advisories up to 2020". */
  dateLabel?: string;
  licence?: string;
  url?: string;
}

/** The compact, offline advisory snapshot built by scripts/build-advisories.mjs. */
export interface AdvisorySnapshot {
  /** ISO date of the data (the newest `modified` of the inputs). */
  date: string;
  generated: string;
  count: number;
  /** source key → database and date (advisories name their source by key). */
  sources?: Record<string, AdvisorySource>;
  /** ecosystem → package name → advisories. */
  packages: Record<string, Record<string, Advisory[]>>;
}
