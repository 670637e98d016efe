// Python: SQLAlchemy text() and Django raw() queries get bound parameters.

import { insertAt, replace } from '../edits';
import type { Fixer, Propose } from '../model';
import { parameterize } from '../sql';
import { pySqlParts, pyQuote, identifierPosition } from './syntax';

/**
 * session.execute(text(f"… '{name}'")) → session.execute(text("… :name"), {"name": name});
 * Model.objects.raw(f"… {x}") → Model.objects.raw("… %s", [x]).
 */
const propose: Propose = (ctx) => {
  const fn = ctx.captures.get('fn')?.[0]?.text;
  const query = ctx.captures.get('query')?.[0];
  const callArgs = ctx.node.childForFieldName('arguments');
  if (!query || !callArgs || query.type === 'keyword_argument' || callArgs.namedChildCount !== 1) return undefined;
  const parts = pySqlParts(query);
  if (!parts || identifierPosition(parts) || parts.some((p) => 'text' in p && /[?%]/.test(p.text))) return undefined;
  if (fn === 'raw') {
    const sql = parameterize(parts, 'percent');
    if (!sql) return undefined;
    return {
      title: 'Pass the values as query parameters',
      edits: [replace(query, `${pyQuote(sql.sql)}, [${sql.args.map((a) => a.text).join(', ')}]`)],
    };
  }
  if (fn !== 'text') return undefined;
  // text(…) must be the only argument of an execute(…) call, which receives the parameters.
  const outerArgs = ctx.node.parent;
  const execute = outerArgs?.parent;
  const callee = execute?.childForFieldName('function');
  if (
    outerArgs?.type !== 'argument_list' ||
    outerArgs.namedChildCount !== 1 ||
    execute?.type !== 'call' ||
    callee?.type !== 'attribute' ||
    callee.childForFieldName('attribute')?.text !== 'execute'
  )
    return undefined;
  const sql = parameterize(parts, 'question');
  if (!sql) return undefined;
  const names: string[] = [];
  for (const [i, arg] of sql.args.entries()) {
    const base = arg.type === 'identifier' ? arg.text : (/^\w+\.(\w+)$/.exec(arg.text)?.[1] ?? `p${i + 1}`);
    names.push(names.includes(base) ? `${base}_${i + 1}` : base);
  }
  let n = 0;
  const named = sql.sql.replace(/\?/g, () => `:${names[n++]}`);
  const params = `{${names.map((name, i) => `"${name}": ${sql.args[i].text}`).join(', ')}}`;
  return {
    title: 'Bind the values as parameters of text()',
    edits: [
      replace(query, pyQuote(named)),
      insertAt({ line: outerArgs.endPosition.row, character: outerArgs.endPosition.column - 1 }, `, ${params}`),
    ],
  };
};

export const rawQueryParametersFixer: Fixer = { name: 'py-raw-query-parameters', safety: 'safe', propose };
