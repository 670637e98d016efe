// What a file's code kind (core/code-kind.ts, policy.md "Code kinds") does to its scan: vendored,
// generated and minified files are not scanned unless included; in test code only high-confidence
// injection findings (as info) and provider-format secrets report. Every finding carries its kind.

import { classifyCode, CodeKind, CodeKindVerdict } from '../../../core/code-kind';
import { severityRank, type Finding, type Severity } from './types';

export type { CodeKind };

/** The kinds a user can ask to be scanned like product code (`--include-<kind>`, `warden.includeCodeKinds`). */
export { INCLUDABLE_CODE_KINDS as INCLUDABLE_KINDS } from '../../../core/protocol/settings';
export type { IncludedCodeKind as IncludableKind } from '../../../core/protocol/settings';
import type { IncludedCodeKind as IncludableKind } from '../../../core/protocol/settings';
// The injection classes of the policy's severity section: in tests they report (as info) when traced.
import { INJECTION_CLASSES } from './origin';

const KIND_OF: Record<IncludableKind, CodeKind> = {
  tests: 'test',
  vendored: 'vendored',
  generated: 'generated',
  minified: 'minified',
};

export interface CodeKindScanOptions {
  /** The path the file is classified by, relative to the scan root ('/'-separated or not). */
  codeKindPath?: string;
  /** Kinds scanned (and, for tests, reported) like product code. */
  includeKinds?: readonly IncludableKind[];
  /** Folders always product (a repository's own fixtures, examples, corpora). */
  productPaths?: readonly string[];
}

export function classifyFile(file: string, text: string, options: CodeKindScanOptions): CodeKindVerdict {
  return classifyCode(options.codeKindPath ?? file, text, { productPaths: options.productPaths });
}

function included(kind: CodeKind, options: CodeKindScanOptions): boolean {
  return (options.includeKinds ?? []).some((k) => KIND_OF[k] === kind);
}

/** Why a file of this kind is not scanned, or undefined when it is. */
export function notScannedBecause(verdict: CodeKindVerdict, options: CodeKindScanOptions): string | undefined {
  if (verdict.kind === 'product' || verdict.kind === 'test' || included(verdict.kind, options)) return undefined;
  const flag = Object.entries(KIND_OF).find(([, k]) => k === verdict.kind)![0];
  return `${verdict.kind} code (${verdict.reason}); --include-${flag} or warden.includeCodeKinds scans it`;
}

/**
 * Whether a test file's finding reports under the policy, and at what severity: a secret only when
 * the provider-token catalogue matched it (its `secretFormat`, set by every language's
 * known-key-format rule and the config-file scanner; JWTs are product-code only).
 */
function inTestCode(f: Finding): Finding | undefined {
  if (f.class === 'hardcoded-secret') return f.secretFormat ? f : undefined;
  if (INJECTION_CLASSES.has(f.class) && f.confidence === 'high') return { ...f, severity: 'info' };
  return undefined;
}

/**
 * Tags every finding with the file's kind; test code keeps only what the policy reports there
 * (a finding lowered to info below `minimumSeverity` goes too).
 */
export function applyCodeKind(
  findings: Finding[],
  kind: CodeKind,
  options: CodeKindScanOptions & { minimumSeverity?: Severity; text?: string },
): Finding[] {
  const kept = kind === 'test' && !included('test', options) ? findings.flatMap((f) => inTestCode(f) ?? []) : findings;
  const floor = severityRank(options.minimumSeverity ?? 'info');
  return kept.filter((f) => severityRank(f.severity) >= floor).map((f) => ({ ...f, codeKind: kind }));
}

/** The CI gate counts test code only when asked to (`--include-tests`). */
export function countsForGate(f: Finding, includeKinds: readonly IncludableKind[] = []): boolean {
  return f.codeKind !== 'test' || includeKinds.includes('tests');
}
