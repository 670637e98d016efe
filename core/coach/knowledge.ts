// Joins the topic table with the loaded rules: the security requirements of a topic are the
// `requirement` sentences of the rules that belong to it (by `topics:` or by class), plus the
// table's extra text only where no such rule exists. Prompts, headers and instructions all ask here.
// The rules arrive as data (CoachRule: the few fields the coach reads), built into
// dist/coach-knowledge.json at build time, so no front end needs the rule loader for coaching.

import { CLASSES, RuleClass } from '../protocol/classes';
import { expandRuleLanguages, LanguageId } from '../protocol/languages';
import type { Severity } from '../protocol/settings';
import { ALWAYS_CHECK, Topic, TOPICS, topicById, topicForRuleTopic } from './topics';

/** What the coach knows of a rule. An engine Rule is one; the build keeps only these fields. */
export interface CoachRule {
  id: string;
  class: RuleClass;
  severity: Severity;
  languages: LanguageId[];
  topics: string[];
  requirement: string;
}

/** The coach's view of rules, field by field (what the build writes to dist/coach-knowledge.json). */
export function coachRules(rules: readonly CoachRule[]): CoachRule[] {
  return rules.map((r) => ({
    id: r.id,
    class: r.class,
    severity: r.severity,
    languages: [...r.languages],
    topics: [...r.topics],
    requirement: r.requirement,
  }));
}

export interface Requirement {
  text: string;
  topic: string;
  /** Rules stating this requirement; empty for the topic table's extra text. */
  ruleIds: string[];
}

export interface ClassCheck {
  class: RuleClass;
  title: string;
  cwe: number;
}

const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim();
}

export class Knowledge {
  private readonly linked = new Map<string, CoachRule[]>();

  constructor(readonly rules: readonly CoachRule[]) {
    for (const topic of TOPICS) {
      const mine = rules.filter(
        (r) => (topic.classes as string[]).includes(r.class) || r.topics.some((t) => topicForRuleTopic(t) === topic),
      );
      mine.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.id.localeCompare(b.id));
      this.linked.set(topic.id, mine);
    }
  }

  /** The rules that belong to a topic, most severe first. */
  rulesFor(topicId: string): CoachRule[] {
    return this.linked.get(topicId) ?? [];
  }

  /**
   * The requirements of a topic: its rules' requirements (only rules for `language` when given),
   * then the table's text for what those rules do not cover.
   */
  requirementsFor(topicId: string, language?: LanguageId): Requirement[] {
    const topic = topicById(topicId);
    if (!topic) return [];
    const all = this.rulesFor(topicId);
    // Another language's rule speaks in its own idioms (comma-ok, secure_filename): for a language
    // with no rule on this topic, the table's general text stands in instead.
    const chosen = language ? all.filter((r) => expandRuleLanguages(r.languages).includes(language)) : all;
    const out: Requirement[] = [];
    const seen = new Map<string, Requirement>();
    const add = (text: string, ruleId?: string): void => {
      const key = normalize(text);
      const existing = seen.get(key);
      if (existing) {
        if (ruleId && !existing.ruleIds.includes(ruleId)) existing.ruleIds.push(ruleId);
        return;
      }
      const req: Requirement = { text: text.trim(), topic: topic.id, ruleIds: ruleId ? [ruleId] : [] };
      seen.set(key, req);
      out.push(req);
    };
    for (const rule of chosen) add(rule.requirement, rule.id);
    const coveredClasses = new Set(chosen.map((r) => r.class));
    for (const extra of topic.extra) {
      if (!extra.coveredBy || !coveredClasses.has(extra.coveredBy)) add(extra.text);
    }
    return out;
  }

  /** Requirements of several topics, without repeating a sentence shared by two topics. */
  requirementsForTopics(topicIds: string[], language?: LanguageId): Requirement[] {
    const seen = new Set<string>();
    const out: Requirement[] = [];
    for (const id of topicIds) {
      for (const req of this.requirementsFor(id, language)) {
        const key = normalize(req.text);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(req);
      }
    }
    return out;
  }

  /** The label classes a review of code on these topics should check, plus the always-on ones. */
  classesToCheck(topicIds: string[]): ClassCheck[] {
    const classes = new Set<RuleClass>();
    for (const id of topicIds) {
      const topic = topicById(id);
      if (!topic) continue;
      topic.classes.forEach((c) => classes.add(c));
      this.rulesFor(id).forEach((r) => classes.add(r.class));
    }
    ALWAYS_CHECK.forEach((c) => classes.add(c));
    return [...classes].map((c) => ({ class: c, title: CLASSES[c].title, cwe: CLASSES[c].cwe }));
  }

  rule(id: string): CoachRule | undefined {
    return this.rules.find((r) => r.id === id);
  }

  /** `topics:` names used by rules that the topic table does not know (they would be ignored). */
  unmappedRuleTopics(): string[] {
    const names = new Set(this.rules.flatMap((r) => r.topics).filter((t) => !topicForRuleTopic(t)));
    return [...names].sort();
  }
}

export function topicLabel(id: string): string {
  return topicById(id)?.label ?? id;
}

export type { Topic };
