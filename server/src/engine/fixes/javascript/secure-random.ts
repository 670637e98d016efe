// JavaScript: Math.random() token idioms become crypto.randomBytes / randomUUID / randomInt.

import type { Node } from 'web-tree-sitter';
import { addImport, fileMatches, replace } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';

/** The call that a method name applies to: `x.toString(36)` for the `toString` after `x`. */
function chainedCall(node: Node, method: RegExp): Node | undefined {
  const member = node.parent;
  if (member?.type !== 'member_expression' || member.childForFieldName('object')?.id !== node.id) return undefined;
  if (!method.test(member.childForFieldName('property')?.text ?? '')) return undefined;
  const call = member.parent;
  return call?.type === 'call_expression' ? call : undefined;
}

/** Math.random() token idioms → crypto.randomBytes / randomUUID / randomInt. */
const propose: Propose = (ctx) => {
  const call = ctx.node;
  const node = fileMatches(ctx, /require\(|from\s+['"](node:)?[\w@/-]+['"]|process\.env/);
  const hasCrypto = fileMatches(
    ctx,
    /\b(const|let|var|import)\s+(\*\s+as\s+)?crypto\b|\{[^}]*\brandom(Bytes|Int|UUID)\b[^}]*\}\s*(=\s*require\(|from)/,
  );
  const edits: TextEdit[] = [];
  const needCrypto = (): void => {
    if (!node || hasCrypto) return;
    const esm = ctx.tree.rootNode.namedChildren.some((c) => c?.type === 'import_statement');
    const imp = addImport(
      ctx,
      esm ? "import crypto from 'crypto';" : "const crypto = require('crypto');",
      /^\s*(import|const|let|var)\s+crypto\b/m,
    );
    if (imp) edits.push(imp);
  };
  // Math.random().toString(36)[.slice(2)|.substring(2, n)|.substr(2, n)]
  const toString = chainedCall(call, /^toString$/);
  if (toString) {
    const cut = chainedCall(toString, /^(slice|substring|substr)$/);
    const whole = cut ?? toString;
    needCrypto();
    edits.push(replace(whole, node ? "crypto.randomBytes(16).toString('hex')" : 'crypto.randomUUID()'));
    return { title: node ? 'Use crypto.randomBytes' : 'Use crypto.randomUUID', edits };
  }
  // Math.floor(Math.random() * n) / Math.floor(min + Math.random() * n): Node's crypto.randomInt.
  let product = call.parent;
  if (
    !node ||
    product?.type !== 'binary_expression' ||
    product.childForFieldName('operator')?.text !== '*' ||
    product.childForFieldName('left')?.id !== call.id
  )
    return undefined;
  const range = product.childForFieldName('right')!;
  let min: Node | undefined;
  if (
    product.parent?.type === 'binary_expression' &&
    product.parent.childForFieldName('operator')?.text === '+' &&
    product.parent.childForFieldName('right')?.id === product.id
  ) {
    min = product.parent.childForFieldName('left') ?? undefined;
    product = product.parent;
  }
  const args = product.parent;
  const floor = args?.type === 'arguments' && args.namedChildCount === 1 ? args.parent : undefined;
  if (!floor || floor.childForFieldName('function')?.text !== 'Math.floor') return undefined;
  needCrypto();
  edits.push(
    replace(
      floor,
      min ? `crypto.randomInt(${min.text}, ${min.text} + ${range.text})` : `crypto.randomInt(${range.text})`,
    ),
  );
  return { title: 'Use crypto.randomInt', edits };
};

export const secureRandomFixer: Fixer = { name: 'js-secure-random', safety: 'safe', propose };
