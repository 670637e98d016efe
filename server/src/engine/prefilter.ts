// File-level rule prefilter: each pattern's conditions name words a file must contain for it to
// match (callee and module names, anchors of `where:` regexes); one pass of an Aho–Corasick
// automaton over the text finds which occur, and only the patterns whose words all occur are
// checked. A pattern whose words cannot be derived is always checked, so findings never change.

import type { Condition, Pattern, Rule, TaintLibrary } from './rule-model';
import { expandRuleLanguages, LanguageId } from './languages';
import { regexNeeds } from './prefilter-regex';

/** All of these clauses must hold; a clause holds when one of its words occurs. Empty: always. */
export type Requirement = string[][];

/** What conditions that name no text need: words of the rule's taint sources, of provider formats. */
export interface Needs {
  /** One of these occurs where one of the rule's sources matches (a value is tainted only there). */
  taint?: string[];
  /** One of these occurs in every provider-format token (the catalogue's keywords). */
  providers?: string[];
}

/** What one condition needs of the file's text; undefined when nothing can be told. */
function conditionNeeds(cond: Condition, needs: Needs): string[] | undefined {
  switch (cond.kind) {
    case 'taint':
      return cond.requirement === 'tainted' ? needs.taint : undefined;
    case 'provider-token':
      return needs.providers;
    case 'regex':
      // A resolved value is text the file assembles (joined strings); its words may not occur.
      return cond.negate || cond.resolve ? undefined : regexNeeds(cond.regex.source);
    case 'inside':
    case 'scope':
      // Tested on an ancestor's or a scope's own text; a template's regex is made per match.
      return cond.negate || cond.template || !cond.regex ? undefined : regexNeeds(cond.regex.source);
    case 'any-of': {
      const each = cond.conditions.map((c) => conditionNeeds(c, needs));
      return each.every((n) => n) ? [...new Set(each.flat() as string[])] : undefined;
    }
    default:
      return undefined;
  }
}

/** The words a pattern needs: one clause per condition that tells any. */
export function patternRequirement(pattern: Pattern, needs: Needs = {}): Requirement {
  const clauses: Requirement = [];
  for (const cond of pattern.where) {
    const clause = conditionNeeds(cond, needs);
    if (clause) clauses.push(clause);
  }
  return clauses;
}

/**
 * The words provider tokens need: each keyword's longest run of word characters (`tskey-` needs
 * "tskey"); undefined when a keyword has none.
 */
export function keywordWords(keywords: string[]): string[] | undefined {
  const words = new Set<string>();
  for (const keyword of keywords) {
    const runs = keyword.match(/[A-Za-z0-9_]+/g);
    if (!runs) return undefined;
    words.add(runs.reduce((a, b) => (b.length > a.length ? b : a)).toLowerCase());
  }
  return words.size > 0 ? [...words] : undefined;
}

/** The most telling clause of a requirement: the one whose shortest word is longest. */
function bestClause(requirement: Requirement): string[] | undefined {
  const shortest = (clause: string[]): number => Math.min(...clause.map((w) => w.length));
  return requirement.reduce<string[] | undefined>(
    (best, c) => (!best || shortest(c) > shortest(best) ? c : best),
    undefined,
  );
}

/**
 * The words one of a set of taint sources needs: a source matches only where one of its patterns
 * does, so the union of each pattern's best clause. Undefined when a pattern needs nothing.
 */
function sourcesNeed(names: string[], patternsOf: (name: string) => Pattern[]): string[] | undefined {
  const words = new Set<string>();
  for (const name of names) {
    for (const pattern of patternsOf(name)) {
      // Sources are named text: a source pattern's taint or token conditions, if any, add nothing here.
      const clause = bestClause(patternRequirement(pattern));
      if (!clause) return undefined;
      for (const w of clause) words.add(w);
    }
  }
  return [...words];
}

/** Word characters fold to one of 37 symbols (case-insensitively, as RE2's (?i) folds); others to -1. */
function symbolOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 48 && code <= 57) return 26 + code - 48;
  if (code === 95) return 36;
  // The Kelvin sign and the long s fold to k and s in case-insensitive RE2.
  if (code === 0x212a) return 10;
  if (code === 0x17f) return 18;
  return -1;
}
const SYMBOLS = 37;

/** An Aho–Corasick automaton over words of word characters: which of them occur in a text. */
export class WordAutomaton {
  private readonly next: Int32Array;
  /** Per state: the word ending there (-1 none) and the nearest shorter state that ends a word. */
  private readonly ends: Int32Array;
  private readonly outLink: Int32Array;
  readonly words: string[];

  constructor(words: string[]) {
    this.words = words;
    const goto: number[][] = [new Array(SYMBOLS).fill(-1)];
    const ends = [-1];
    words.forEach((word, id) => {
      let state = 0;
      for (let i = 0; i < word.length; i++) {
        const symbol = symbolOf(word.charCodeAt(i));
        if (symbol < 0) throw new Error(`internal: prefilter word '${word}' has a non-word character`);
        if (goto[state][symbol] < 0) {
          goto[state][symbol] = goto.length;
          goto.push(new Array(SYMBOLS).fill(-1));
          ends.push(-1);
        }
        state = goto[state][symbol];
      }
      ends[state] = id;
    });
    const count = goto.length;
    const fail = new Int32Array(count);
    const outLink = new Int32Array(count).fill(-1);
    const next = new Int32Array(count * SYMBOLS);
    const queue: number[] = [];
    for (let s = 0; s < SYMBOLS; s++) {
      const child = goto[0][s];
      next[s] = child < 0 ? 0 : child;
      if (child > 0) queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      for (let s = 0; s < SYMBOLS; s++) {
        const child = goto[state][s];
        const viaFail = next[fail[state] * SYMBOLS + s];
        if (child < 0) {
          next[state * SYMBOLS + s] = viaFail;
          continue;
        }
        next[state * SYMBOLS + s] = child;
        fail[child] = viaFail;
        outLink[child] = ends[viaFail] >= 0 ? viaFail : outLink[viaFail];
        queue.push(child);
      }
    }
    this.next = next;
    this.ends = Int32Array.from(ends);
    this.outLink = outLink;
  }

