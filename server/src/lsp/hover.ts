// The hover on a finding, in the order a reader needs it: the title line, the path from source to
// sink (once), why it matters, the secure version, and its CWE / OWASP Top 10 2021 / PCI-DSS v4.0 /
// SOC 2 mapping — written once in the rule, rendered here. The diagnostic above it is one line.

import type { Finding, Rule } from '../engine';
import { findingHeadline } from '../report/headline';

const FENCE: Record<string, string> = { py: 'python', go: 'go', java: 'java', js: 'javascript' };

export function hoverMarkdown(f: Finding, rule: Rule | undefined): string {
  const lines: string[] = [];
  const title = rule?.title ?? findingHeadline(f);
  const kind = f.codeKind ? ` · ${f.codeKind} code` : '';
  lines.push(`**Warden: ${title}** — ${f.severity}, ${f.confidence} confidence${kind} · \`${f.ruleId}\``, '');
  if (f.trace && f.trace.length > 1) {
    lines.push(
      `**Path:** ${f.trace.map((s) => `\`${s.label.replace(/`/g, "'")}\` (line ${s.range.start.line + 1})`).join(' → ')}`,
      '',
    );
  }
  lines.push(f.message.trim(), '');
  if (f.detail) lines.push(`Found here: ${f.detail}.`, '');
  // Lowered from the rule's own confidence: the engine could not trace where the value comes from.
  if (rule?.confidence === 'high' && f.confidence !== 'high')
    lines.push(`*${f.confidence} confidence: the value's origin could not be traced to user input.*`, '');
  if (f.aiGenerated)
    lines.push(
      'Comprehension check: this code is marked AI-generated — explain what it does and why it is safe before approving it.',
      '',
    );
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
    // A command link: VS Code runs it (the client trusts this one command); other editors show the text.
    lines.push(
      '',
      `[Rule documentation](command:warden.showRuleDocs?${encodeURIComponent(JSON.stringify([f.ruleId]))})`,
    );
  }
  return lines.join('\n');
}
