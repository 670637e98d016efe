// The provider-token catalogue (rules/secrets/providers.yaml, policy.md "Secrets"): one list of
// documented credential formats, used by every language's known-key-format rule, the config-file
// scanner and the test-code filter. A text is first searched for the formats' literal keywords
// (one pass, whatever the number of formats); only the formats whose keyword occurs run their RE2
// pattern, so scan time does not grow with the catalogue.

import { RE2JS } from 're2js';
import { entropyBits } from '../../../core/secrets/value-shape';
import { isPlaceholder } from '../../../core/secrets/placeholders';

export interface ProviderFormat {
  provider: string;
  /** What the token is: `personal access token`, `connection URL with a password`. */
  name: string;
  /** RE2 syntax; its first capturing group, when there is one, is the secret part. */
  pattern: string;
  /** Minimum Shannon entropy (bits/char) of the secret part, for formats with a random part. */
  entropy?: number;
  /** A safe placeholder in the format's shape, never reported (tests check it). */
  example: string;
  /** The provider's documentation of the format. */
  docs: string;
  /** Literal strings one of which every match contains (default: the pattern's literal start). */
  keywords: string[];
  /** False for formats reported in product code only (JWTs: test code is full of sample tokens). */
  inTests: boolean;
  /** `YYYY-MM-DD` and what the provider's documentation says of the format, when it was checked. */
  checked?: string;
  /** Line in the catalogue file, for problems. */
  line?: number;
}

export interface ProviderHit {
  format: ProviderFormat;
  /** The matched token and where it starts in the searched text. */
  text: string;
  index: number;
}

interface Compiled {
  format: ProviderFormat;
  program: RE2JS;
  /** Position in the catalogue: of two formats matching at one place, the earlier entry names it. */
  order: number;
}

const META = new Set([...'\\.[](){}*+?|^$']);

/**
 * The literal text every match of `pattern` starts with (after `\b`), or '' when it starts with a
 * class, a group or an alternation. A character followed by an optional quantifier is not part of it.
 */
export function literalStart(pattern: string): string {
  let i = pattern.startsWith('\\b') ? 2 : 0;
  let out = '';
  while (i < pattern.length) {
    const c = pattern[i];
    let literal: string;
    let width: number;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[A-Za-z0-9]/.test(next)) break; // \d, \s, \b: not a literal
      literal = next;
      width = 2;
    } else if (META.has(c)) break;
    else {
      literal = c;
      width = 1;
    }
    if (/^[?*{]/.test(pattern.slice(i + width, i + width + 1))) break;
    out += literal;
    i += width;
  }
  return hasTopLevelAlternation(pattern) ? '' : out;
}

/** `a|b` outside any group or class: the pattern has no common start. */
function hasTopLevelAlternation(pattern: string): boolean {
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '[') while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

function escapeLiteral(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

export class ProviderCatalogue {
  private readonly byKeyword = new Map<string, Compiled[]>();
  private readonly keywordSearch: RegExp | undefined;
  /** How many format patterns ran (tests check that the keyword filter keeps this small). */
  patternRuns = 0;

  constructor(readonly formats: readonly ProviderFormat[]) {
    for (const [order, format] of formats.entries()) {
      // Compiled on first use: most files hold no candidate for most formats.
      let program: RE2JS | undefined;
      const compiled = {
        format,
        get program(): RE2JS {
          return (program ??= RE2JS.compile(format.pattern));
        },
        order,
      };
      for (const keyword of format.keywords) {
        const list = this.byKeyword.get(keyword) ?? [];
        if (!list.includes(compiled)) list.push(compiled);
        this.byKeyword.set(keyword, list);
      }
    }
    // Literal alternatives only, longest first: no backtracking beyond the keyword lengths.
    const keywords = [...this.byKeyword.keys()].sort((a, b) => b.length - a.length);
    this.keywordSearch = keywords.length > 0 ? new RegExp(keywords.map(escapeLiteral).join('|'), 'g') : undefined;
  }

  /** The first provider-format secret in the text (not a placeholder, random enough), if any. */
  find(text: string): ProviderHit | undefined {
    return this.findAll(text)[0];
  }

  /** Every provider-format secret in the text, by position; of two formats at one place, the earlier entry. */
  findAll(text: string): ProviderHit[] {
    if (!this.keywordSearch) return [];
    const candidates = new Set<Compiled>();
    this.keywordSearch.lastIndex = 0;
    for (let m = this.keywordSearch.exec(text); m; m = this.keywordSearch.exec(text)) {
      for (const c of this.byKeyword.get(m[0]) ?? []) candidates.add(c);
      this.keywordSearch.lastIndex = m.index + 1;
    }
    const byStart = new Map<number, { hit: ProviderHit; order: number }>();
    for (const { format, program, order } of candidates) {
      this.patternRuns++;
      const matcher = program.matcher(text);
      let from = 0;
      while (from <= text.length && matcher.find(from)) {
        const whole = matcher.group(0) ?? '';
        const start = matcher.start(0);
        const grouped = matcher.groupCount() > 0;
        const secret = grouped ? (matcher.group(1) ?? whole) : whole.slice(literalStart(format.pattern).length);
        const previous = byStart.get(start);
        if (this.looksReal(format, secret, whole, grouped) && (!previous || order < previous.order))
          byStart.set(start, { hit: { format, text: whole, index: start }, order });
        from = matcher.end(0) > start ? matcher.end(0) : start + 1;
      }
    }
    return [...byStart.values()].map((v) => v.hit).sort((a, b) => a.index - b.index);
  }

  private looksReal(format: ProviderFormat, secret: string, whole: string, grouped: boolean): boolean {
    // A URL's host may be example.com: only its secret part is judged when the format names one.
    const judged = grouped ? secret : whole;
    if (isPlaceholder(secret) || isPlaceholder(judged) || /x{6,}|X{6,}|0{8,}|\*{3,}|\.\.\./.test(judged)) return false;
    return format.entropy === undefined || entropyBits(secret) >= format.entropy;
  }
}
