// The sensitivity tier of a file as every front end shows it: the label, the reasons (one line per
// topic), and — when the team requires a security header on High-tier files — the note that one
// is missing. The VS Code status bar renders this; the CLI and an MCP server can print it.

import { hasHeader } from './header';
import { FindingRef, profileFile } from './profile';
import { Tier, TIER_LABEL } from './topics';

export const MISSING_HEADER_CODE = 'coach/missing-security-header';

export const NOTHING_SENSITIVE =
  'No authentication, payment, crypto, personal-data, request, database or file-system code detected.';

export interface SensitivityTier {
  tier: Tier;
  /** "High", "Medium" or "Low". */
  label: string;
  /** One line per topic, highest tier first; empty when nothing sensitive was detected. */
  reasons: string[];
  /** Set on a High-tier file without a security header when a header is required. */
  missingHeader?: string;
}

export function sensitivityTier(
  text: string,
  findings: FindingRef[],
  options: { requireHeaderForHighTier: boolean },
): SensitivityTier {
  const profile = profileFile(text, findings);
  const out: SensitivityTier = { tier: profile.tier, label: TIER_LABEL[profile.tier], reasons: profile.reasons };
  if (profile.tier === 'high' && options.requireHeaderForHighTier && !hasHeader(text)) {
    const topics = profile.topics
      .filter((t) => t.tier === 'high')
      .map((t) => t.topic.label)
      .join(', ');
    out.missingHeader = `High-sensitivity file (${topics}) without a security header: run "Warden: Insert security requirements header".`;
  }
  return out;
}
