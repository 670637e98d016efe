// The server's scanner and the rules it runs: built-in rules always, the workspace's own rules
// (.warden/rules, warden.customRulesPath) only in a trusted workspace, since they decide what is
// reported. Reloading replaces the scanner (and its parsers) as a whole.

import * as fs from 'fs';
import * as path from 'path';
import type { EngineProblem, Rule, RuleSource, Scanner } from '../engine';
import { createNodeScanner, readRuleDir } from '../host/node-assets';
import { ruleCatalogue } from '../sca';

export class RulesHost {
  private current: Scanner | undefined;
  private rulesById = new Map<string, Rule>();
  /** Workspace folders, as paths. */
  folders: string[] = [];
  trusted = false;
  customRulesPath = '';

  constructor(private readonly onProblems: (problems: EngineProblem[]) => void) {}

  get scanner(): Scanner {
    if (!this.current) this.load();
    return this.current!;
  }

  rule(id: string): Rule | undefined {
    return this.rulesById.get(id);
  }

  /** Rules from the workspace: only in a trusted workspace. */
  workspaceRules(): RuleSource[] {
    if (!this.trusted) return [];
    const dirs = this.folders.flatMap((f) => [
      path.join(f, '.warden', 'rules'),
      ...(this.customRulesPath ? [path.resolve(f, this.customRulesPath)] : []),
    ]);
    return [...new Set(dirs)]
      .filter((d) => fs.existsSync(d) && fs.statSync(d).isDirectory())
      .flatMap((d) => readRuleDir(d, path.dirname(d)));
  }

  /** (Re)builds the scanner; trees parsed by the old one's parsers must be dropped by the caller. */
  load(): void {
    this.current?.pool.dispose();
    this.current = createNodeScanner(this.workspaceRules());
    this.rulesById = new Map(ruleCatalogue(this.current.ruleSet.rules).map((r) => [r.id, r]));
    if (this.current.problems.length > 0) this.onProblems(this.current.problems);
  }
}
