// Turns engine findings into LSP diagnostics: range on the sink, a one-line message (the rule's
// title; the explanation is in Warden's hover), the rule id as code linking to its documentation
// page, the taint path as related information, and the finding in `data` so code actions and
// hovers can be rebuilt from the diagnostic alone.

import { Diagnostic, DiagnosticSeverity, DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Finding, Range, Rule, Severity } from '../engine';
import { findingHeadline } from '../report/headline';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export interface DiagnosticData {
  ruleId: string;
  class: string;
  confidence: string;
  /** Document version the finding (and its fix) was computed for. */
  version: number;
  fix?: Finding['fix'];
}

/** The diagnostic's one line: a medium-confidence or AI-generated finding says so in a short tag. */
export function diagnosticMessage(f: Finding, rule?: Rule): string {
  const tags = [
    ...(f.confidence === 'high' ? [] : [`${f.confidence} confidence`]),
    ...(f.aiGenerated ? ['AI-generated: explain it before approving'] : []),
  ];
  return `${findingHeadline(f, rule)}${tags.length ? ` [${tags.join('; ')}]` : ''}`;
}

export function toDiagnostic(f: Finding, uri: string, version: number, rule: Rule | undefined): Diagnostic {
  const related: DiagnosticRelatedInformation[] | undefined =
    f.trace && f.trace.length > 1
      ? f.trace.map((s, i) => ({
          location: { uri, range: s.range },
          message: i === 0 ? `source: ${s.label}` : i === f.trace!.length - 1 ? `sink: ${s.label}` : `→ ${s.label}`,
        }))
      : undefined;
  const cwe = rule?.cwe[0];
  const data: DiagnosticData = { ruleId: f.ruleId, class: f.class, confidence: f.confidence, version, fix: f.fix };
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    source: 'Warden',
    code: f.ruleId,
    codeDescription: cwe ? { href: `https://cwe.mitre.org/data/definitions/${cwe}.html` } : undefined,
    message: diagnosticMessage(f, rule),
    relatedInformation:
      related || f.related?.length ? [...(related ?? []), ...(relatedInformation(f, uri) ?? [])] : undefined,
    data,
  };
}

/** LSP related information of a finding: places in the same file, or in another file of its folder. */
function relatedInformation(
  finding: Finding,
  uri: string,
): Array<{ location: { uri: string; range: Range }; message: string }> | undefined {
  const related = finding.related;
  if (!related?.length) return undefined;
  const folder = uri.slice(0, uri.lastIndexOf('/') + 1);
  return related.map((r) => ({
    location: { uri: r.file === undefined ? uri : `${folder}${encodeURIComponent(r.file)}`, range: r.range },
    message: r.message,
  }));
}
