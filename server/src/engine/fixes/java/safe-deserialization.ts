// Java: untrusted deserialization. SnakeYAML gets SafeConstructor (java-safe-yaml's rewrite, safe);
// an ObjectInputStream gets an ObjectInputFilter that refuses every class until the developer
// lists the ones the stream may hold (review: the TODO).

import type { Node } from 'web-tree-sitter';
import { insertLinesBefore, statementOf } from '../edits';
import type { Fix, FixContext, Fixer, Propose } from '../model';
import { declaredType } from './path-containment';
import { safeYamlFixer } from './safe-yaml';
import { unconditionalIn } from './statements';

function objectInputFilter(ctx: FixContext, call: Node): Fix | undefined {
  const stream = call.childForFieldName('object');
  if (call.childForFieldName('name')?.text !== 'readObject' || stream?.type !== 'identifier') return undefined;
  if (!/^(java\.io\.)?ObjectInputStream$/.test(declaredType(ctx, stream) ?? '')) return undefined;
  const stmt = statementOf(ctx, call);
  if (!unconditionalIn(stmt, call)) return undefined;
  return {
    title: 'Accept only listed classes with an ObjectInputFilter (fill in the TODO)',
    edits: [
      insertLinesBefore(ctx, stmt, [
        '// TODO: list the classes this stream may hold, e.g. "com.example.dto.*;java.util.*;java.lang.*;!*"',
        `${stream.text}.setObjectInputFilter(java.io.ObjectInputFilter.Config.createFilter("!*"));`,
      ]),
    ],
    safety: 'review',
  };
}

const propose: Propose = (ctx) =>
  safeYamlFixer.propose(ctx) ?? (ctx.node.type === 'method_invocation' ? objectInputFilter(ctx, ctx.node) : undefined);

export const safeDeserializationFixer: Fixer = { name: 'java-safe-deserialization', safety: 'safe', propose };