  /** Marks in `found` (by word index) every word that occurs in `text`: one pass over it. */
  scan(text: string, found: Uint8Array): void {
    const { next, ends, outLink } = this;
    const reported = new Uint8Array(ends.length);
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const symbol = symbolOf(text.charCodeAt(i));
      if (symbol < 0) {
        state = 0;
        continue;
      }
      state = next[state * SYMBOLS + symbol];
      // Each state's words are reported once: a text repeats its names.
      for (let s = ends[state] >= 0 ? state : outLink[state]; s > 0 && !reported[s]; s = outLink[s]) {
        reported[s] = 1;
        found[ends[s]] = 1;
      }
    }
  }
}

/** What the prefilter chose for one file. */
export interface Selection {
  /** Whether the pattern may match in this file (its words occur, and it is needed). */
  admits(pattern: Pattern): boolean;
  /** Whether a sink, source or sanitizer entry by this role and name is needed at all. */
  needs(role: 'sink' | 'source' | 'sanitizer', name: string): boolean;
  /** Rules of the language, and those with a pattern admitted. */
  rules: number;
  rulesRun: number;
}

/** Counts that tests and benchmarks read: deterministic, unlike time. */
export interface PrefilterCounters {
  files: number;
  /** Sum over files of the rules of the file's language. */
  rules: number;
  /** Sum over files of the rules whose patterns were checked. */
  rulesRun: number;
}

/** The prefilter of one language's rules and taint libraries. */
export class LanguagePrefilter {
  private readonly automaton: WordAutomaton;
  /** Per pattern: its clauses as word indexes. */
  private readonly clauses = new Map<Pattern, number[][]>();
  private readonly rules: Rule[];
  get ruleCount(): number {
    return this.rules.length;
  }
  /** Whether a pattern is written for this language (a rule's pattern may name some only). */
  private readonly applies: (pattern: Pattern) => boolean;

  constructor(language: LanguageId, rules: Rule[], libraries: TaintLibrary[], providerKeywords: string[] = []) {
    this.rules = rules.filter((r) => expandRuleLanguages(r.languages).includes(language));
    this.applies = (p) => !p.languages || expandRuleLanguages(p.languages).includes(language);
    const own = libraries.filter((l) => expandRuleLanguages(l.languages).includes(language));
    const sourcePatterns = (name: string): Pattern[] =>
      own.flatMap((l) => (l.sources.get(name) ?? []).filter(this.applies));
    const ids = new Map<string, number>();
    const idOf = (word: string): number => {
      let id = ids.get(word);
      if (id === undefined) ids.set(word, (id = ids.size));
      return id;
    };
    const providers = keywordWords(providerKeywords);
    const add = (pattern: Pattern, taint?: string[]): void => {
      this.clauses.set(
        pattern,
        patternRequirement(pattern, { taint, providers }).map((clause) => clause.map(idOf)),
      );
    };
    for (const rule of this.rules) {
      const taint = rule.taint && sourcesNeed(rule.taint.sources, sourcePatterns);
      for (const pattern of rule.patterns.filter(this.applies)) add(pattern, taint);
    }
    for (const l of own) for (const pattern of [...l.sources.values(), ...l.sanitizers.values()].flat()) add(pattern);
    this.automaton = new WordAutomaton([...ids.keys()]);
  }

  /** The selection for a file's text; disabled rules do not run (nor the sources only they use). */
  select(text: string, disabled?: ReadonlySet<string>): Selection {
    const found = new Uint8Array(this.automaton.words.length);
    this.automaton.scan(text, found);
    const admitted = new Map<Pattern, boolean>();
    const admits = (pattern: Pattern): boolean => {
      let ok = admitted.get(pattern);
      if (ok === undefined) {
        const clauses = this.clauses.get(pattern);
        // A pattern the prefilter was not built with (none should be) is always checked.
        ok = !clauses || clauses.every((clause) => clause.some((id) => found[id] === 1));
        admitted.set(pattern, ok);
      }
      return ok;
    };
    const run = this.rules.filter((r) => !disabled?.has(r.id) && r.patterns.some((p) => this.applies(p) && admits(p)));
    const sinks = new Set(run.map((r) => r.id));
    const sources = new Set(run.flatMap((r) => r.taint?.sources ?? []));
    const sanitizers = new Set(run.flatMap((r) => r.taint?.sanitizers ?? []));
    return {
      admits,
      needs: (role, name) => (role === 'sink' ? sinks : role === 'source' ? sources : sanitizers).has(name),
      rules: this.rules.length,
      rulesRun: run.length,
    };
  }
}

/** A selection that runs everything (prefilter off). */
export function selectAll(rules: number): Selection {
  return { admits: () => true, needs: () => true, rules, rulesRun: rules };
}
