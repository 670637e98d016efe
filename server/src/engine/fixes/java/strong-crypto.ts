// Java: a broken digest, cipher, signature or key type → its modern counterpart. Review: stored
// and exchanged values change (checksums, ETags, ciphertexts, signatures), and a cipher's IV or
// key length may need work. Password hashing is declined: SHA-256 is no password hash either.

import type { Node } from 'web-tree-sitter';
import { addImport, insertLinesBefore, nameInScope, replace, statementOf } from '../edits';
import type { Fix, FixContext, Fixer, Propose, TextEdit } from '../model';
import { javaLiteral } from './syntax';
import { unconditionalIn } from './statements';

const PASSWORD_CONTEXT = /passw|pwd|credential/i;

function inPasswordContext(ctx: FixContext, node: Node): boolean {
  const fn = ctx.flow.enclosingFunction(node);
  return !!fn && PASSWORD_CONTEXT.test(fn.text);
}

/** The replacement algorithm name for getInstance(<alg>) of a JCA class, or undefined. */
function strongerAlgorithm(cls: string, alg: string): string | undefined {
  if (cls === 'MessageDigest' && /^(MD2|MD4|MD5|SHA-?1|SHA)$/i.test(alg)) return 'SHA-256';
  if (cls === 'Signature') {
    const m = /^(MD2|MD5|SHA1|SHA-1)with(\w+)$/i.exec(alg);
    return m ? `SHA256with${m[2]}` : undefined;
  }
  if (cls === 'Cipher') {
    if (/^RSA(\/[^/]*\/(PKCS1Padding|NoPadding))?$/i.test(alg)) return 'RSA/ECB/OAEPWithSHA-256AndMGF1Padding';
    if (/^PBE/i.test(alg)) return undefined;
    const block = /^(AES|DES|DESede|TripleDES|3DES|RC2|RC4|ARCFOUR|Blowfish)(?:\/(\w+)\/(\w+))?$/i.exec(alg);
    if (!block) return undefined;
    // CBC keeps its IvParameterSpec and padding (GCM would refuse that spec); ECB or no mode → GCM.
    if (block[2] && /^CBC$/i.test(block[2])) return `AES/CBC/${block[3]}`;
    return 'AES/GCM/NoPadding';
  }
  if (cls === 'KeyGenerator' && /^(DES|DESede|TripleDES|3DES|RC2|RC4|ARCFOUR|Blowfish)$/i.test(alg)) return 'AES';
  return undefined;
}

const DIGEST_HELPERS: Record<string, string> = {
  md5: 'sha256',
  sha1: 'sha256',
  sha: 'sha256',
  md5Hex: 'sha256Hex',
  sha1Hex: 'sha256Hex',
  shaHex: 'sha256Hex',
};

function getInstanceFix(ctx: FixContext, call: Node): Fix | undefined {
  const cls = call.childForFieldName('object')?.text ?? '';
  const alg = call.childForFieldName('arguments')?.namedChildren[0];
  // A constant (LEGACY = "SHA-1") is replaced at this use only: other uses keep their value.
  const name = alg ? (javaLiteral(alg) ?? /^(?:[\w$]+ )?"([^"\\]*)"$/.exec(ctx.flow.valueText(alg))?.[1]) : undefined;
  if (!alg || name === undefined) return undefined;
  if (cls === 'MessageDigest' && inPasswordContext(ctx, call)) return undefined;
  const stronger = strongerAlgorithm(cls, name);
  if (!stronger) return undefined;
  return {
    title: `Use ${stronger} (review: stored and exchanged values change)`,
    edits: [replace(alg, `"${stronger}"`)],
  };
}

/** DigestUtils.md5Hex(x) (Apache commons-codec) and Hashing.md5() (Guava) → the SHA-256 variant. */
function helperFix(ctx: FixContext, call: Node): Fix | undefined {
  const receiver = call.childForFieldName('object')?.text ?? '';
  const name = call.childForFieldName('name');
  if (!name) return undefined;
  const commons = /^(org\.apache\.commons\.codec\.digest\.)?DigestUtils$/.test(receiver);
  const guava = receiver === 'Hashing' && /^(md5|sha1)$/.test(name.text);
  // Spring's DigestUtils has no SHA-256 variant: only commons-codec's (qualified, or imported).
  const springDigest = /import\s+org\.springframework\.util\.(DigestUtils|\*)\s*;/.test(ctx.text);
  if ((!commons || (springDigest && receiver === 'DigestUtils')) && !guava) return undefined;
  const stronger = guava ? 'sha256' : DIGEST_HELPERS[name.text];
  if (!stronger || inPasswordContext(ctx, call)) return undefined;
  return { title: `Use ${stronger} (review: stored and exchanged values change)`, edits: [replace(name, stronger)] };
}

/** new IvParameterSpec(CONSTANT) while encrypting → a fresh random IV for this message. */
function freshIvFix(ctx: FixContext, creation: Node, type: string): Fix | undefined {
  const args = creation.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
  const iv = type === 'GCMParameterSpec' ? args[1] : args[0];
  if (!iv || args.length !== (type === 'GCMParameterSpec' ? 2 : 1)) return undefined;
  const stmt = statementOf(ctx, creation);
  // Decryption must use the IV stored with the ciphertext: only the encrypting call gets a new one.
  if (!/\bENCRYPT_MODE\b/.test(stmt.text) || !unconditionalIn(stmt, creation)) return undefined;
  const name = nameInScope(ctx, creation, ['iv', 'freshIv']);
  const size = type === 'GCMParameterSpec' ? 12 : 16;
  const edits: TextEdit[] = [];
  const imp = addImport(ctx, 'import java.security.SecureRandom;', /import\s+java\.security\.(SecureRandom|\*)\s*;/);
  if (imp) edits.push(imp);
  edits.push(
    insertLinesBefore(ctx, stmt, [
      `// TODO: store ${name} with the ciphertext; decryption needs it.`,
      `byte[] ${name} = new byte[${size}];`,
      `new SecureRandom().nextBytes(${name});`,
    ]),
    replace(iv, name),
  );
  return { title: 'Use a fresh random IV per message (review: store it with the ciphertext)', edits };
}

const propose: Propose = (ctx) => {
  const sink = ctx.node;
  if (sink.type === 'method_invocation') {
    const fn = sink.childForFieldName('name')?.text;
    return fn === 'getInstance' ? getInstanceFix(ctx, sink) : helperFix(ctx, sink);
  }
  if (sink.type !== 'object_creation_expression') return undefined;
  const type = sink.childForFieldName('type')?.text.replace(/^javax\.crypto\.spec\./, '') ?? '';
  if (type === 'IvParameterSpec' || type === 'GCMParameterSpec') return freshIvFix(ctx, sink, type);
  const args = sink.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
  const alg = args[args.length - 1];
  if (type === 'SecretKeySpec' && args.length === 2 && alg && javaLiteral(alg) !== undefined)
    return { title: 'Use an AES key (review: the key must be 16, 24 or 32 bytes)', edits: [replace(alg, '"AES"')] };
  return undefined;
};

export const strongCryptoFixer: Fixer = { name: 'java-strong-crypto', safety: 'review', propose };
