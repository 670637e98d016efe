// new Random() → new SecureRandom() for secrets; the other weak sources of a secret (Math.random(),
// ThreadLocalRandom, commons-lang RandomStringUtils) get their SecureRandom form. A Random field is
// reported and fixed where it is created.

import type { Node } from 'web-tree-sitter';
import { addImport, replace } from '../edits';
import type { Fix, FixContext, Fixer, Propose, TextEdit } from '../model';
import { replaceCapture } from '../replace-capture';

const IMPORT = 'import java.security.SecureRandom;';

function withImport(ctx: FixContext, title: string, edits: TextEdit[]): Fix {
  const imp = addImport(ctx, IMPORT, /import\s+java\.security\.(SecureRandom|\*)\s*;/);
  return { title, edits: imp ? [imp, ...edits] : edits };
}

/** Random's methods that SecureRandom has with the same arguments on every Java version. */
const SAME_ON_SECURE = /^(nextInt|nextLong|nextBytes|nextDouble|nextFloat|nextBoolean|nextGaussian)$/;

/** commons-lang 3.16+ RandomStringUtils.secure(): the same strings drawn from SecureRandom. */
const SECURE_STRINGS: Record<string, string> = {
  randomAlphanumeric: 'nextAlphanumeric',
  randomAlphabetic: 'nextAlphabetic',
  randomNumeric: 'nextNumeric',
  randomAscii: 'nextAscii',
  randomPrint: 'nextPrint',
  randomGraph: 'nextGraph',
};

function callFix(ctx: FixContext, call: Node): Fix | undefined {
  const receiver = call.childForFieldName('object');
  const name = call.childForFieldName('name')?.text ?? '';
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
  if (!receiver) return undefined;
  if (/^(Math|StrictMath)$/.test(receiver.text) && name === 'random' && args.length === 0)
    return withImport(ctx, 'Use SecureRandom', [replace(call, 'new SecureRandom().nextDouble()')]);
  // nextInt(origin, bound) and nextLong(bound) exist on Random only since Java 17: one argument at most.
  const sameCall = SAME_ON_SECURE.test(name) && args.length <= (name === 'nextInt' ? 1 : name === 'nextBytes' ? 1 : 0);
  if (/^ThreadLocalRandom\.current\(\)$/.test(receiver.text) && sameCall)
    return withImport(ctx, 'Use SecureRandom', [replace(receiver, 'new SecureRandom()')]);
  const secureName = SECURE_STRINGS[name];
  if (/^(org\.apache\.commons\.lang3\.)?RandomStringUtils$/.test(receiver.text) && secureName && args.length === 1)
    return {
      title: 'Draw the string from SecureRandom (review: needs commons-lang 3.16 or later)',
      edits: [replace(call, `${receiver.text}.secure().${secureName}(${args[0].text})`)],
      safety: 'review',
    };
  return undefined;
}

const propose: Propose = (ctx) =>
  ctx.captures.get('rng')
    ? replaceCapture({ replace: 'rng', with: 'new SecureRandom()', import: IMPORT, title: 'Use SecureRandom' }, ctx)
    : ctx.node.type === 'method_invocation'
      ? callFix(ctx, ctx.node)
      : undefined;

export const secureRandomFixer: Fixer = { name: 'java-secure-random', safety: 'safe', propose };
