// Unknown origin (issue 18, points 2 and 6; policy.md "Severity, confidence and the gate").
// How a finding on a value of unknown origin is graded, once for every language and rule: a query,
// command, path or URL *built* from it keeps the rule's severity; one passed *whole* is info,
// "origin not traced". What counts as unknown: see dataflow.ts and unresolved-calls.ts.

import type { Finding } from './types';

/** The text a finding on a value passed whole, of unknown origin, carries (policy.md). */
export const ORIGIN_NOT_TRACED = 'origin not traced: check where this value comes from';

/** The classes policy.md grades by origin. */
export const INJECTION_CLASSES: ReadonlySet<string> = new Set([
  'sqli',
  'cmdi',
  'code-injection',
  'path-traversal',
  'ssrf',
  'xss',
  'open-redirect',
  'ldapi',
  'xpathi',
]);

/**
 * Grades a finding by the origin of the value that reached the sink: `unknown` and not built in
 * this file means the value arrived whole from a parameter or an unresolved call.
 */
export function gradeByOrigin(finding: Finding, origin: { unknown: boolean; built: boolean }): Finding {
  if (!origin.unknown || origin.built || !INJECTION_CLASSES.has(finding.class)) return finding;
  const detail = finding.detail ? `${ORIGIN_NOT_TRACED}; ${finding.detail}` : ORIGIN_NOT_TRACED;
  return { ...finding, severity: 'info', detail };
}
