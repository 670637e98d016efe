// Whether a literal under a secret-like name looks like a secret (policy.md, "Secrets"): at least
// 8 characters, not an identifier or dotted token (`comment.doc.tag`, `user_password`, `x-api-key`:
// names of things, not keys), not a placeholder, and either ≥ 3.0 bits of entropy per character or
// mixed character classes. Pure: used by the engine's `secret-value` condition in every language.

import { isPlaceholder } from './placeholders';

export const MIN_SECRET_LENGTH = 8;
export const MIN_ENTROPY_BITS = 3.0;

export interface SecretShape {
  secret: boolean;
  /** Why not, for tests and the docs. */
  reason?: 'empty' | 'too-short' | 'placeholder' | 'identifier' | 'prose' | 'low-entropy' | 'interpolated';
}

/**
 * The literal's content: quotes and string prefixes (`r"…"`, `b'…'`, backticks) removed; for an
 * environment fallback (`process.env.X || 'literal'`, `os.getenv("X", "literal")`) the last literal.
 */
export function literalContent(text: string): string {
  const trimmed = text.trim();
  const whole = /^[rbuRBU]{0,2}(["'`]{1,3})([\s\S]*?)\1$/.exec(trimmed);
  if (whole) return whole[2];
  const last = /(["'`])([^"'`]*)\1\s*\)?$/.exec(trimmed);
  return last ? last[2] : trimmed;
}

/** Shannon entropy of the text in bits per character. */
export function entropyBits(text: string): number {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

function characterClasses(text: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(text)).length;
}

/** Lowercase words joined by `.`, `_`, `-` or `:` (`comment.doc.tag`, `_password_reset_token`, `x-api-key`). */
const NAME_TOKEN = /^_*[a-z]+(?:[._:-][a-z]+)+$/;
/** Three or more plain words: a message or a label (`CSRF token missing or incorrect.`), not a key. */
const PROSE = /^[A-Za-z][A-Za-z']*(?:,? [A-Za-z][A-Za-z']*){2,}[.!?:]?$/;
/** A dotted path of short identifiers (`app.config.secretKey`, `Settings.API_KEY`); a JWT is not one. */
const DOTTED_IDENTIFIER = /^(?!eyJ)[A-Za-z_$][\w$]{0,23}(?:\.[A-Za-z_$][\w$]{0,23})+$/;
/** Upper snake case: an environment variable's name, not its value (`DB_PASSWORD`). */
const CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/** Longer literals are judged by their start: enough to tell a key from a name or a placeholder. */
const MAX_JUDGED_CHARS = 1000;

export function secretShape(literal: string): SecretShape {
  const value = literalContent(literal.slice(0, MAX_JUDGED_CHARS));
  if (value.trim() === '') return { secret: false, reason: 'empty' };
  if (/\$\{|#\{|%\(|\{\{|^\{[\w.]*\}$/.test(value)) return { secret: false, reason: 'interpolated' };
  if (isPlaceholder(value)) return { secret: false, reason: 'placeholder' };
  if (value.length < MIN_SECRET_LENGTH) return { secret: false, reason: 'too-short' };
  if (NAME_TOKEN.test(value) || DOTTED_IDENTIFIER.test(value) || CONSTANT_NAME.test(value))
    return { secret: false, reason: 'identifier' };
  if (PROSE.test(value)) return { secret: false, reason: 'prose' };
  if (entropyBits(value) >= MIN_ENTROPY_BITS || characterClasses(value) >= 2) return { secret: true };
  return { secret: false, reason: 'low-entropy' };
}
