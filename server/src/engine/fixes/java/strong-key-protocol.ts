// Java: short keys, small curves, old TLS versions and low PBKDF2 iteration counts → current
// minimums. Review: peers that only speak the old protocol stop connecting, and keys derived
// with another iteration count differ from the stored ones.

import type { Node } from 'web-tree-sitter';
import { replace } from '../edits';
import type { Fix, FixContext, Fixer, Propose } from '../model';
import { javaLiteral } from './syntax';

const WEAK_PROTOCOL = /^(SSL|SSLv2|SSLv2Hello|SSLv3|TLSv1|TLSv1\.1)$/;

function keySizeFix(ctx: FixContext, bits: Node): Fix {
  const curve = /KeyPairGenerator\.getInstance\(\s*"(EC|ECDSA|ECDH)"/.test(
    ctx.flow.enclosingFunction(bits)?.text ?? '',
  );
  const size = curve ? '256' : '3072';
  return { title: `Use ${size}-bit keys (review: new keys only)`, edits: [replace(bits, size)] };
}

/** new String[] {"TLSv1", "TLSv1.2"} → the elements that are not broken, or TLS 1.2 and 1.3. */
function protocolListFix(protos: Node): Fix | undefined {
  const list = protos.type === 'array_creation_expression' ? protos.childForFieldName('value') : undefined;
  const items = list?.namedChildren.filter((c): c is Node => !!c) ?? [];
  const names = items.map((i) => javaLiteral(i));
  if (!list || items.length === 0 || names.some((n) => n === undefined)) return undefined;
  const kept = items.filter((_, i) => !WEAK_PROTOCOL.test(names[i]!)).map((i) => i.text);
  const text = `{${(kept.length > 0 ? kept : ['"TLSv1.2"', '"TLSv1.3"']).join(', ')}}`;
  return { title: 'Enable TLS 1.2 and later only (review: old peers stop connecting)', edits: [replace(list, text)] };
}

const propose: Propose = (ctx) => {
  const sink = ctx.node;
  const bits = ctx.captures.get('bits')?.[0];
  if (bits?.type === 'decimal_integer_literal') return keySizeFix(ctx, bits);
  if (bits && /^"[^"]*"$/.test(bits.text))
    return { title: 'Use the P-256 curve (review: new keys only)', edits: [replace(bits, '"secp256r1"')] };
  const proto = ctx.captures.get('proto')?.[0];
  if (proto?.type === 'string_literal' && WEAK_PROTOCOL.test(javaLiteral(proto) ?? ''))
    return { title: 'Use TLS (1.2 and later) (review: old peers stop connecting)', edits: [replace(proto, '"TLS"')] };
  const protos = ctx.captures.get('protos')?.[0];
  if (protos) return protocolListFix(protos);
  const type = sink.childForFieldName('type')?.text;
  const args = sink.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
  const count =
    type === 'PBEKeySpec' && args.length === 4 ? args[2] : type === 'PBEParameterSpec' ? args[1] : undefined;
  if (count && /^\d[\d_]*$/.test(count.text))
    return {
      title: 'Use 600,000 iterations (review: derived keys change, re-derive stored ones)',
      edits: [replace(count, '600_000')],
    };
  return undefined;
};

export const strongKeyProtocolFixer: Fixer = { name: 'java-strong-key-protocol', safety: 'review', propose };
