// Compiles loaded rules into one tree-sitter query per language: every sink, source and sanitizer
// pattern of that language joined, so a single walk of the tree serves all rules. Compiled lazily
// per language and cached; a pattern that does not compile is reported and left out.

import { ProviderCatalogue } from './provider-catalogue';
import { Language, Query } from 'web-tree-sitter';
import { expandRuleLanguages, LanguageId } from './languages';
import type { ParserPool } from './parsers';
import type { LoadedRules } from './rule-loader';
import type { Pattern, Rule, TaintLibrary } from './rule-model';
import type { EngineProblem } from './types';
import { FIXERS } from './fixes/registry';
import { nameShapes } from './names/query-shapes';
import { LanguagePrefilter, Selection } from './prefilter';

export type PatternRole = 'sink' | 'source' | 'sanitizer';

export interface PatternEntry {
  role: PatternRole;
  /** Rule id for sinks, library name for sources and sanitizers. */
  name: string;
  rule?: Rule;
  pattern: Pattern;
}

/** The patterns of one rule (or one source/sanitizer set), queried alone when the combined query overruns. */
export interface PatternGroup {
  role: PatternRole;
  name: string;
  sources: string[];
  entries: PatternEntry[];
  query?: Query;
}

export interface LanguagePlan {
  language: LanguageId;
  grammar: Language;
  query: Query | null;
  /** Indexed by the combined query's pattern index. */
  entries: PatternEntry[];
  /**
   * Further owners of a pattern index: a query written identically in several rules up to the
   * names of its captures (every call, say) is compiled once, so each node is matched once and
   * handed to all of them, with the captures renamed to each owner's names.
   */
  sharedWith: Map<number, SharedEntry[]>;
  groups: PatternGroup[];
  rules: Rule[];
}

/** Which patterns a plan compiles (all when undefined). */
type Keep = (role: PatternRole, name: string, pattern: Pattern) => boolean;

export interface SharedEntry {
  entry: PatternEntry;
  /** The combined query's capture name → this owner's name, when they differ. */
  rename?: Map<string, string>;
}

/**
 * A query's text with whitespace collapsed and its captures renamed @0, @1, … in order of first
 * appearance (outside strings and comments), plus those names in that order: two queries with
 * the same shape match the same nodes, whatever their captures are called.
 */
export function canonicalQuery(query: string): { shape: string; captures: string[] } {
  const captures: string[] = [];
  const shape = query
    .replace(/"(?:[^"\\]|\\.)*"|@[\w.-]+|(?:\s|;[^\n]*)+/g, (token) => {
      if (token.startsWith('"')) return token;
      if (token.startsWith('@')) {
        const name = token.slice(1);
        let index = captures.indexOf(name);
        if (index < 0) index = captures.push(name) - 1;
        return `@${index}`;
      }
      return ' ';
    })
    .trim();
  return { shape, captures };
}

/** Compiles a group's own query on first use (only needed when a scan runs out of time). */
export function groupQuery(plan: LanguagePlan, group: PatternGroup): Query {
  group.query ??= new Query(plan.grammar, group.sources.join('\n'));
  return group.query;
}

export class RuleSet {
  private readonly plans = new Map<LanguageId, Promise<LanguagePlan>>();
  private readonly prefilters = new Map<LanguageId, LanguagePrefilter>();
  /** Plans of only the patterns a file's prefilter admitted, by language, while there are few. */
  private readonly subsets = new Map<LanguageId, number>();
  /**
   * How many files of a language get a plan of their own admitted patterns before the whole
   * catalogue is compiled once: a one-file run compiles a third of it, a folder scan the whole.
   */
  subsetPlans = 2;
  readonly problems: EngineProblem[];

  constructor(
    private readonly pool: ParserPool,
    readonly rules: Rule[],
    readonly libraries: TaintLibrary[],
    loadProblems: EngineProblem[] = [],
    readonly providers = new ProviderCatalogue([]),
  ) {
    this.problems = [...loadProblems];
  }

  static from(pool: ParserPool, loaded: LoadedRules): RuleSet {
    return new RuleSet(pool, loaded.rules, loaded.libraries, loaded.problems, new ProviderCatalogue(loaded.providers));
  }

