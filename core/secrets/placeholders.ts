// The one placeholder list (policy.md, "Secrets"): values that stand for a secret without being
// one. Every language's secret rules and the docs use this file; nothing else lists placeholders.
// Data only: `words` match the whole value (letters compared case-insensitively, trailing digits
// and punctuation ignored: `changeme123!`), `contains` anywhere in it, `shapes` as written.

export const PLACEHOLDERS = {
  words: [
    'changeme',
    'changethis',
    'change-me',
    'example',
    'dummy',
    'test',
    'secret',
    'password',
    'placeholder',
    'todo',
    'redacted',
  ],
  contains: [
    'changeme',
    'changethis',
    'change-me',
    'change_me',
    'example',
    'dummy',
    'placeholder',
    'redacted',
    'your-',
    'your_',
    'replace-me',
    'replace_me',
    'insert-',
    'insert_',
  ],
  shapes: [
    /^x{3,}/i, // xxx…
    /^\*{3,}/, // ***
    /^your[-_ ].*[-_ ]here$/i, // your-api-key-here
    /^<[^<>]*>$/, // <token>
    /\$\{[^}]*\}/, // ${SECRET}
    /\{\{[^}]*\}\}/, // {{ secret }}
    /^\.{3,}$/, // ...
  ],
} as const;

/** Whether a secret-like value is a placeholder from the one list. */
export function isPlaceholder(value: string): boolean {
  const lower = value.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/, '');
  if ((PLACEHOLDERS.words as readonly string[]).includes(stem)) return true;
  if (PLACEHOLDERS.contains.some((c) => lower.includes(c))) return true;
  return PLACEHOLDERS.shapes.some((shape) => shape.test(value));
}
