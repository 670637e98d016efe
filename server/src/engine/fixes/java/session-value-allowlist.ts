// Java: a request value stored in the session is accepted only from an allow-list. Review: the
// list starts empty (every value refused) and the developer fills it in (the TODO).

import { indentUnit, insertLinesBefore, nameInScope, statementOf } from '../edits';
import type { Fixer, Propose } from '../model';
import { declaredType } from './path-containment';
import { unconditionalIn } from './statements';

const propose: Propose = (ctx) => {
  const value = ctx.captures.get('value')?.[0];
  // A String name only: an object (a user, a flag) is checked by what builds it, not by a list.
  if (!value || value.type !== 'identifier' || declaredType(ctx, value) !== 'String') return undefined;
  const stmt = statementOf(ctx, ctx.node);
  if (!unconditionalIn(stmt, ctx.node)) return undefined;
  const allowed = nameInScope(ctx, ctx.node, ['allowedValues', 'allowedSessionValues']);
  return {
    title: 'Store only allow-listed values in the session (fill in the TODO)',
    edits: [
      insertLinesBefore(ctx, stmt, [
        `java.util.Set<String> ${allowed} = java.util.Set.of(); // TODO: the values ${value.text} may take`,
        `if (!${allowed}.contains(${value.text})) {`,
        `${indentUnit(ctx)}throw new IllegalArgumentException("invalid ${value.text}");`,
        '}',
      ]),
    ],
  };
};

export const sessionValueAllowlistFixer: Fixer = { name: 'java-session-value-allowlist', safety: 'review', propose };
