// A file's security profile: the topics it touches (from its text and from the Warden findings on
// it) and the sensitivity tier that follows, with human-readable reasons. A High-tier topic needs
// two signals (a keyword and a call that acts on it, or a keyword and a finding); with one it
// counts as Medium, so a design-token file or a display-name helper is not High. Feeds the status
// bar, the header and the missing-header diagnostic.

import { detectTopics } from './detect';
import { stripManagedBlocks } from './managed';
import { HIGH_TIER_CALLS } from './tier-signals';
import { Tier, TIER_LABEL, Topic, TOPICS, topicById, topicsForClass } from './topics';

/** A Warden diagnostic as the client sees it: class or rule id, zero-based line. */
export interface FindingRef {
  ruleId: string;
  class?: string;
  line: number;
}

export interface TopicReason {
  topic: Topic;
  /** The topic's tier in this file: a High topic with a single signal counts as Medium. */
  tier: Tier;
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

type Signal = 'keyword' | 'call' | 'finding';

const MAX_CALLS = 2;

/** Up to two calls of the topic's High-tier call patterns, as reasons. */
function callSignals(topic: Topic, lines: string[]): string[] {
  const out: string[] = [];
  for (const pattern of HIGH_TIER_CALLS[topic.id] ?? []) {
    for (let i = 0; i < lines.length && out.length < MAX_CALLS; i++) {
      const m = pattern.exec(lines[i]);
      if (m) out.push(`call \`${m[0].trim()}\` (line ${i + 1})`);
    }
  }
  return out;
}

export function profileFile(text: string, findings: FindingRef[] = []): FileProfile {
  // Warden's own header and markers would otherwise feed their keywords back into detection.
  const body = stripManagedBlocks(text);
  const lines = body.split('\n');
  const byTopic = new Map<string, { reasons: string[]; signals: Set<Signal> }>();
  const add = (id: string, signal: Signal, reason: string): void => {
    const entry = byTopic.get(id) ?? { reasons: [], signals: new Set<Signal>() };
    if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
    entry.signals.add(signal);
    byTopic.set(id, entry);
  };
  for (const f of findings) {
    const cls = f.class ?? classOfRuleId(f.ruleId);
    if (!cls) continue;
    for (const topic of topicsForClass(cls))
      add(topic.id, 'finding', `Warden finding ${f.ruleId} (line ${f.line + 1})`);
  }
  for (const match of detectTopics(body)) {
    for (const e of match.evidence) add(match.topic.id, 'keyword', `keyword \`${e.text}\` (line ${e.line + 1})`);
    for (const reason of callSignals(match.topic, lines)) add(match.topic.id, 'call', reason);
  }
  const tierOf = (topic: Topic, signals: Set<Signal>): Tier =>
    topic.tier !== 'high' || (signals.has('keyword') && (signals.has('call') || signals.has('finding')))
      ? topic.tier
      : 'medium';
  const topics = TOPICS.filter((t) => byTopic.has(t.id))
    .map((t) => ({ topic: t, tier: tierOf(t, byTopic.get(t.id)!.signals), reasons: byTopic.get(t.id)!.reasons }))
    .sort((a, b) => TIER_RANK[b.tier] - TIER_RANK[a.tier]);
  const tier = topics.reduce<Tier>((best, t) => (TIER_RANK[t.tier] > TIER_RANK[best] ? t.tier : best), 'low');
  const reasons = topics.map((t) => `${TIER_LABEL[t.tier]} — ${t.topic.label}: ${t.reasons.join(', ')}`);
  return { tier, topics, reasons };
}

export function topicIds(profile: FileProfile): string[] {
  return profile.topics.map((t) => t.topic.id).filter((id) => !!topicById(id));
}
