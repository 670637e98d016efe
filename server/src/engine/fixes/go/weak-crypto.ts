// Go: broken hashes, ciphers and key sizes become current ones. Review: digests, ciphertexts and
// keys change (AES also wants a 16, 24 or 32-byte key), so stored data and peers must follow.

import type { Node } from 'web-tree-sitter';
import { addImport, replace } from '../edits';
import type { Fix, FixContext, TextEdit, Fixer, Propose } from '../model';

const PASSWORD = /passw|pwd\b|credential/i;

/** Go refuses unused imports: the `crypto/<pkg>` line goes when the fix removes its last use. */
function dropImport(ctx: FixContext, pkg: string, removed: string, added: string): TextEdit | undefined {
  const use = new RegExp(`\\b${pkg}\\.`, 'g');
  const count = (t: string): number => (t.match(use) ?? []).length;
  if (count(ctx.text) - count(removed) + count(added) > 0) return undefined;
  const spec = ctx.tree.rootNode
    .descendantsOfType('import_spec')
    .find((n): n is Node => !!n && n.text === `"crypto/${pkg}"`);
  if (!spec) return undefined;
  // A lone `import "crypto/md5"` declaration: no line-sized edit removes it cleanly, so no fix.
  if (spec.parent?.type !== 'import_spec_list') throw new Error('single import declaration');
  const line = spec.startPosition.row;
  return { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' };
}

/** Replaces `from` (a package selector such as md5.New) by `to`, fixing both import lists. */
function swapPackage(ctx: FixContext, node: Node, to: string, fromPkg: string, toPkg: string, title: string): Fix {
  const edits: TextEdit[] = [replace(node, to)];
  const imp = addImport(ctx, `"crypto/${toPkg}"`, new RegExp(`"crypto/${toPkg}"`));
  if (imp) edits.push(imp);
  const unused = dropImport(ctx, fromPkg, node.text, to);
  if (unused) edits.push(unused);
  return { title, edits };
}

const propose: Propose = (ctx) => {
  const sink = ctx.node;
  const pkg = ctx.captures.get('pkg')?.[0]?.text;
  const fn = ctx.captures.get('fn')?.[0]?.text;
  const callee = sink.childForFieldName('function');
  // rsa.GenerateKey(rand.Reader, 1024) → 3072 bits.
  const bits = ctx.captures.get('bits')?.[0];
  if (pkg === 'rsa' && bits) {
    // A local variable left unused would not compile; a package constant may stay.
    const local = bits.type === 'identifier' && ctx.flow.enclosingFunction(sink)?.text.includes(`${bits.text} :=`);
    if (bits.type !== 'int_literal' && (bits.type !== 'identifier' || local)) return undefined;
    return { title: 'Generate a 3072-bit RSA key', edits: [replace(bits, '3072')] };
  }
  // dsa.L1024N160 → dsa.L2048N256.
  if (pkg === 'dsa' && ctx.captures.get('size')?.[0])
    return { title: 'Use 2048-bit DSA parameters', edits: [replace(ctx.captures.get('size')![0], 'L2048N256')] };
  // hmac.New(sha1.New, key) → hmac.New(sha256.New, key).
  const hash = ctx.captures.get('hash')?.[0];
  if (pkg === 'hmac' && hash) {
    const from = hash.text.split('.')[0];
    return swapPackage(ctx, hash, 'sha256.New', from, 'sha256', 'Sign with HMAC-SHA-256 (signatures change)');
  }
  // md5.Sum(x) / sha1.New() for a token or signature → SHA-256. A password needs a slow salted
  // hash (bcrypt) and a migration: SHA-256 would hide the finding without fixing it.
  if ((pkg === 'md5' || pkg === 'sha1') && callee && (fn === 'Sum' || fn === 'New')) {
    const fnNode = ctx.flow.enclosingFunction(sink);
    const data = ctx.captures.get('data')?.[0]?.text ?? '';
    const head = fnNode?.text.split('\n')[0] ?? '';
    if (PASSWORD.test(data) || PASSWORD.test(head) || (fn === 'New' && PASSWORD.test(fnNode?.text ?? '')))
      return undefined;
    const to = fn === 'Sum' ? 'sha256.Sum256' : 'sha256.New';
    return swapPackage(ctx, callee, to, pkg, 'sha256', 'Use SHA-256 (digests change)');
  }
  // des.NewCipher / des.NewTripleDESCipher → aes.NewCipher (16, 24 or 32-byte key).
  if (pkg === 'des' && callee && /^(NewCipher|NewTripleDESCipher)$/.test(fn ?? ''))
    return swapPackage(ctx, callee, 'aes.NewCipher', pkg, 'aes', 'Use AES (needs a 16, 24 or 32-byte key)');
  return undefined;
};

export const weakCryptoFixer: Fixer = { name: 'go-weak-crypto', safety: 'review', propose };
