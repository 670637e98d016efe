// JavaScript: broken hashes, ciphers and sizes become current ones. Review: every rewrite changes
// stored or exchanged values (digests, ciphertexts, keys), so callers and stored data must follow.

import type { Node } from 'web-tree-sitter';
import { eol, indentOf, insertAt, nameInScope, replace, statementOf } from '../edits';
import type { Fix, FixContext, Fixer, Propose } from '../model';

const CRYPTO_JS_REPLACEMENT: Record<string, string> = {
  MD5: 'SHA256',
  SHA1: 'SHA256',
  HmacMD5: 'HmacSHA256',
  HmacSHA1: 'HmacSHA256',
  DES: 'AES',
  TripleDES: 'AES',
  RC4: 'AES',
  RC4Drop: 'AES',
  Rabbit: 'AES',
  RabbitLegacy: 'AES',
};

const quoted = (text: string, value: string): string => `${text[0]}${value}${text[0]}`;

/** The call a member of `node` makes: `x.update(…)` for `x` and `update`. */
function chained(node: Node, method: string): Node | undefined {
  const member = node.parent;
  if (member?.type !== 'member_expression' || member.childForFieldName('property')?.text !== method) return undefined;
  return member.parent?.type === 'call_expression' ? member.parent : undefined;
}

/**
 * crypto.createHash('md5').update(password).digest('hex') → a salted scrypt hash stored as
 * `salt:hash`. Existing hashes and the code that checks them must migrate: review, with a TODO.
 */
