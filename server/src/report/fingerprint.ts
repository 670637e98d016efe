// Stable identities for findings: rule + file + the sink line's text (whitespace-normalised) +
// its occurrence number among identical lines. Moving code up or down keeps the fingerprint;
// editing the finding's own line changes it. Used by SARIF and by baselines.

import { createHash } from 'crypto';
import type { Finding } from '../engine';

export function addFingerprints(filePath: string, text: string, findings: Finding[]): void {
  const lines = text.split(/\r\n|\r|\n/);
  const seen = new Map<string, number>();
  for (const f of findings) {
    const lineText = (lines[f.range.start.line] ?? '').replace(/\s+/g, ' ').trim();
    const base = `${f.ruleId}\u0000${filePath.split('\\').join('/')}\u0000${lineText}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    f.fingerprint = createHash('sha256').update(`${base}\u0000${n}`).digest('hex').slice(0, 32);
  }
}
