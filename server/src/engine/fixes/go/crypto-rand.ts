// Go: math/rand in secret-making code becomes crypto/rand.

import type { Node } from 'web-tree-sitter';
import { addImport, fileMatches, replace } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';

const propose: Propose = (ctx) => {
  const call = ctx.node;
  const fn = call.childForFieldName('function')?.childForFieldName('field')?.text ?? '';
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
  const alias =
    fileMatches(ctx, /^\s*(import\s+)?crand\s+"crypto\/rand"/m) || !/\bcrand\b/.test(ctx.text) ? 'crand' : undefined;
  if (!alias || args.length !== 1) return undefined;
  let replacement: string;
  const imports: Array<[string, RegExp]> = [[`${alias} "crypto/rand"`, /^\s*(import\s+)?crand\s+"crypto\/rand"/m]];
  if (fn === 'Read') replacement = `${alias}.Read(${args[0].text})`;
  else if (fn === 'Intn' || fn === 'IntN') {
    // Inline, so that applying several fixes never defines a helper twice.
    replacement = `func() int { v, err := ${alias}.Int(${alias}.Reader, big.NewInt(int64(${args[0].text}))); if err != nil { panic(err) }; return int(v.Int64()) }()`;
    imports.push(['"math/big"', /"math\/big"/]);
  } else return undefined;
  const edits: TextEdit[] = [replace(call, replacement)];
  // The last use of math/rand: its import becomes the crypto/rand one, or Go rejects the unused import.
  const mathRand = ctx.tree.rootNode
    .descendantsOfType('import_spec')
    .find((n): n is Node => !!n && n.text === '"math/rand"');
  if (mathRand && (ctx.text.match(/\brand\./g) ?? []).length === 1 && !fileMatches(ctx, imports[0][1])) {
    edits.push(replace(mathRand, imports[0][0]));
    imports.shift();
  }
  for (const [line, present] of imports) {
    const imp = addImport(ctx, line, present);
    if (imp) edits.push(imp);
  }
  return { title: 'Use crypto/rand', edits };
};

export const cryptoRandFixer: Fixer = { name: 'go-crypto-rand', safety: 'safe', propose };
