// Python: the random module in secret-making code becomes the secrets module.

import type { Node } from 'web-tree-sitter';
import { addImport, replace } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';
import { keywordArguments } from './syntax';

/** `hi - lo` as code, folded when both are integer literals. */
function span(lo: string, hi: string, extra: number): string {
  if (/^\d+$/.test(lo) && /^\d+$/.test(hi)) return String(Number(hi) - Number(lo) + extra);
  return `${hi} - ${lo}${extra ? ` + ${extra}` : ''}`;
}

/** random.choice/choices/randint/randrange/getrandbits/randbytes → the secrets equivalent. */
const propose: Propose = (ctx) => {
  const fn = ctx.captures.get('fn')?.[0]?.text;
  const args = ctx.captures.get('args')?.[0];
  if (!fn || !args) return undefined;
  const positional = args.namedChildren
    .filter((a): a is Node => !!a && a.type !== 'keyword_argument' && a.type !== 'comment')
    .map((a) => a.text);
  const kwargs = keywordArguments(args);
  const onlyPositional = positional.length === args.namedChildren.filter((a) => a && a.type !== 'comment').length;
  let text: string | undefined;
  if (fn === 'choice' && positional.length === 1 && onlyPositional) text = `secrets.choice(${positional[0]})`;
  else if (fn === 'choices' && positional.length === 1 && kwargs.size === 1 && kwargs.has('k'))
    text = `[secrets.choice(${positional[0]}) for _ in range(${kwargs.get('k')!.text})]`;
  else if (fn === 'getrandbits' && positional.length === 1 && onlyPositional)
    text = `secrets.randbits(${positional[0]})`;
  else if (fn === 'randbytes' && positional.length === 1 && onlyPositional)
    text = `secrets.token_bytes(${positional[0]})`;
  else if (fn === 'randint' && positional.length === 2 && onlyPositional) {
    const [lo, hi] = positional;
    text = lo === '0' ? `secrets.randbelow(${span(lo, hi, 1)})` : `secrets.randbelow(${span(lo, hi, 1)}) + ${lo}`;
  } else if (fn === 'randrange' && onlyPositional && (positional.length === 1 || positional.length === 2)) {
    const [lo, hi] = positional.length === 1 ? ['0', positional[0]] : positional;
    text = lo === '0' ? `secrets.randbelow(${hi})` : `secrets.randbelow(${span(lo, hi, 0)}) + ${lo}`;
  }
  if (!text) return undefined;
  const edits: TextEdit[] = [];
  const imp = addImport(ctx, 'import secrets', /^import secrets\b/m);
  if (imp) edits.push(imp);
  edits.push(replace(ctx.node, text));
  return { title: 'Use the secrets module (cryptographically secure)', edits };
};

export const secretsFixer: Fixer = { name: 'py-secrets', safety: 'safe', propose };
