// Fix coverage for `npm run bench:quality`: of the findings on a corpus, how many offer a fix
// (safe and review counted apart), and how many safe (preferred) fixes remove their finding when
// applied alone (effectiveness; every fixture's safe fix must, issue 23).

import type { Finding, LanguageId, Scanner } from '../server/src/engine';
import { applyEdits } from '../server/src/engine/fixes/apply';

export interface FixTally {
  findings: number;
  safe: number;
  review: number;
  /** Safe fixes whose finding is gone after applying them alone. */
  effective: number;
}

export class FixCoverage {
  readonly byKey = new Map<string, FixTally>();
  readonly ineffective: string[] = [];

  private tally(key: string): FixTally {
    let t = this.byKey.get(key);
    if (!t) this.byKey.set(key, (t = { findings: 0, safe: 0, review: 0, effective: 0 }));
    return t;
  }

  /** Counts the findings of one file under each key (e.g. its language, and its language and corpus). */
  async add(
    scanner: Scanner,
    text: string,
    language: LanguageId,
    findings: Finding[],
    keys: string[],
    name: string,
  ): Promise<void> {
    for (const f of findings) {
      const tallies = keys.map((k) => this.tally(k));
      tallies.forEach((t) => t.findings++);
      if (!f.fix) continue;
      const safe = f.fix.safety !== 'review';
      tallies.forEach((t) => (safe ? t.safe++ : t.review++));
      if (!safe) continue;
      const before = findings.filter((x) => x.ruleId === f.ruleId).length;
      const after = (await scanner.scanText(applyEdits(text, f.fix.edits), language)).findings.filter(
        (x) => x.ruleId === f.ruleId,
      ).length;
      if (after < before) tallies.forEach((t) => t.effective++);
      else this.ineffective.push(`${f.ruleId} ${name}:${f.range.start.line + 1}`);
    }
  }

  table(title: string, filter: (key: string) => boolean): string[] {
    const pct = (a: number, b: number): string => (b === 0 ? '—' : `${((100 * a) / b).toFixed(0)} %`);
    return [
      `| ${title} | findings | with a fix | safe | review | coverage | safe fixes that remove their finding |`,
      '|---|---|---|---|---|---|---|',
      ...[...this.byKey.entries()]
        .filter(([k]) => filter(k))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(
          ([k, t]) =>
            `| ${k} | ${t.findings} | ${t.safe + t.review} | ${t.safe} | ${t.review} | ${pct(t.safe + t.review, t.findings)} | ${t.effective}/${t.safe} (${pct(t.effective, t.safe)}) |`,
        ),
    ];
  }
}
