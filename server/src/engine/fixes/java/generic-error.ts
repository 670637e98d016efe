// Java: exception text sent to the client is replaced by a generic message.

import type { Node } from 'web-tree-sitter';
import { replace, isTainted } from '../edits';
import type { FixContext, Fixer, Propose } from '../model';

const GENERIC_ERROR = '"Internal server error"';

/**
 * The pieces of `expr` that carry the exception: e, e.getMessage(), ExceptionUtils.getStackTrace(e),
 * or a whole string concatenation containing one. Containers (Map.of("error", …)) keep their shape.
 */
function leakedPieces(ctx: FixContext, expr: Node): Node[] {
  if (!isTainted(ctx, expr)) return [];
  if (expr.type === 'binary_expression' || expr.type === 'identifier' || expr.type === 'field_access') return [expr];
  if (expr.type === 'method_invocation') {
    const receiver = expr.childForFieldName('object');
    const args = expr.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
    // e.getMessage() / e.getCause().toString(): the exception is the receiver.
    if (receiver && isTainted(ctx, receiver)) return [expr];
    // ExceptionUtils.getStackTrace(e), String.valueOf(e): a conversion of the exception itself.
    if (/^(ExceptionUtils|String|Objects|Throwables)$/.test(receiver?.text ?? '')) return [expr];
    return args.flatMap((a) => leakedPieces(ctx, a));
  }
  return expr.namedChildren.filter((c): c is Node => !!c).flatMap((c) => leakedPieces(ctx, c));
}

const propose: Propose = (ctx) => {
  const leak = ctx.captures.get('leak')?.[0];
  if (!leak) return undefined; // printStackTrace(writer): no text to swap, the call itself must go
  const pieces = leakedPieces(ctx, leak);
  if (pieces.length === 0) return undefined;
  return {
    title: 'Send a generic error message (log the exception on the server)',
    edits: pieces.map((p) => replace(p, GENERIC_ERROR)),
  };
};

export const genericErrorFixer: Fixer = { name: 'java-generic-error', safety: 'safe', propose };
