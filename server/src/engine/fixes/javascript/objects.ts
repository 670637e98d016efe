// JavaScript object-literal helpers shared by the cookie, session and upload fixers.

import type { Node } from 'web-tree-sitter';
import { eol, indentOf, insertAt, replace } from '../edits';
import type { FixContext, TextEdit } from '../model';
import { positionAt } from '../../positions';

export interface WantedProperty {
  key: string;
  value: string;
  /** The existing value is acceptable. */
  ok: RegExp;
}

export function propertyKey(pair: Node): string | undefined {
  const key = pair.childForFieldName('key');
  if (!key) return undefined;
  return key.type === 'string' ? key.text.slice(1, -1) : key.text;
}

/** Edits that make an object literal hold the wanted properties (replacing weak values, appending missing ones). */
export function ensureProperties(ctx: FixContext, obj: Node, wanted: WantedProperty[]): TextEdit[] {
  const members = obj.namedChildren.filter((c): c is Node => !!c && !/comment/.test(c.type));
  const edits: TextEdit[] = [];
  const missing: WantedProperty[] = [];
  for (const want of wanted) {
    const pair = members.find((m) => m.type === 'pair' && propertyKey(m) === want.key);
    const shorthand = members.find((m) => m.type === 'shorthand_property_identifier' && m.text === want.key);
    if (shorthand || (pair && want.ok.test(pair.childForFieldName('value')?.text ?? ''))) continue;
    const value = pair?.childForFieldName('value');
    if (value) edits.push(replace(value, want.value));
    else if (!pair) missing.push(want);
  }
  if (missing.length === 0) return edits;
  const text = missing.map((m) => `${m.key}: ${m.value}`);
  const last = members[members.length - 1];
  if (!last) return [...edits, replace(obj, `{ ${text.join(', ')} }`)];
  if (obj.startPosition.row !== obj.endPosition.row) {
    const indent = indentOf(ctx.text, last);
    const nl = eol(ctx);
    // Keep a trailing comma style: insert after the comma when there is one.
    const after = ctx.text.slice(last.endIndex, obj.endIndex - 1);
    const trailing = /^\s*,/.test(after);
    const pos = trailing ? last.endIndex + after.indexOf(',') + 1 : last.endIndex;
    const at = positionAt(ctx.text, pos);
    const body = text.map((t) => `${nl}${indent}${t}`).join(',');
    edits.push(insertAt(at, trailing ? `${body},` : `,${body}`));
  } else {
    edits.push(insertAt({ line: last.endPosition.row, character: last.endPosition.column }, `, ${text.join(', ')}`));
  }
  return edits;
}

/** The object literal an expression is, or that the variable it names was last assigned. */
export function objectLiteral(ctx: FixContext, node: Node): Node | undefined {
  if (node.type === 'object') return node;
  if (node.type !== 'identifier') return undefined;
  const value = ctx.flow.scopes.resolve(node.text, node)?.value;
  return value?.type === 'object' ? value : undefined;
}

/**
 * No expiry: a session cookie needs none (policy.md, "Cookies"). SameSite=None is kept: the cookie
 * is meant for cross-site use and is safe once Secure is set beside it.
 */
export const COOKIE_FLAGS: WantedProperty[] = [
  { key: 'httpOnly', value: 'true', ok: /^true$/ },
  { key: 'secure', value: 'true', ok: /^(?!false$|0$|null$|undefined$)\S/ },
  { key: 'sameSite', value: "'strict'", ok: /^['"](strict|lax|none)['"]$|^true$/i },
];
