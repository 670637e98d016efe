// JavaScript: a hard-coded secret is read from process.env. Review: the variable must be set where
// the code runs.

import { replace } from '../edits';
import type { Fixer, Propose } from '../model';

function envName(name: string): string {
  return name
    .replace(/^['"]|['"]$/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}

/** const JWT_SECRET = 'abc…' → const JWT_SECRET = process.env.JWT_SECRET. */
const propose: Propose = (ctx) => {
  const value = ctx.captures.get('value')?.[0];
  if (!value) return undefined;
  const name = ctx.captures.get('name')?.[0]?.text;
  const fn = ctx.captures.get('fn')?.[0]?.text;
  // process.env.X || 'fallback': drop the fallback.
  const fallback = /^(process\.env\.\w+)\s*(\|\||\?\?)/.exec(value.text);
  const env = fallback
    ? fallback[1]
    : name
      ? `process.env.${envName(name)}`
      : fn
        ? 'process.env.JWT_SECRET'
        : undefined;
  if (!env || value.type === 'template_string') return undefined;
  return { title: `Read the secret from ${env}`, edits: [replace(value, env)] };
};

export const secretFromEnvFixer: Fixer = { name: 'js-secret-from-env', safety: 'review', propose };
