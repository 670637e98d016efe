// Scans a list of files into a ScanReport for the compliance report, in the CLI (`warden report`)
// and in the language server (`warden/report`): code through the engine, dependency manifests
// through SCA, and every suppression comment with its reason.

import * as fs from 'fs';
import * as path from 'path';
import { isTestPath, languageForPath, LANGUAGES, Scanner, Severity } from '../engine';
import { parseSuppressions } from '../engine/suppressions';
import { isManifest, SCA_RULES, scanManifest } from '../sca';
import type { AdvisorySnapshot } from '../sca';
import { addFingerprints } from './fingerprint';
import type { FileReport, ScanReport } from './model';

export interface CollectOptions {
  /** Paths in the report are relative to this folder. */
  root: string;
  snapshot: AdvisorySnapshot;
  disabledRules?: string[];
  minimumSeverity?: Severity;
  maxBytes?: number;
  cancelled?: () => boolean;
}

export async function collectReport(scanner: Scanner, files: string[], options: CollectOptions): Promise<ScanReport> {
  const started = Date.now();
  const disabled = new Set(options.disabledRules ?? []);
  const maxBytes = options.maxBytes ?? 2 * 1024 * 1024;
  const reports: FileReport[] = [];
  let skipped = 0;
  let scanned = 0;
  for (const file of files) {
    if (options.cancelled?.()) break;
    const shown =
      path.relative(options.root, path.resolve(options.root, file)).split(path.sep).join('/') || path.basename(file);
    const language = languageForPath(file);
    if ((!language && !isManifest(file)) || fs.statSync(file).size > maxBytes) {
      skipped++;
      continue;
    }
    const text = fs.readFileSync(file, 'utf8');
    if (!language) {
      const result = scanManifest(file, text, options.snapshot, {
        disabledRules: disabled,
        minimumSeverity: options.minimumSeverity,
      });
      addFingerprints(shown, text, result.findings);
      reports.push({ path: shown, findings: result.findings, problems: result.problems });
      if (result.problems.length === 0) scanned++;
      else skipped++;
      continue;
    }
    const result = await scanner.scanText(text, language, {
      disabledRules: disabled,
      minimumSeverity: options.minimumSeverity,
      maxBytes,
      testFile: isTestPath(file),
    });
    if (result.problems.some((p) => p.message.startsWith('not scanned'))) skipped++;
    else scanned++;
    addFingerprints(shown, text, result.findings);
    const suppressions = /warden-ignore|nosec|nosemgrep/.test(text)
      ? parseSuppressions(text, LANGUAGES[language].syntax.lineComment)
      : [];
    reports.push({ path: shown, findings: result.findings, problems: result.problems, suppressions });
  }
  return {
    files: reports,
    rules: [...scanner.ruleSet.rules, ...SCA_RULES],
    ruleProblems: scanner.problems,
    filesScanned: scanned,
    filesSkipped: skipped,
    durationMs: Date.now() - started,
  };
}
