// `{{name}}` in an `inside` or `scope` regex stands for the text of the match's capture `name`,
// escaped, so a rule can ask about the same value elsewhere: "inside `switch v.(type)` on this
// very `v`", "the function also checks `v.(string)` with comma-ok". The escaped text is literal,
// so an instantiated regex has the template's shape and stays linear on RE2.

import { compileRuleRegex, TextPattern } from './rule-regex';

const PLACEHOLDER = /\{\{(\w+)\}\}/g;
/** Instantiated regexes, by source: a function's assertions share their values' texts. */
const CACHE_ENTRIES = 1024;
const cache = new Map<string, TextPattern>();

/** The capture names a regex as written refers to (none: an ordinary regex). */
export function placeholdersOf(written: string): string[] {
  return [...written.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** The template checked as a regex, each placeholder standing for a plain word. */
export function compileTemplate(written: string, eager: boolean): TextPattern {
  return compileRuleRegex(written.replace(PLACEHOLDER, 'x'), eager);
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The regex with each placeholder replaced by its capture's escaped text; undefined if one is missing. */
export function instantiate(
  template: string,
  textOf: (capture: string) => string | undefined,
): TextPattern | undefined {
  let missing = false;
  const source = template.replace(PLACEHOLDER, (_, name: string) => {
    const text = textOf(name);
    if (text === undefined) missing = true;
    return escaped(text ?? '');
  });
  if (missing) return undefined;
  let pattern = cache.get(source);
  if (!pattern) {
    if (cache.size >= CACHE_ENTRIES) cache.clear();
    cache.set(source, (pattern = compileRuleRegex(source, false)));
  }
  return pattern;
}