  /** Records a problem once, even when several languages (JS, TS, TSX) run into it. */
  private report(problem: EngineProblem): void {
    if (!this.problems.some((p) => p.file === problem.file && p.line === problem.line && p.message === problem.message))
      this.problems.push(problem);
  }

  rulesFor(language: LanguageId): Rule[] {
    return this.rules.filter((r) => expandRuleLanguages(r.languages).includes(language));
  }

  /** The words each pattern of the language needs, built on first use (prefilter.ts). */
  prefilter(language: LanguageId): LanguagePrefilter {
    let prefilter = this.prefilters.get(language);
    if (!prefilter)
      this.prefilters.set(
        language,
        (prefilter = new LanguagePrefilter(
          language,
          this.rules,
          this.libraries,
          this.providers.formats.flatMap((f) => f.keywords),
        )),
      );
    return prefilter;
  }

  plan(language: LanguageId): Promise<LanguagePlan> {
    let plan = this.plans.get(language);
    if (!plan) {
      plan = this.compile(language);
      this.plans.set(language, plan);
    }
    return plan;
  }

  /**
   * The plan for a file the prefilter selected from: the whole catalogue's once it is compiled
   * (or once a few files had their own), else one of only the admitted patterns (query compilation
   * is the largest part of a one-file run's start-up).
   */
  planFor(language: LanguageId, selection: Selection): Promise<LanguagePlan> {
    const used = this.subsets.get(language) ?? 0;
    if (this.plans.has(language) || used >= this.subsetPlans) return this.plan(language);
    this.subsets.set(language, used + 1);
    const keep = (role: PatternRole, name: string, pattern: Pattern): boolean =>
      selection.needs(role, name) && selection.admits(pattern);
    return this.compile(language, keep);
  }

  private async compile(language: LanguageId, keep?: Keep): Promise<LanguagePlan> {
    const lang = await this.pool.language(language);
    // Usually every pattern compiles: then one compilation of the combined query suffices (query
    // compilation is a large part of start-up). Otherwise each pattern is compiled alone to find
    // and leave out the broken ones.
    return this.build(language, lang, false, keep) ?? this.build(language, lang, true, keep)!;
  }

