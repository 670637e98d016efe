// Shared vocabulary of the scan engine: severities, findings, and the shape of a loaded rule.
// Pure data: nothing here imports tree-sitter, LSP or VS Code.

import { SEVERITIES, Severity } from '../../../core/protocol/settings';
export { SEVERITIES };
export type { Severity };
import type { CodeKind } from '../../../core/code-kind';

export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** Zero-based line, zero-based UTF-16 column (the LSP convention). */
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

/** One step of a taint path, from the source to the sink. */
export interface TraceStep {
  range: Range;
  /** Short description shown to the user, e.g. "request.files['file'].filename". */
  label: string;
}

/** Another place that explains a finding, shown beside it (LSP related information, SARIF relatedLocations). */
export interface RelatedPlace {
  /** Base name of another file in the finding's folder (a dependency's other manifest); absent: the same file. */
  file?: string;
  range: Range;
  message: string;
}

export interface Finding {
  ruleId: string;
  class: string;
  severity: Severity;
  confidence: Confidence;
  message: string;
  range: Range;
  /** Source → … → sink, present when the finding comes from tracked data. */
  trace?: TraceStep[];
  /** Other places that explain the finding: where the object reported here was created, the same dependency's other manifests. */
  related?: RelatedPlace[];
  /** Extra context appended to the message, e.g. which cookie attributes are missing. */
  detail?: string;
  /** A secret in a provider's documented format (the catalogue entry): it keeps its severity in test code. */
  secretFormat?: string;
  /** Stable identity across unrelated edits (set by the CLI for SARIF and baselines). */
  fingerprint?: string;
  /** Inside a region marked as AI-generated (`warden:ai-generated begin` … `end`). */
  aiGenerated?: boolean;
  /** The file's code kind (core/code-kind.ts): product, test, vendored, generated or minified. */
  codeKind?: CodeKind;
  /** The team policy's verdict (`.warden/policy.yaml`): the file's tier, and the boundary glob a violation breaks. */
  policy?: { tier: string; boundary?: string };
  /** The quick-fix, when a mechanical secure rewrite exists for this occurrence (see fixes/model.ts for safety). */
  fix?: { title: string; edits: Array<{ range: Range; newText: string }>; safety?: 'safe' | 'review' };
}

/** A problem with a rule file or with a scan, reported instead of thrown. */
export interface EngineProblem {
  file?: string;
  line?: number;
  message: string;
}
