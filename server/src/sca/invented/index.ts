// The invented-package check of a source file on disk: its project's context (context.ts), its
// imports against that context and the popularity lists (check.ts), with the rule settings.

import type { Finding, Severity } from '../../engine';
import type { AdvisorySnapshot } from '../model';
import { filterBySettings, inventedImports, inventedRuleId } from './check';
import { projectContext } from './context';
import { PopularEcosystem, PopularNames, popularNames } from './popular';

export interface InventedImportOptions {
  /** The workspace folder or scan root: manifests are looked for up to it. */
  root?: string;
  disabledRules?: Iterable<string>;
  minimumSeverity?: Severity;
  popular?: (ecosystem: PopularEcosystem) => PopularNames;
  /** The advisory snapshot: a package it names exists. */
  snapshot?: AdvisorySnapshot;
}

const ECOSYSTEM_OF: Record<string, PopularEcosystem> = {
  python: 'PyPI',
  javascript: 'npm',
  typescript: 'npm',
  tsx: 'npm',
};

export function inventedImportFindings(
  file: string,
  text: string,
  language: string,
  options: InventedImportOptions = {},
): Finding[] {
  const ecosystem = ECOSYSTEM_OF[language];
  const disabledRules = new Set(options.disabledRules ?? []);
  if (!ecosystem || disabledRules.has(inventedRuleId(ecosystem))) return [];
  const context = projectContext(file, ecosystem, options.root);
  if (!context) return [];
  const popular = (options.popular ?? popularNames)(ecosystem);
  const advised = options.snapshot?.packages[ecosystem] ?? {};
  const exists = (name: string): boolean => Object.prototype.hasOwnProperty.call(advised, name);
  return filterBySettings(inventedImports(text, language, context, popular, exists), {
    disabledRules,
    minimumSeverity: options.minimumSeverity,
  });
}
