// JavaScript: unsafe deserializers become JSON.parse or a JSON-schema YAML load. Review: the
// accepted data changes.

import { replace } from '../edits';
import type { Fixer, Propose } from '../model';

/** serialize.unserialize(x) → JSON.parse(x); yaml.load / unsafeLoad → yaml.load(x, { schema: yaml.JSON_SCHEMA }). */
const propose: Propose = (ctx) => {
  const call = ctx.node;
  const callee = call.childForFieldName('function');
  const data = ctx.captures.get('data')?.[0];
  if (!callee || !data) return undefined;
  const method = callee.type === 'member_expression' ? callee.childForFieldName('property')?.text : callee.text;
  const args = call.childForFieldName('arguments');
  if (method === 'unserialize' || method === 'deserialize') {
    return {
      title: 'Parse JSON instead (data only, no functions)',
      edits: [replace(call, `JSON.parse(${data.text})`)],
    };
  }
  const lib = callee.childForFieldName('object')?.text;
  if (!lib || !args || !/^(load|loadAll|unsafeLoad|unsafeLoadAll)$/.test(method ?? '')) return undefined;
  const safe = method!.replace(/^unsafeL/, 'l');
  return {
    title: 'Parse YAML with the JSON schema (no JavaScript types)',
    edits: [replace(call, `${lib}.${safe}(${data.text}, { schema: ${lib}.JSON_SCHEMA })`)],
  };
};

export const safeDeserializeFixer: Fixer = { name: 'js-safe-deserialize', safety: 'review', propose };
