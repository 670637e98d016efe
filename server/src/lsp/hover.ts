// The hover on a finding: what is wrong, why it matters, the secure version, the path from source
// to sink, and its CWE / OWASP Top 10 2021 / PCI-DSS v4.0 / SOC 2 mapping — written once in the
// rule, rendered here.

import type { Finding, Rule } from '../engine';

const FENCE: Record<string, string> = { py: 'python', go: 'go', java: 'java', js: 'javascript' };

export function hoverMarkdown(f: Finding, rule: Rule | undefined): string {
  const lines: string[] = [];
  const title = rule?.title ?? f.ruleId;
  const kind = f.codeKind ? ` · ${f.codeKind} code` : '';
  lines.push(`**Warden: ${title}** — ${f.severity}, ${f.confidence} confidence${kind} · \`${f.ruleId}\``, '');
  lines.push(f.message.trim(), '');
  if (f.detail) lines.push(`Found here: ${f.detail}.`, '');
  if (f.trace && f.trace.length > 1) {
    lines.push(
      `**Where the data comes from:** ${f.trace.map((s) => `\`${s.label.replace(/`/g, "'")}\` (line ${s.range.start.line + 1})`).join(' → ')}`,
      '',
    );
  }
  // Workspace text goes into a code span, never into Markdown of its own.
  for (const r of f.related ?? [])
    if (r.file === undefined) lines.push(`See line ${r.range.start.line + 1}: \`${r.message.replace(/`/g, "'")}\``, '');
  if (rule?.secureExample) {
    lines.push(
      '**Secure version:**',
      '',
      '```' + (FENCE[f.ruleId.split('/')[0]] ?? ''),
      rule.secureExample.trim(),
      '```',
      '',
    );
  } else if (rule) {
    lines.push(`**Requirement:** ${rule.requirement}`, '');
  }
  if (f.fix) lines.push(`Quick fix available: *${f.fix.title}*.`, '');
  if (rule) {
    const mapping = [
      ...rule.cwe.map((c) => `[CWE-${c}](https://cwe.mitre.org/data/definitions/${c}.html)`),
      `OWASP ${rule.owasp}`,
      ...(rule.pci.length ? [`PCI-DSS v4.0 ${rule.pci.join(', ')}`] : []),
      ...(rule.soc2.length ? [`SOC 2 ${rule.soc2.join(', ')}`] : []),
    ];
    lines.push(mapping.join(' · '));
  }
  return lines.join('\n');
}
