// Baselines: a file of the fingerprints of accepted findings, so a gate added to an existing
// project fails only on new findings. Fingerprints hash the finding's line text, not its number
// (report/fingerprint.ts), so code moving around does not make old findings "new".

import { readWorkspaceFile } from '../../../core/io/read-file';
import type { Finding } from '../engine';
import type { FileReport } from '../report/model';
import { UsageError } from './args';

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  path: string;
  /** One-based, informative only: matching is by fingerprint. */
  line: number;
}

export interface Baseline {
  tool: 'warden';
  version: 1;
  findings: BaselineEntry[];
}

export function createBaseline(files: FileReport[]): Baseline {
  const findings = files.flatMap((f) =>
    f.findings
      .filter((x): x is Finding & { fingerprint: string } => !!x.fingerprint)
      .map((x) => ({
        fingerprint: x.fingerprint,
        ruleId: x.ruleId,
        path: f.path.split('\\').join('/'),
        line: x.range.start.line + 1,
      })),
  );
  return { tool: 'warden', version: 1, findings };
}

/** Far above any real baseline (about 200 bytes a finding), far below what a runaway read costs. */
export const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

export function readBaseline(file: string): Set<string> {
  // The one file reader: a FIFO or device is refused, not waited on; the read stops at the cap
  // whatever the size on disk says; a UTF-8 byte-order mark is dropped.
  const read = readWorkspaceFile(file, { maxBytes: MAX_BASELINE_BYTES });
  if (!read.ok)
    throw new UsageError(
      `--baseline '${file}' cannot be read: ${read.detail}. Create it with --write-baseline ${file}`,
    );
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch (e) {
    throw new UsageError(
      `--baseline '${file}' cannot be read: ${(e as Error).message}. Create it with --write-baseline ${file}`,
    );
  }
  const findings = (data as Partial<Baseline>)?.findings;
  if (!Array.isArray(findings) || findings.some((f) => typeof f?.fingerprint !== 'string')) {
    throw new UsageError(
      `--baseline '${file}' is not a Warden baseline (expected {"findings": [{"fingerprint": …}]}); create it with --write-baseline`,
    );
  }
  return new Set(findings.map((f) => f.fingerprint));
}

/** Drops the findings the baseline accepts; returns how many were dropped. */
export function applyBaseline(files: FileReport[], accepted: Set<string>): number {
  let dropped = 0;
  for (const f of files) {
    const kept = f.findings.filter((x) => !x.fingerprint || !accepted.has(x.fingerprint));
    dropped += f.findings.length - kept.length;
    f.findings = kept;
  }
  return dropped;
}
