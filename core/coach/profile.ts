// A file's security profile: the topics it touches (from its text and from the Warden findings on
// it) and the sensitivity tier that follows, with human-readable reasons. Feeds the status bar,
// the header and the missing-header diagnostic.

import { detectTopics } from './detect';
import { stripManagedBlocks } from './managed';
import { Tier, TIER_LABEL, Topic, TOPICS, topicById, topicsForClass } from './topics';

/** A Warden diagnostic as the client sees it: class or rule id, zero-based line. */
export interface FindingRef {
  ruleId: string;
  class?: string;
  line: number;
}

export interface TopicReason {
  topic: Topic;
  reasons: string[];
}

export interface FileProfile {
  tier: Tier;
  topics: TopicReason[];
  /** One line per topic, highest tier first: "High — Authentication / passwords: `password` (line 3)". */
  reasons: string[];
}

const TIER_RANK: Record<Tier, number> = { high: 2, medium: 1, low: 0 };

/** The class in a rule id `<lang>/<class>/<name>`, for diagnostics that carry only the id. */
export function classOfRuleId(ruleId: string): string | undefined {
  const parts = ruleId.split('/');
  return parts.length === 3 ? parts[1] : undefined;
}

export function profileFile(text: string, findings: FindingRef[] = []): FileProfile {
  // Warden's own header and markers would otherwise feed their keywords back into detection.
  const body = stripManagedBlocks(text);
  const byTopic = new Map<string, string[]>();
  const add = (id: string, reason: string): void => {
    const list = byTopic.get(id) ?? [];
    if (!list.includes(reason)) list.push(reason);
    byTopic.set(id, list);
  };
  for (const f of findings) {
    const cls = f.class ?? classOfRuleId(f.ruleId);
    if (!cls) continue;
    for (const topic of topicsForClass(cls)) add(topic.id, `Warden finding ${f.ruleId} (line ${f.line + 1})`);
  }
  for (const match of detectTopics(body)) {
    for (const e of match.evidence) add(match.topic.id, `\`${e.text}\` (line ${e.line + 1})`);
  }
  const topics = TOPICS.filter((t) => byTopic.has(t.id))
    .map((t) => ({ topic: t, reasons: byTopic.get(t.id)! }))
    .sort((a, b) => TIER_RANK[b.topic.tier] - TIER_RANK[a.topic.tier]);
  const tier = topics.reduce<Tier>(
    (best, t) => (TIER_RANK[t.topic.tier] > TIER_RANK[best] ? t.topic.tier : best),
    'low',
  );
  const reasons = topics.map((t) => `${TIER_LABEL[t.topic.tier]} — ${t.topic.label}: ${t.reasons.join(', ')}`);
  return { tier, topics, reasons };
}

export function topicIds(profile: FileProfile): string[] {
  return profile.topics.map((t) => t.topic.id).filter((id) => !!topicById(id));
}
