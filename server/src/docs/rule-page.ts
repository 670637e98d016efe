// One documentation page per rule (Markdown), generated at build time into dist/rule-docs.json and
// opened by the extension in a Markdown preview (hover link, "Show rule documentation" action):
// why it matters, vulnerable and safe lines taken from the rule's own fixtures, the fix, the
// requirement, references and the CWE / OWASP / PCI-DSS / SOC 2 mapping.

import type { Rule } from '../engine';

/** A fixture file beside the rule: its extension names the code fence. */
export interface RuleFixture {
  file: string;
  text: string;
}

const FENCE: Record<string, string> = {
  py: 'python',
  go: 'go',
  java: 'java',
  js: 'javascript',
  ts: 'typescript',
  jsx: 'javascript',
  tsx: 'typescript',
};
const MAX_EXAMPLES = 2;
const MARKER = /^\s*(?:\/\/|#)\s*(expect|safe)(?:-[\w-]+)?:\s*(.*)$/;

/** Does a fixture label (`expect: sqli`, `safe: js/sqli/string-built-query`) name this rule? */
function labelNames(label: string, rule: Rule): boolean {
  return label
    .split(/[\s,]+/)
    .map((l) => l.replace(/\s*--.*$/, ''))
    .some((l) => l === rule.class || l === rule.id);
}

/** The statement after each marker of `kind`: its first line and the lines indented under it, at most 6. */
export function fixtureExamples(text: string, rule: Rule, kind: 'expect' | 'safe'): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  for (let i = 0; i < lines.length && out.length < MAX_EXAMPLES; i++) {
    const m = MARKER.exec(lines[i]);
    if (!m || m[1] !== kind || !labelNames(m[2], rule)) continue;
    let j = i + 1;
    while (j < lines.length && MARKER.test(lines[j])) j++;
    const first = lines[j];
    if (first === undefined || !first.trim()) continue;
    const indent = /^\s*/.exec(first)![0].length;
    const block = [first];
    for (let k = j + 1; k < lines.length && block.length < 6; k++) {
      const line = lines[k];
      const deeper = /^\s*/.exec(line)![0].length > indent;
      const closes = /^\s*[)\]}]/.test(line) && /^\s*/.exec(line)![0].length === indent;
      if (!line.trim() || !(deeper || closes)) break;
      block.push(line);
      if (closes) break;
    }
    const cut = Math.min(...block.filter((l) => l.trim()).map((l) => /^\s*/.exec(l)![0].length));
    out.push(block.map((l) => l.slice(cut)).join('\n'));
  }
  return out;
}

function fenced(code: string, language: string): string[] {
  return ['```' + language, code.trimEnd(), '```', ''];
}

export function rulePage(rule: Rule, fixtures: RuleFixture[]): string {
  const lines = [`# ${rule.title}`, '', `\`${rule.id}\` · ${rule.severity} · ${rule.class}`, ''];
  lines.push('## Why it matters', '', rule.message.trim(), '');
  const examples = (kind: 'expect' | 'safe') =>
    fixtures.flatMap((f) =>
      fixtureExamples(f.text, rule, kind).map((code) => ({ code, language: FENCE[f.file.split('.').pop()!] ?? '' })),
    );
  const vulnerable = examples('expect').slice(0, MAX_EXAMPLES);
  if (vulnerable.length) {
    lines.push('## Vulnerable', '');
    for (const e of vulnerable) lines.push(...fenced(e.code, e.language));
  }
  // The rule's own secure version when it has one; fixture lines marked safe otherwise.
  const safe = rule.secureExample ? [] : examples('safe').slice(0, MAX_EXAMPLES);
  if (rule.secureExample || safe.length) {
    lines.push('## Safe', '');
    const language = FENCE[rule.id.split('/')[0]] ?? vulnerable[0]?.language ?? '';
    if (rule.secureExample) lines.push(...fenced(rule.secureExample, language));
    for (const e of safe) lines.push(...fenced(e.code, e.language));
  }
  lines.push('## How to fix', '', rule.requirement.trim(), '');
  if (rule.fix) lines.push('Warden offers a quick fix for this rule where a mechanical rewrite is safe.', '');
  if (rule.references.length) lines.push('## References', '', ...rule.references.map((r) => `- <${r}>`), '');
  lines.push(
    '## Mappings',
    '',
    `- CWE: ${rule.cwe.map((c) => `[CWE-${c}](https://cwe.mitre.org/data/definitions/${c}.html)`).join(', ')}`,
    `- OWASP Top 10 2021: ${rule.owasp}`,
    ...(rule.pci.length ? [`- PCI-DSS v4.0: ${rule.pci.join(', ')}`] : []),
    ...(rule.soc2.length ? [`- SOC 2: ${rule.soc2.join(', ')}`] : []),
    '',
    `To turn this rule off in a workspace, add \`${rule.id}\` to \`warden.disabledRules\` (the "Disable rule in this workspace" action does it); disabled rules are listed in "Warden: List suppressions".`,
    '',
  );
  return lines.join('\n');
}
