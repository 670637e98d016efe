// Scans a list of files into a ScanReport for the compliance report, in the CLI (`warden report`)
// and in the language server (`warden/report`): code through the engine, dependency manifests
// through SCA, and every suppression comment with its reason.

import * as path from 'path';
import { languageForPath, LANGUAGES, Scanner, Severity } from '../engine';
import { parseSuppressions } from '../engine/suppressions';
import { ruleCatalogue } from '../sca';
import type { AdvisorySnapshot } from '../sca';
import { scanFile } from '../workspace/scan-file';
import { isInside } from '../../../core/io/read-file';
import { ANY_SUPPRESSION_MARKER } from '../../../core/protocol/suppressions';
import type { FileReport, ScanReport } from './model';

export interface CollectOptions {
  /** Paths in the report are relative to this folder. */
  root: string;
  snapshot: AdvisorySnapshot;
  disabledRules?: string[];
  minimumSeverity?: Severity;
  maxBytes?: number;
  /** Workspace folders: a file's symlinks are followed only inside its folder (the CLI follows what it was given). */
  containIn?: string[];
  cancelled?: () => boolean;
}

export async function collectReport(scanner: Scanner, files: string[], options: CollectOptions): Promise<ScanReport> {
  const started = Date.now();
  const reports: FileReport[] = [];
  let skipped = 0;
  let scanned = 0;
  for (const file of files) {
    if (options.cancelled?.()) break;
    const shown =
      path.relative(options.root, path.resolve(options.root, file)).split(path.sep).join('/') || path.basename(file);
    const scan = await scanFile(scanner, file, {
      maxBytes: options.maxBytes,
      root: options.containIn?.find((folder) => isInside(folder, path.resolve(file))),
      disabledRules: options.disabledRules,
      minimumSeverity: options.minimumSeverity,
      snapshot: () => options.snapshot,
      fingerprintAs: shown,
      codeKindPath: shown,
    });
    if (scan.ok) scanned++;
    else skipped++;
    // Files of no language Warden knows are not worth a line; any other skip is reported.
    if (!scan.ok && scan.reason === 'no-rules') continue;
    const language = languageForPath(file);
    const suppressions =
      language && scan.text !== undefined
        ? ANY_SUPPRESSION_MARKER.test(scan.text)
          ? parseSuppressions(scan.text, LANGUAGES[language].syntax.lineComment)
          : []
        : undefined;
    reports.push({
      path: shown,
      findings: scan.findings,
      problems: scan.problems,
      ...(suppressions ? { suppressions } : {}),
    });
  }
  return {
    files: reports,
    rules: ruleCatalogue(scanner.ruleSet.rules),
    ruleProblems: scanner.problems,
    filesScanned: scanned,
    filesSkipped: skipped,
    durationMs: Date.now() - started,
  };
}