  private build(language: LanguageId, lang: Language, probe: boolean, keep?: Keep): LanguagePlan | undefined {
    const entries: PatternEntry[] = [];
    const sources: string[] = [];
    /** Parallel to `sources` when not probing: whose pattern text each one is. */
    type Owner = {
      role: PatternRole;
      name: string;
      rule?: Rule;
      pattern: Pattern;
      group: PatternGroup;
      made: PatternEntry[];
      captures: string[];
    };
    /** Each group's owners in the order its own query lists their patterns. */
    const owners: Owner[] = [];
    const chunks: Owner[][] = [];
    /** Canonical query shape → its chunk, for patterns written alike in several places. */
    const chunkByShape = new Map<string, Owner[]>();
    const groups = new Map<string, PatternGroup>();
    const add = (role: PatternRole, name: string, pattern: Pattern, file: string, rule?: Rule): boolean => {
      if (pattern.languages && !expandRuleLanguages(pattern.languages).includes(language)) return true;
      // Left out of a file's own plan: the scan would skip its matches anyway.
      if (keep && !keep(role, name, pattern)) return true;
      // Every spelling of a name the pattern writes (names/query-shapes.ts).
      const query = nameShapes(pattern, language).query;
      let patternCount = 0;
      if (probe) {
        try {
          const alone = new Query(lang, query);
          patternCount = alone.patternCount();
          alone.delete();
        } catch (e) {
          this.report({
            file,
            line: pattern.line,
            message: `invalid tree-sitter query for ${language}: ${(e as Error).message}`,
          });
          return false;
        }
      }
      let group = groups.get(`${role}:${name}`);
      if (!group) groups.set(`${role}:${name}`, (group = { role, name, sources: [], entries: [] }));
      for (let i = 0; i < patternCount; i++) {
        const entry = { role, name, rule, pattern };
        entries.push(entry);
        group.entries.push(entry);
      }
      group.sources.push(query);
      if (!probe) {
        const { shape, captures } = canonicalQuery(query);
        const owner: Owner = { role, name, rule, pattern, group, made: [], captures };
        owners.push(owner);
        const shared = chunkByShape.get(shape);
        if (shared) {
          shared.push(owner);
          return true;
        }
        const chunk = [owner];
        chunkByShape.set(shape, chunk);
        chunks.push(chunk);
      }
      sources.push(query);
      return true;
    };
    const libraries = this.libraries.filter((l) => expandRuleLanguages(l.languages).includes(language));
    const known = { source: new Set<string>(), sanitizer: new Set<string>() };
    for (const lib of libraries) {
      for (const [name, patterns] of lib.sources) {
        if (patterns.every((p) => add('source', name, p, lib.file))) known.source.add(name);
      }
      for (const [name, patterns] of lib.sanitizers) {
        if (patterns.every((p) => add('sanitizer', name, p, lib.file))) known.sanitizer.add(name);
      }
    }
    const rules: Rule[] = [];
    for (const rule of this.rulesFor(language)) {
      const missing = [
        ...(rule.taint?.sources ?? []).filter((n) => !known.source.has(n)).map((n) => `source '${n}'`),
        ...(rule.taint?.sanitizers ?? []).filter((n) => !known.sanitizer.has(n)).map((n) => `sanitizer '${n}'`),
      ];
      if (rule.fix?.kind === 'fixer' && !FIXERS[rule.fix.name]) {
        this.report({
          file: rule.file,
          line: rule.fix.line,
          message: `${rule.id}: unknown fixer '${rule.fix.name}' (known: ${Object.keys(FIXERS).join(', ')})`,
        });
        continue;
      }
      if (missing.length > 0) {
        this.report({
          file: rule.file,
          line: rule.taint?.line ?? 1,
          message: `${rule.id}: no ${missing.join(', ')} defined for ${language} in a library.yaml`,
        });
        continue;
      }
      // A rule whose pattern fails for this language is left out for this language only.
      const entriesBefore = entries.length;
      const sourcesBefore = sources.length;
      if (rule.patterns.every((p) => add('sink', rule.id, p, rule.file, rule))) rules.push(rule);
      else {
        // Only when probing (patterns compiled one by one): nothing is shared then.
        entries.splice(entriesBefore);
        sources.splice(sourcesBefore);
        groups.delete(`sink:${rule.id}`);
      }
    }
    const sharedWith = new Map<number, SharedEntry[]>();
    let query: Query | null = null;
    if (sources.length > 0 && probe) query = new Query(lang, sources.join('\n'));
    else if (sources.length > 0) {
      try {
        query = new Query(lang, sources.join('\n'));
      } catch {
        return undefined;
      }
      // Each pattern of the combined query belongs to the text it starts in (offsets are UTF-8 bytes).
      const encoder = new TextEncoder();
      const starts: number[] = [];
      let offset = 0;
      for (const text of sources) {
        starts.push(offset);
        offset += encoder.encode(text).length + 1;
      }
      for (let i = 0, chunk = 0; i < query.patternCount(); i++) {
        const at = query.startIndexForPattern(i);
        while (chunk + 1 < starts.length && starts[chunk + 1] <= at) chunk++;
        const first = chunks[chunk][0];
        chunks[chunk].forEach((owner, k) => {
          const entry = { role: owner.role, name: owner.name, rule: owner.rule, pattern: owner.pattern };
          owner.made.push(entry);
          if (k === 0) {
            entries.push(entry);
            return;
          }
          const differs = owner.captures.some((c, j) => c !== first.captures[j]);
          const shared: SharedEntry = differs
            ? { entry, rename: new Map(first.captures.map((c, j) => [c, owner.captures[j]])) }
            : { entry };
          sharedWith.set(i, [...(sharedWith.get(i) ?? []), shared]);
        });
      }
      // A group's fallback query lists its own patterns in its own order.
      for (const owner of owners) owner.group.entries.push(...owner.made);
    }
    if (query && query.patternCount() !== entries.length) {
      throw new Error(`internal: combined query has ${query.patternCount()} patterns, expected ${entries.length}`);
    }
    return { language, grammar: lang, query, entries, sharedWith, groups: [...groups.values()], rules };
  }
}
