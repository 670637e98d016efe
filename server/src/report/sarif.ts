// SARIF 2.1.0 output that GitHub code scanning accepts: rule metadata with help and CWE tags,
// the taint path as a code flow, the label class in properties, and fingerprints that survive
// unrelated edits (they hash the finding's line text, not its line number).

import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Finding, Rule, Severity } from '../engine';
import { escapeJsonControls } from './escape';
import { findingHeadline } from './headline';
import { cweUrl, ScanReport } from './model';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.5', info: '3.0' };

/** The root every relative URI is resolved against: the folder the scan ran in (the repository root in CI). */
export const SRCROOT = '%SRCROOT%';

/**
 * Relative to the scan's folder, so GitHub maps results onto the checkout wherever it lives.
 * Paths outside that folder stay absolute file URIs (no uriBaseId).
 */
function artifactLocation(p: string, root: string): { uri: string; uriBaseId?: string } {
  const relative = path.relative(root, path.resolve(root, p));
  if (relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(path.resolve(root, p)).href };
  return { uri: relative.split(path.sep).join('/').split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function region(f: Finding['range']): Record<string, number> {
  return {
    startLine: f.start.line + 1,
    startColumn: f.start.character + 1,
    endLine: f.end.line + 1,
    endColumn: f.end.character + 1,
  };
}

export function sarifRule(rule: Rule): Record<string, unknown> {
  const markdown = [
    `**${rule.title}**`,
    '',
    rule.message,
    '',
    `**Requirement:** ${rule.requirement}`,
    '',
    ...(rule.secureExample ? ['', '**Secure example:**', '', '```', rule.secureExample.trimEnd(), '```'] : []),
    '',
    `CWE: ${rule.cwe.map((c) => `[CWE-${c}](${cweUrl(c)})`).join(', ')} · OWASP ${rule.owasp}`,
    ...(rule.pci.length || rule.soc2.length
      ? ['', `Compliance: PCI-DSS ${rule.pci.join(', ')} · SOC 2 ${rule.soc2.join(', ')}`]
      : []),
    ...(rule.references.length ? ['', ...rule.references.map((r) => `- ${r}`)] : []),
  ].join('\n');
  return {
    id: rule.id,
    name: rule.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.message },
    help: { text: `${rule.message}\n\nRequirement: ${rule.requirement}`, markdown },
    helpUri: cweUrl(rule.cwe[0]),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: [
        'security',
        ...rule.cwe.map((c) => `external/cwe/cwe-${c}`),
        `owasp-${rule.owasp.slice(0, 8)}`,
        rule.class,
      ],
      precision: rule.confidence === 'high' ? 'high' : rule.confidence === 'medium' ? 'medium' : 'low',
      'security-severity': SECURITY_SEVERITY[rule.severity],
      class: rule.class,
    },
  };
}

export function formatSarif(report: ScanReport, version: string, root = process.cwd()): string {
  const artifactUri = (p: string) => artifactLocation(p, root);
  const used = new Set(report.files.flatMap((f) => f.findings.map((x) => x.ruleId)));
  const rules = report.rules.filter((r) => used.has(r.id));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const byId = new Map(rules.map((r) => [r.id, r]));
  const results = report.files.flatMap((file) =>
    file.findings.map((f) => {
      const location = { physicalLocation: { artifactLocation: artifactUri(file.path), region: region(f.range) } };
      const result: Record<string, unknown> = {
        ruleId: f.ruleId,
        ruleIndex: index.get(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: findingHeadline(f, byId.get(f.ruleId)) },
        locations: [location],
        properties: {
          class: f.class,
          confidence: f.confidence,
          ...(f.codeKind ? { codeKind: f.codeKind } : {}),
          ...(f.policy ? { tier: f.policy.tier, ...(f.policy.boundary ? { boundary: f.policy.boundary } : {}) } : {}),
        },
      };
      if (f.fingerprint) result.partialFingerprints = { 'wardenFindingHash/v1': f.fingerprint };
      if (f.related?.length) {
        // A related place in another file is a sibling of this one (a dependency's other manifest).
        const folder = file.path.slice(0, Math.max(file.path.lastIndexOf('/'), file.path.lastIndexOf('\\')) + 1);
        result.relatedLocations = f.related.map((r, id) => ({
          id,
          physicalLocation: {
            artifactLocation: artifactUri(r.file === undefined ? file.path : folder + r.file),
            region: region(r.range),
          },
          message: { text: r.message },
        }));
      }
      if (f.trace && f.trace.length > 1) {
        result.codeFlows = [
          {
            threadFlows: [
              {
                locations: f.trace.map((s) => ({
                  location: {
                    physicalLocation: { artifactLocation: artifactUri(file.path), region: region(s.range) },
                    message: { text: s.label },
                  },
                })),
              },
            ],
          },
        ];
      }
      return result;
    }),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Warden',
            version,
            semanticVersion: version,
            informationUri: 'https://cwe.mitre.org/',
            rules: rules.map(sarifRule),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(root + path.sep).href } },
        results,
        invocations: [
          {
            executionSuccessful: true,
            toolConfigurationNotifications: report.ruleProblems.map((p) => ({
              level: 'error',
              message: { text: p.message },
              locations: p.file
                ? [{ physicalLocation: { artifactLocation: artifactUri(p.file), region: { startLine: p.line ?? 1 } } }]
                : undefined,
            })),
          },
        ],
      },
    ],
  };
  return escapeJsonControls(JSON.stringify(sarif, null, 2) + '\n');
}
