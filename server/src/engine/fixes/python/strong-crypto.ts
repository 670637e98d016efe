// Python: broken digests, ciphers, curves, key sizes and TLS versions → their modern counterparts.
// Review: stored and exchanged values change (digests, ciphertexts, keys), and old peers may stop
// connecting. Each shape the rules report keeps its own fix; unknown shapes get none.

import type { Node } from 'web-tree-sitter';
import { replace } from '../edits';
import { importOs } from './imports';
import type { Fix, FixContext, Fixer, Propose, TextEdit } from '../model';

const review = (title: string, edits: TextEdit[]): Fix => ({ title, edits });

/** The call's callee as `module.name`, or the bare name. */
function callee(call: Node): string {
  return call.type === 'call' ? (call.childForFieldName('function')?.text ?? '') : '';
}

function positional(call: Node): Node[] {
  return (call.childForFieldName('arguments')?.namedChildren ?? []).filter(
    (a): a is Node => !!a && a.type !== 'keyword_argument' && a.type !== 'comment',
  );
}

function withOs(ctx: FixContext, title: string, edits: TextEdit[]): Fix {
  const imp = importOs(ctx);
  return review(title, imp ? [imp, ...edits] : edits);
}

const WEAK_DIGEST = /^(md4|md5|sha1|sha|ripemd160)$/i;
const WEAK_CURVE: Record<string, string> = { SECP192R1: 'SECP256R1', SECT163K1: 'SECP256R1', SECT163R2: 'SECP256R1' };

function digestFix(ctx: FixContext, sink: Node): Fix | undefined {
  const weak = ctx.captures.get('weak')?.[0];
  if (weak && WEAK_DIGEST.test(weak.text))
    return review('Use SHA-256 (changes every stored digest)', [replace(weak, 'sha256')]);
  const name = callee(sink);
  // hashlib.new('sha1', data)
  const first = positional(sink)[0];
  if (
    /^hashlib\.new$/.test(name) &&
    first?.type === 'string' &&
    WEAK_DIGEST.test(first.text.slice(1, -1).replace(/-/g, ''))
  )
    return review('Use SHA-256 (changes every stored digest)', [
      replace(first, `${first.text[0]}sha256${first.text[0]}`),
    ]);
  // hashes.MD5() (cryptography)
  if (/^hashes\.(MD5|SHA1)$/.test(name) && positional(sink).length === 0)
    return review('Use SHA-256 (changes every stored digest)', [replace(sink, 'hashes.SHA256()')]);
  return undefined;
}

function cipherFix(ctx: FixContext, sink: Node): Fix | undefined {
  const name = callee(sink);
  const args = positional(sink);
  // Decryption must use the mode and IV the data was encrypted with: only encrypting code changes.
  if (/decrypt/i.test(ctx.flow.enclosingFunction(sink)?.text ?? '')) return undefined;
  // AES.new(key, AES.MODE_ECB) → GCM (pycryptodome picks a random nonce: cipher.nonce)
  if (/^AES\.new$/.test(name) && args.length === 2 && args[1].text === 'AES.MODE_ECB')
    return review('Use AES-GCM (review: store cipher.nonce and the tag with the ciphertext)', [
      replace(args[1], 'AES.MODE_GCM'),
    ]);
  // AES.new(key, AES.MODE_CBC, FIXED_IV) → a random IV per message (cipher.iv)
  if (/^AES\.new$/.test(name) && args.length === 3 && /^AES\.MODE_(CBC|CFB|OFB)$/.test(args[1].text))
    return review('Use a random IV per message (review: store cipher.iv with the ciphertext)', [
      { range: { start: pos(args[1].endPosition), end: pos(args[2].endPosition) }, newText: '' },
    ]);
  // modes.ECB() → GCM with a fresh nonce; modes.CBC(constant) → a fresh IV (cryptography)
  if (name === 'modes.ECB' && args.length === 0)
    return withOs(ctx, 'Use AES-GCM with a fresh nonce (review: store the nonce and tag)', [
      replace(sink, 'modes.GCM(os.urandom(12))'),
    ]);
  if (
    /^modes\.(CBC|CFB|OFB|CTR)$/.test(name) &&
    args.length === 1 &&
    !/urandom|token_bytes|randbytes/.test(args[0].text)
  )
    return withOs(ctx, 'Use a fresh random IV (review: store it with the ciphertext)', [
      replace(args[0], 'os.urandom(16)'),
    ]);
  return undefined;
}

function pos(p: { row: number; column: number }): { line: number; character: number } {
  return { line: p.row, character: p.column };
}

function keyFix(ctx: FixContext, sink: Node): Fix | undefined {
  const bits = ctx.captures.get('bits')?.[0];
  if (bits?.type === 'integer')
    return review('Generate a 3072-bit key (review: new keys only)', [replace(bits, '3072')]);
  const name = callee(sink);
  const curve = /^ec\.(\w+)$/.exec(name);
  if (curve && WEAK_CURVE[curve[1]] && positional(sink).length === 0)
    return review('Use the P-256 curve (review: new keys only)', [replace(sink, `ec.${WEAK_CURVE[curve[1]]}()`)]);
  const named = sink
    .childForFieldName('arguments')
    ?.namedChildren.find((a) => a?.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'curve');
  const value = named?.childForFieldName('value');
  if (
    /^ECC\.generate$/.test(name) &&
    value?.type === 'string' &&
    /^.(P-192|P-224|secp192r1|prime192v1)$/i.test(value.text.slice(0, -1))
  )
    return review('Use the P-256 curve (review: new keys only)', [
      replace(value, `${value.text[0]}P-256${value.text[0]}`),
    ]);
  return undefined;
}

function tlsFix(ctx: FixContext, sink: Node): Fix | undefined {
  const version = ctx.captures.get('version')?.[0];
  if (version) return review('Require TLS 1.2 or newer', [replace(version, 'TLSv1_2')]);
  // SSL.Context(SSL.TLSv1_METHOD) (pyOpenSSL): negotiate the best version both sides have.
  const first = positional(sink)[0];
  if (callee(sink) === 'SSL.Context' && first && /^SSL\.(SSLv2|SSLv3|SSLv23|TLSv1|TLSv1_1)_METHOD$/.test(first.text))
    return review('Negotiate TLS 1.2 or newer (review: old peers stop connecting)', [replace(first, 'SSL.TLS_METHOD')]);
  return undefined;
}

const propose: Propose = (ctx) => {
  const sink = ctx.node;
  const id = ctx.rule.id;
  if (id === 'py/weak-crypto/weak-hash') return digestFix(ctx, sink);
  if (id === 'py/weak-crypto/broken-cipher') return cipherFix(ctx, sink);
  if (id === 'py/weak-crypto/short-key') return keyFix(ctx, sink);
  if (id === 'py/weak-crypto/weak-tls-protocol') return tlsFix(ctx, sink);
  return undefined;
};

export const strongCryptoFixer: Fixer = { name: 'py-strong-crypto', safety: 'review', propose };
