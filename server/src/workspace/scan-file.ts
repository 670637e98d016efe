// Scans one file from disk: the only place that does, for the CLI (in-process and on workers), the
// compliance report, the workspace scan's workers and so the language server. The file is read
// through core/io's reader (regular files only, size-capped, symlinks kept inside the root); code
// goes to the engine, dependency manifests to SCA. Whatever stops a file is a typed skip reason.

import { isConfigFile } from '../../../core/secrets/config-files';
import * as path from 'path';
import { readWorkspaceFile, skipped, type SkipReason } from '../../../core/io/read-file';
import { DEFAULT_MAX_BYTES, EngineProblem, Finding, LanguageId, languageForPath, Scanner, Severity } from '../engine';
import { isManifest, scanManifest } from '../sca';
import type { AdvisorySnapshot } from '../sca';
import { projectManifests } from '../sca/project-files';
import { readGoModuleCode } from '../sca/go-module-files';
import { inventedImportFindings } from '../sca/invented';
import { addFingerprints } from '../report/fingerprint';
import { applyCodeKind, classifyFile, CodeKindScanOptions, notScannedBecause } from '../engine/code-kinds';

export interface ScanFileOptions extends CodeKindScanOptions {
  /** Largest file scanned, in bytes (the default is the editor's 2 MB). */
  maxBytes?: number;
  /** The workspace folder: a symlink is followed only when its real path stays inside. */
  root?: string;
  disabledRules?: Iterable<string>;
  minimumSeverity?: Severity;
  /** Dependency manifests are checked against this snapshot; without one they are skipped. */
  snapshot?: () => AdvisorySnapshot;
  /** Fingerprints the findings under this path (baselines and SARIF compare them across checkouts). */
  fingerprintAs?: string;
  /** The setting that raises the size limit, named in the too-large message. */
  limitSetting?: string;
}

/** What a scan of a file leaves for a report, also as a worker thread sends it back (plain data). */
export interface ScanOutcome {
  findings: Finding[];
  problems: EngineProblem[];
  skipped?: { reason: SkipReason; detail: string };
}

export type FileScan =
  | {
      ok: true;
      kind: 'code' | 'manifest' | 'config';
      language?: LanguageId;
      text: string;
      findings: Finding[];
      problems: EngineProblem[];
    }
  | {
      ok: false;
      reason: SkipReason;
      detail: string;
      /** Set when the file was read but not scanned (binary, parse budget, unparsable manifest). */
      text?: string;
      findings: Finding[];
      /** The reason as a problem, `not scanned: <detail>`, for reports and logs. */
      problems: EngineProblem[];
    };

export function outcomeOf(scan: FileScan): ScanOutcome {
  return scan.ok
    ? { findings: scan.findings, problems: scan.problems }
    : { findings: scan.findings, problems: scan.problems, skipped: { reason: scan.reason, detail: scan.detail } };
}

/** A scan that threw (an engine bug, a worker out of memory): the file is skipped with the error. */
export function scanFailed(error: Error): ScanOutcome {
  const detail = `the scan failed: ${error.message}`;
  return {
    findings: [],
    problems: [{ message: `not scanned: ${detail}` }],
    skipped: { reason: 'scan-failed', detail },
  };
}

function notScanned(reason: SkipReason, detail: string): FileScan {
  return { ok: false, reason, detail, findings: [], problems: [{ message: `not scanned: ${detail}` }] };
}

/** What a file is to Warden before it is read: code of a language, a manifest, a config file, or nothing. */
export function fileKind(
  file: string,
): { kind: 'code'; language: LanguageId } | { kind: 'manifest' } | { kind: 'config' } | undefined {
  const language = languageForPath(file);
  if (language) return { kind: 'code', language };
  if (isManifest(file)) return { kind: 'manifest' };
  return isConfigFile(file) ? { kind: 'config' } : undefined;
}

export async function scanFile(scanner: Scanner, file: string, options: ScanFileOptions = {}): Promise<FileScan> {
  const kind = fileKind(file);
  if (!kind || (kind.kind === 'manifest' && !options.snapshot))
    return notScanned('no-rules', 'no Warden rules for this file type');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const read = readWorkspaceFile(file, { maxBytes, root: options.root });
  if (!read.ok)
    return notScanned(
      read.reason,
      read.reason === 'too-large' ? `${read.detail} (${options.limitSetting ?? 'warden.maxFileSizeKB'})` : read.detail,
    );
  const disabledRules = new Set(options.disabledRules ?? []);
  let result: { findings: Finding[]; problems: EngineProblem[] };
  if (kind.kind === 'manifest') {
    result = scanManifest(file, read.text, options.snapshot!(), {
      disabledRules,
      minimumSeverity: options.minimumSeverity,
      project: projectManifests(file, maxBytes),
      goCode: () => readGoModuleCode(file, maxBytes),
    });
    // A manifest's only problem is that it does not parse: nothing was checked.
    if (result.problems.length > 0) {
      const detail = `${path.basename(file)} could not be parsed`;
      return { ...skipped('parse-failed', detail), text: read.text, findings: [], problems: result.problems };
    }
  } else {
    const verdict = classifyFile(file, read.text, options);
    const because = notScannedBecause(verdict, options);
    if (because) return { ...notScanned('code-kind', because), text: read.text };
    const scanned =
      kind.kind === 'config'
        ? scanner.scanConfig(file, read.text, { disabledRules, maxBytes })
        : await scanner.scanText(read.text, kind.language, {
            disabledRules,
            minimumSeverity: options.minimumSeverity,
            maxBytes,
          });
    if (scanned.skipped) return { ...notScanned(scanned.skipped.reason, scanned.skipped.detail), text: read.text };
    // Imports of packages that may not exist (issue 29), when dependencies are checked at all.
    const findings =
      kind.kind === 'code' && options.snapshot
        ? [
            ...scanned.findings,
            ...inventedImportFindings(file, read.text, kind.language, {
              ...options,
              disabledRules,
              snapshot: options.snapshot(),
            }),
          ]
        : scanned.findings;
    result = { ...scanned, findings: applyCodeKind(findings, verdict.kind, { ...options, text: read.text }) };
  }
  if (options.fingerprintAs !== undefined) addFingerprints(options.fingerprintAs, read.text, result.findings);
  return { ok: true, ...kind, text: read.text, findings: result.findings, problems: result.problems };
}