function passwordHash(ctx: FixContext, createHash: Node): Fix | undefined {
  const receiver = createHash.childForFieldName('function')?.childForFieldName('object')?.text;
  const update = chained(createHash, 'update');
  const digest = update && chained(update, 'digest');
  const password = update?.childForFieldName('arguments')?.namedChildren[0];
  const encoding = digest?.childForFieldName('arguments')?.namedChildren;
  if (!receiver || !/^[\w$]+$/.test(receiver) || !digest || !password || encoding?.length !== 1) return undefined;
  if (!/^['"](hex|base64)['"]$/.test(encoding[0]!.text)) return undefined;
  const stmt = statementOf(ctx, digest);
  const before = ctx.text.slice(Math.max(0, stmt.startIndex - 300), stmt.startIndex);
  if (/TODO: keep the salt/.test(before)) return undefined;
  const salt = nameInScope(ctx, stmt, ['salt', 'passwordSalt']);
  const indent = indentOf(ctx.text, stmt);
  const nl = eol(ctx);
  return {
    title: 'Hash the password with scrypt and a random salt (migrate stored hashes)',
    edits: [
      insertAt(
        { line: stmt.startPosition.row, character: stmt.startPosition.column },
        `// TODO: keep the salt with the hash, check logins with ${receiver}.scryptSync and ${receiver}.timingSafeEqual, and migrate stored hashes${nl}${indent}` +
          `const ${salt} = ${receiver}.randomBytes(16).toString(${encoding[0]!.text});${nl}${indent}`,
      ),
      replace(
        digest,
        `\`\${${salt}}:\${${receiver}.scryptSync(${password.text}, ${salt}, 64).toString(${encoding[0]!.text})}\``,
      ),
    ],
  };
}

/**
 * createCipheriv('aes-256-ecb', key, null) / createCipheriv(alg, key, STATIC_IV) → CBC (for ECB)
 * with a fresh random IV. The IV must now travel with the ciphertext: review, with a TODO.
 */
function freshIv(ctx: FixContext, call: Node): Fix | undefined {
  const receiver = call.childForFieldName('function')?.childForFieldName('object')?.text;
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
  if (!receiver || !/^[\w$]+$/.test(receiver) || args.length !== 3 || args[0].type !== 'string') return undefined;
  const alg = args[0].text.slice(1, -1);
  const ecb = /^aes-(128|192|256)-ecb$/i.exec(alg);
  if (!ecb && !/^aes-(128|192|256)-(cbc|ctr|cfb|ofb|gcm)$/i.test(alg)) return undefined;
  const stmt = statementOf(ctx, call);
  const iv = nameInScope(ctx, stmt, ['iv', 'freshIv']);
  const indent = indentOf(ctx.text, stmt);
  const nl = eol(ctx);
  const edits = [
    insertAt(
      { line: stmt.startPosition.row, character: stmt.startPosition.column },
      `// TODO: send or store ${iv} with the ciphertext: decryption needs it${nl}${indent}` +
        `const ${iv} = ${receiver}.randomBytes(${/gcm/i.test(alg) ? 12 : 16});${nl}${indent}`,
    ),
    replace(args[2], iv),
  ];
  if (ecb) edits.push(replace(args[0], quoted(args[0].text, `aes-${ecb[1]}-cbc`)));
  return { title: ecb ? 'Encrypt in CBC mode with a random IV' : 'Use a fresh random IV per message', edits };
}

const propose: Propose = (ctx) => {
  const sink = ctx.node;
  const alg = ctx.captures.get('alg')?.[0];
  const fn = ctx.captures.get('fn')?.[0]?.text ?? ctx.captures.get('ch')?.[0]?.text;
  // createHash('md5' | 'sha1') protecting a token or signature → SHA-256; a password → scrypt.
  if (fn === 'createHash' && alg) {
    // weak-hash-cipher reports the .update(…) call, weak-algorithm the createHash(…) call.
    const update = sink.childForFieldName('function')?.childForFieldName('property')?.text === 'update';
    const createHash = update ? sink.childForFieldName('function')?.childForFieldName('object') : sink;
    // weak-hash-cipher's .update(…) findings are passwords, unless the detail says a secret is signed.
    const password = update && !ctx.details.some((d) => /sign or protect/.test(d));
    if (password) return createHash ? passwordHash(ctx, createHash) : undefined;
    if (!/^['"](md5|sha-?1)['"]$/i.test(alg.text)) return undefined;
    return { title: 'Use SHA-256 (digests change)', edits: [replace(alg, quoted(alg.text, 'sha256'))] };
  }
  if (fn === 'createCipheriv') return freshIv(ctx, sink);
  // CryptoJS.MD5 / DES / RC4 … → SHA256 / AES (same call shapes in crypto-js).
  const lib = ctx.captures.get('lib')?.[0];
  if (lib && alg && sink.type === 'member_expression' && CRYPTO_JS_REPLACEMENT[alg.text]) {
    const to = CRYPTO_JS_REPLACEMENT[alg.text];
    return { title: `Use CryptoJS.${to} (outputs change)`, edits: [replace(alg, to)] };
  }
  // { modulusLength: 1024 } → 3072 bits.
  const bits = ctx.captures.get('bits')?.[0];
  if (bits) return { title: 'Generate a 3072-bit key', edits: [replace(bits, '3072')] };
  // pbkdf2Sync(password, salt, 1000, len, 'sha1') → 600,000 iterations, SHA-256.
  const iterations = ctx.captures.get('iterations')?.[0];
  const digest = ctx.captures.get('digest')?.[0];
  if (fn && /^pbkdf2(Sync)?$/.test(fn) && iterations && digest) {
    const edits = [];
    if (/^\d[\d_]*$/.test(iterations.text) && Number(iterations.text.replace(/_/g, '')) < 600000)
      edits.push(replace(iterations, '600000'));
    if (/^['"](md5|sha-?1)['"]$/i.test(digest.text)) edits.push(replace(digest, quoted(digest.text, 'sha256')));
    return edits.length > 0 ? { title: 'Derive the key with 600,000 PBKDF2-SHA-256 iterations', edits } : undefined;
  }
  return undefined;
};

export const weakCryptoFixer: Fixer = { name: 'js-weak-crypto', safety: 'review', propose };
