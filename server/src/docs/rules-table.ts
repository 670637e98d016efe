// Generates docs/rules.md from the rules themselves (title, class, severity, CWE, OWASP, fix), so
// the reference can never drift from what runs. `node dist/gen-docs.js --check` fails when stale.

import * as fs from 'fs';
import * as path from 'path';
import { writeFileAtomic } from '../../../core/io/write-file';
import type { Rule } from '../engine';
import { CLASSES } from '../engine/rule-model';
import { hasQuickFix } from '../sca/rules';

const LANGUAGE_TITLE: Record<string, string> = {
  py: 'Python',
  go: 'Go',
  java: 'Java',
  js: 'JavaScript / TypeScript',
  sca: 'Dependencies (SCA)',
};

export function rulesMarkdown(rules: Rule[]): string {
  const byLanguage = new Map<string, Rule[]>();
  for (const r of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
    const lang = r.id.split('/')[0];
    byLanguage.set(lang, [...(byLanguage.get(lang) ?? []), r]);
  }
  const lines = [
    '# Warden rules',
    '',
    '<!-- Generated from the rule catalogue (rules/**/*.yaml and server/src/sca/rules.ts) by `npm run docs`; do not edit by hand. -->',
    '',
    `${rules.length} rules, ${rules.filter((r) => hasQuickFix(r)).length} with a quick-fix.`,
    '',
    '| language | rules | with quick-fix |',
    '|---|---|---|',
    ...[...byLanguage.entries()].map(([lang, list]) => `| ${LANGUAGE_TITLE[lang] ?? lang} | ${list.length} | ${list.filter((r) => hasQuickFix(r)).length} |`),
    '',
  ];
  for (const [lang, list] of byLanguage) {
    lines.push(`## ${LANGUAGE_TITLE[lang] ?? lang}`, '', '| rule | class | severity | CWE | OWASP 2021 | fix | requirement |', '|---|---|---|---|---|---|---|');
    for (const r of list) {
      const cls = (CLASSES as Record<string, { title: string }>)[r.class]?.title ?? r.class;
      lines.push(
        `| \`${r.id}\`<br>${r.title} | ${cls} | ${r.severity} | ${r.cwe.map((c) => `CWE-${c}`).join(', ')} | ${r.owasp.slice(0, 8)} | ${hasQuickFix(r) ? 'yes' : ''} | ${r.requirement.replace(/\|/g, '\\|')} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function writeOrCheck(rules: Rule[], file: string, check: boolean): boolean {
  const wanted = rulesMarkdown(rules);
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (check) return current === wanted;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic(file, wanted);
  return true;
}
