// How a match's regex conditions see names: each captured name through the file's imports
// (resolver.ts), and the matches a widened query shape adds (query-shapes.ts) admitted only when
// they stand for a name the rule wrote. Used by conditions.ts for the gates and the other checks.

import type { Node, QueryMatch } from 'web-tree-sitter';
import type { MatchContext } from '../conditions';
import type { Condition, Pattern } from '../rule-model';
import { NameShapes, nameShapes } from './query-shapes';

type RegexCondition = Extract<Condition, { kind: 'regex' }>;

/** A capture's nodes, by the pattern's own capture names. */
export type Lookup = (capture: string) => Node[] | undefined;

/**
 * The texts a regex condition tests for a capture: each node's spellings through the file's
 * imports, or its own text. A receiver capture that holds a bare imported member (`run` from
 * `from os import system as run`) is spelled as that member's module.
 */
export function spelledTexts(
  cond: RegexCondition,
  lookup: Lookup,
  shapes: NameShapes,
  ctx: MatchContext,
): string[] | undefined {
  const nodes = lookup(cond.capture);
  const member = shapes.qualifiers.get(cond.capture);
  if (member) {
    const memberNode = lookup(member)?.[0];
    if (memberNode && bareMember(nodes?.[0], memberNode)) return ctx.names.qualifierSpellings(memberNode) ?? [];
  }
  if (!nodes || nodes.length === 0) return undefined;
  if (cond.resolve) return [nodes.map((n) => ctx.flow.valueText(n, cond.resolve)).join(' ')];
  if (nodes.length === 1) {
    const text = ctx.textOf(nodes[0]);
    return (ctx.names.mayRespell(text) && ctx.names.spellings(nodes[0])) || [text];
  }
  return [nodes.map((n) => ctx.names.spellings(n)?.[0] ?? ctx.textOf(n)).join(' ')];
}

/**
 * Whether a match is of the widened shape: the member called bare, captured as its own receiver,
 * or (Java's optional receiver) a method name with no receiver. A constructor's type in another
 * branch of the rule's alternation (`new URL(u)`) has no receiver either, and is not one.
 */
function bareMember(receiver: Node | undefined, member: Node): boolean {
  return receiver ? receiver.id === member.id : member.type === 'identifier';
}

/** A positive regex holds when any spelling matches, a negated one when none does. */
export function regexHolds(cond: RegexCondition, texts: string[]): boolean {
  return texts.some((t) => cond.regex.test(t)) !== cond.negate;
}

/**
 * Whether a match of a widened shape stands for a name the rule wrote: a bare name in a
 * receiver's place must be an imported member, a dotted name in an identifier's place must
 * resolve through an import. Matches of the rule's own shape always pass.
 */
function admissible(first: (capture: string) => Node | undefined, shapes: NameShapes, ctx: MatchContext): boolean {
  for (const [receiver, member] of shapes.qualifiers) {
    const memberNode = first(member);
    const receiverNode = first(receiver);
    if (!memberNode || !bareMember(receiverNode, memberNode)) continue;
    // Told by the name's text first: most bare calls name nothing imported.
    if (!ctx.names.mayQualify(ctx.textOf(memberNode)) || !ctx.names.qualifierSpellings(memberNode)) return false;
  }
  for (const name of shapes.widened) {
    const node = first(name);
    if (!node || /identifier$/.test(node.type)) continue;
    if (!ctx.names.mayRespell(ctx.textOf(node)) || !ctx.names.spellings(node)?.length) return false;
  }
  return true;
}

/**
 * The plain text tests at the head of a pattern's conditions, on the query's own capture list
 * (before anything is built for the match), with each name seen under its spellings.
 */
export function gatesHold(
  pattern: Pattern,
  count: number,
  match: QueryMatch,
  rename: Map<string, string> | undefined,
  ctx: MatchContext,
): boolean {
  const shapes = nameShapes(pattern, ctx.language);
  const widened = shapes.qualifiers.size > 0 || shapes.widened.size > 0;
  const first = (name: string): Node | undefined => {
    for (const c of match.captures) if ((rename?.get(c.name) ?? c.name) === name) return c.node;
    return undefined;
  };
  if (widened && !admissible(first, shapes, ctx)) return false;
  for (let i = 0; i < count; i++) {
    const cond = pattern.where[i] as RegexCondition;
    if (widened && shapes.qualifiers.has(cond.capture)) {
      const lookup: Lookup = (name) => {
        let nodes: Node[] | undefined;
        for (const c of match.captures) if ((rename?.get(c.name) ?? c.name) === name) (nodes ??= []).push(c.node);
        return nodes;
      };
      const texts = spelledTexts(cond, lookup, shapes, ctx);
      if (!texts || !regexHolds(cond, texts)) return false;
      continue;
    }
    // Most captures name nothing imported: their own text, read without allocating.
    let text: string | undefined;
    let only: Node | undefined;
    for (const c of match.captures) {
      if ((rename?.get(c.name) ?? c.name) !== cond.capture) continue;
      const own = ctx.textOf(c.node);
      only = text === undefined ? c.node : undefined;
      text = text === undefined ? own : `${text} ${own}`;
    }
    if (text === undefined) return false;
    const spelled = only && ctx.names.mayRespell(text) ? ctx.names.spellings(only) : undefined;
    if (!(spelled ? regexHolds(cond, spelled) : cond.regex.test(text) !== cond.negate)) return false;
  }
  return true;
}
