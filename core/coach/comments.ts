// Comment syntax per VS Code language id, and helpers to comment out or recognise commented lines.
// Used by the header, the AI-region markers and prompt hardening inside comments.

export interface CommentStyle {
  /** Line comment prefix, when the language has one. */
  line?: string;
  /** Block comment delimiters, used when there is no line comment. */
  block?: [string, string];
}

const SLASH: CommentStyle = { line: '//', block: ['/*', '*/'] };
const HASH: CommentStyle = { line: '#' };
const DASH: CommentStyle = { line: '--' };
const MARKUP: CommentStyle = { block: ['<!--', '-->'] };

const STYLES: Record<string, CommentStyle> = {
  ...Object.fromEntries(
    [
      'javascript',
      'javascriptreact',
      'typescript',
      'typescriptreact',
      'java',
      'go',
      'c',
      'cpp',
      'csharp',
      'rust',
      'swift',
      'kotlin',
      'scala',
      'dart',
      'php',
      'groovy',
      'jsonc',
      'objective-c',
      'fsharp',
      'vue',
    ].map((id) => [id, SLASH]),
  ),
  ...Object.fromEntries(
    [
      'python',
      'ruby',
      'shellscript',
      'perl',
      'r',
      'yaml',
      'toml',
      'dockerfile',
      'makefile',
      'powershell',
      'elixir',
      'coffeescript',
      'properties',
      'julia',
      'nix',
      'terraform',
    ].map((id) => [id, HASH]),
  ),
  ...Object.fromEntries(['sql', 'lua', 'haskell', 'elm', 'ada'].map((id) => [id, DASH])),
  ...Object.fromEntries(['html', 'xml', 'markdown', 'svelte', 'xsl'].map((id) => [id, MARKUP])),
  css: { block: ['/*', '*/'] },
  scss: SLASH,
  less: SLASH,
  ini: { line: ';' },
  bat: { line: 'REM' },
  latex: { line: '%' },
  erlang: { line: '%' },
  clojure: { line: ';;' },
  lisp: { line: ';;' },
  vb: { line: "'" },
};

/** The comment style for a language; unknown languages get `#` (most config and script formats). */
export function commentStyle(languageId: string): CommentStyle {
  return STYLES[languageId] ?? HASH;
}

/** Comments out each line; with only block comments, wraps the whole block once. */
export function commentLines(lines: string[], style: CommentStyle, indent = ''): string[] {
  if (style.line) return lines.map((l) => (l === '' ? `${indent}${style.line}` : `${indent}${style.line} ${l}`));
  const [open, close] = style.block ?? ['/*', '*/'];
  return [
    `${indent}${open}`,
    ...lines.map((l) => `${indent}${l.replace(new RegExp(escapeRegex(close), 'g'), '')}`),
    `${indent}${close}`,
  ];
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const LINE_PREFIXES = ['///', '//', '#', '--', '%', ';;', ';', '*', "'"];

/**
 * When every non-blank line starts with the same line-comment prefix (after indentation), returns
 * it with the indentation of the first line; otherwise undefined.
 */
export function sharedLinePrefix(lines: string[]): { indent: string; prefix: string } | undefined {
  const body = lines.filter((l) => l.trim() !== '');
  if (body.length === 0) return undefined;
  for (const prefix of LINE_PREFIXES) {
    if (body.every((l) => l.trimStart().startsWith(prefix))) {
      return { indent: /^\s*/.exec(body[0])![0], prefix };
    }
  }
  return undefined;
}

/** The text of comment lines without their prefix (block delimiters removed too). */
export function uncomment(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  const shared = sharedLinePrefix(lines);
  if (shared) {
    return lines
      .map((l) =>
        l
          .trimStart()
          .slice(l.trim() === '' ? 0 : shared.prefix.length)
          .replace(/^ /, ''),
      )
      .join('\n');
  }
  const block = /^\s*(\/\*+|<!--)([\s\S]*?)(\*\/|-->)\s*$/.exec(text);
  if (block)
    return block[2]
      .split('\n')
      .map((l) => l.replace(/^\s*\*(?!\/) ?/, ''))
      .join('\n')
      .trim();
  return text;
}
