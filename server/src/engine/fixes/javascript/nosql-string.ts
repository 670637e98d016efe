// JavaScript: a request value compared in a Mongo filter is cast to a string, so an operator
// object ({ "$ne": null }) sent as JSON or qs brackets cannot change the query.

import { replace } from '../edits';
import type { Fixer, Propose } from '../model';

/** User.findOne({ email: req.body.email }) → { email: String(req.body.email) }, every field of the request. */
const propose: Propose = (ctx) => {
  const value = ctx.captures.get('value')?.[0];
  const object = value?.parent?.parent;
  if (!value || value.parent?.type !== 'pair' || object?.type !== 'object') return undefined;
  // Every request-valued field of the filter, not only the one reported (one finding per call).
  const fields = object.namedChildren
    .map((p) => (p?.type === 'pair' ? p.childForFieldName('value') : null))
    .filter(
      (v): v is NonNullable<typeof v> => !!v && /^(member_expression|identifier|subscript_expression)$/.test(v.type),
    )
    .filter((v) => v.id === value.id || /^(req|request|ctx)\.(body|query|params)\b/.test(v.text));
  if (fields.length === 0) return undefined;
  return { title: 'Compare request values as strings', edits: fields.map((v) => replace(v, `String(${v.text})`)) };
};

export const nosqlStringFixer: Fixer = { name: 'js-nosql-string', safety: 'safe', propose };
