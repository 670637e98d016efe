// JavaScript: Secure, SameSite and Max-Age appended to a document.cookie string.

import { insertAt, replace } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';

const COOKIE_ATTRIBUTES: Array<[RegExp, string]> = [
  [/;\s*secure\b/i, 'Secure'],
  [/;\s*samesite=/i, 'SameSite=Strict'],
  [/;\s*(max-age|expires)=/i, 'Max-Age=31536000'],
];

/** Appends the missing Secure / SameSite / Max-Age attributes to the cookie string. */
const propose: Propose = (ctx) => {
  const value = ctx.captures.get('value')?.[0];
  // Sensitive data stays readable by scripts whatever the attributes: no mechanical fix.
  if (!value || ctx.details.some((d) => /sensitive/.test(d))) return undefined;
  const resolved = ctx.flow.valueText(value);
  const missing = COOKIE_ATTRIBUTES.filter(([present]) => !present.test(resolved)).map(([, attr]) => attr);
  if (missing.length === 0) return undefined;
  const suffix = `; ${missing.join('; ')}`;
  let edit: TextEdit;
  if (
    value.type === 'template_string' ||
    (value.type === 'string' && !value.text.slice(1, -1).includes(value.text[0]))
  ) {
    edit = insertAt({ line: value.endPosition.row, character: value.endPosition.column - 1 }, suffix);
  } else {
    edit = replace(value, `${value.text} + '${suffix}'`);
  }
  return { title: `Add ${missing.join(', ')} to the cookie`, edits: [edit] };
};

export const cookieAttributesFixer: Fixer = { name: 'js-cookie-attributes', safety: 'safe', propose };
