// The rule metadata of dependency findings, in the engine's Rule shape, so SARIF, hovers and the
// compliance report treat them like any other rule.

import type { Rule } from '../engine';
import { ECOSYSTEM_SLUG, ECOSYSTEMS, Ecosystem } from './model';

const OWASP = 'A06:2021 - Vulnerable and Outdated Components';

function rule(ecosystem: Ecosystem, kind: 'vulnerable' | 'unmaintained'): Rule {
  const slug = ECOSYSTEM_SLUG[ecosystem];
  const vulnerable = kind === 'vulnerable';
  return {
    id: `sca/${slug}/${kind}`,
    title: vulnerable ? `Vulnerable ${ecosystem} dependency` : `Unmaintained or weak ${ecosystem} security library`,
    class: 'vulnerable-dependency',
    languages: [],
    severity: vulnerable ? 'error' : 'warning',
    confidence: 'high',
    cwe: vulnerable ? [1395] : [1104, 327],
    owasp: OWASP,
    pci: vulnerable ? ['6.3.3', '6.3.2'] : ['6.3.2', '6.2.1'],
    soc2: ['CC7.1', 'CC8.1'],
    message: vulnerable
      ? "This dependency version has publicly known vulnerabilities (listed in the finding, from Warden's offline advisory snapshot). Attackers scan for known-vulnerable versions; upgrade to the first fixed version."
      : 'This library is unmaintained, deprecated or weak by design, so its flaws will not be fixed. Replace it with the maintained alternative named in the finding.',
    requirement: vulnerable
      ? 'Use dependency versions without known vulnerabilities: upgrade to a fixed release and keep dependencies patched.'
      : 'Use maintained, current cryptography and security libraries; never unmaintained or deprecated ones.',
    topics: ['dependencies'],
    references: ['https://owasp.org/Top10/A06_2021-Vulnerable_and_Outdated_Components/', 'https://osv.dev/'],
    patterns: [],
    report: 'dependency',
    file: 'server/src/sca/rules.ts',
  };
}

/** Invented or misspelled packages (server/src/sca/invented): npm and PyPI, the ecosystems with popularity lists. */
function inventedRule(ecosystem: 'npm' | 'PyPI'): Rule {
  return {
    id: `sca/${ECOSYSTEM_SLUG[ecosystem]}/invented`,
    title: `Unknown or misspelled ${ecosystem} package`,
    class: 'vulnerable-dependency',
    languages: [],
    severity: 'warning',
    confidence: 'medium',
    cwe: [1357],
    owasp: OWASP,
    pci: ['6.3.2'],
    soc2: ['CC7.1', 'CC8.1'],
    message:
      'This package name is neither declared by the project nor among the most downloaded packages, or it is one or two letters from a popular name. Assistants invent and misspell package names, and attackers register those names (slopsquatting, typosquatting): check the package exists and is the one you meant.',
    requirement:
      'Install only packages you have checked exist and are the intended ones; declare every dependency in the manifest.',
    topics: ['dependencies'],
    references: [
      'https://owasp.org/Top10/A06_2021-Vulnerable_and_Outdated_Components/',
      'https://cwe.mitre.org/data/definitions/1357.html',
    ],
    patterns: [],
    report: 'dependency',
    file: 'server/src/sca/invented/check.ts',
  };
}

export const SCA_RULES: Rule[] = [
  ...ECOSYSTEMS.flatMap((e) => [rule(e, 'vulnerable'), rule(e, 'unmaintained')]),
  inventedRule('npm'),
  inventedRule('PyPI'),
];

/** Dependency rules whose findings carry a quick-fix (the version bump, computed per finding). */
const WITH_FIX = new Set(SCA_RULES.filter((r) => /\/(vulnerable|invented)$/.test(r.id)).map((r) => r.id));

/**
 * The whole rule catalogue: the engine's code rules, then the dependency rules. Every list of
 * rules a user sees (hover, SARIF `rules`, `warden rules`, docs/rules.md, the reports) is built
 * here, so a dependency rule is never left out of one of them.
 */
export function ruleCatalogue(codeRules: readonly Rule[]): Rule[] {
  return [...codeRules, ...SCA_RULES];
}

/** Whether a rule's findings can come with a quick-fix. */
export function hasQuickFix(rule: Rule): boolean {
  return rule.fix !== undefined || WITH_FIX.has(rule.id);
}
