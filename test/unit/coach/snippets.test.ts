// Secure snippets: every body, with its placeholders expanded to their default text, parses
// without a tree-sitter error and gets no Warden finding; each language has the full set.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { LanguageId } from '../../../server/src/engine';
import { REPO, scanner } from '../../helpers';

interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

/** TextMate snippet syntax → the text VS Code inserts when every placeholder keeps its default. */
export function expandSnippet(body: string): string {
  let out = '';
  let i = 0;
  const readUntilClose = (): string => {
    // Reads a placeholder's default text up to its matching `}`, expanding nested placeholders.
    let text = '';
    while (i < body.length && body[i] !== '}') {
      if (body[i] === '\\' && i + 1 < body.length) {
        text += body[i + 1];
        i += 2;
      } else if (body[i] === '$') text += readDollar();
      else text += body[i++];
    }
    i++; // the closing brace
    return text;
  };
  const readDollar = (): string => {
    i++; // `$`
    if (body[i] === '{') {
      i++;
      const m = /^(\d+|[A-Z_]+)(:|\||\})/.exec(body.slice(i));
      if (!m) throw new Error(`bad placeholder at ${i}: ${body.slice(i, i + 20)}`);
      i += m[1].length + 1;
      if (m[2] === '}') return '';
      if (m[2] === '|') {
        const end = body.indexOf('|}', i);
        const first = body.slice(i, end).split(',')[0];
        i = end + 2;
        return first;
      }
      return readUntilClose();
    }
    const m = /^(\d+|[A-Z_]+)/.exec(body.slice(i));
    if (!m) return '$';
    i += m[1].length;
    return '';
  };
  while (i < body.length) {
    if (body[i] === '\\' && (body[i + 1] === '$' || body[i + 1] === '}' || body[i + 1] === '\\')) {
      out += body[i + 1];
      i += 2;
    } else if (body[i] === '$') out += readDollar();
    else out += body[i++];
  }
  return out;
}

const FILES: Record<string, { language: LanguageId; wrappers: Array<(s: string) => string> }> = {
  python: {
    language: 'python',
    wrappers: [
      (s) => s,
      (s) =>
        `def _w():\n${s
          .split('\n')
          .map((l) => `    ${l}`)
          .join('\n')}\n`,
    ],
  },
  go: { language: 'go', wrappers: [(s) => `package main\n\n${s}\n`, (s) => `package main\n\nfunc _w() {\n${s}\n}\n`] },
  java: { language: 'java', wrappers: [(s) => `class W {\n${s}\n}\n`, (s) => `class W {\nvoid w() {\n${s}\n}\n}\n`] },
  javascript: { language: 'javascript', wrappers: [(s) => s, (s) => `async function _w() {\n${s}\n}\n`] },
  typescript: { language: 'typescript', wrappers: [(s) => s, (s) => `async function _w() {\n${s}\n}\n`] },
};

const REQUIRED = [
  'warden-sql',
  'warden-upload',
  'warden-cookie',
  'warden-exec',
  'warden-error-handler',
  'warden-token',
  'warden-password-hash',
];

function load(lang: string): Record<string, Snippet> {
  return JSON.parse(fs.readFileSync(path.join(REPO, 'snippets', `${lang}.json`), 'utf8')) as Record<string, Snippet>;
}

describe('secure snippets', () => {
  it('expands placeholders, choices, nesting and escapes', () => {
    assert.strictEqual(
      expandSnippet('a ${1:x} ${2|s,t|} $3 ${4:f(${5:y})} \\$6 $TM_FILENAME ${7}'),
      'a x s  f(y) $6  ',
    );
  });

  it('are contributed in package.json for every language file', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
      contributes: { snippets: Array<{ language: string; path: string }> };
    };
    const paths = new Set(pkg.contributes.snippets.map((s) => s.path));
    for (const lang of Object.keys(FILES)) assert.ok(paths.has(`./snippets/${lang}.json`), lang);
    for (const s of pkg.contributes.snippets) assert.ok(fs.existsSync(path.join(REPO, s.path)), s.path);
  });

  for (const [lang, spec] of Object.entries(FILES)) {
    it(`${lang}: has the full set with unique prefixes`, () => {
      const prefixes = Object.values(load(lang)).map((s) => s.prefix);
      assert.strictEqual(new Set(prefixes).size, prefixes.length);
      for (const p of [...REQUIRED, ...(lang === 'go' ? ['warden-comma-ok'] : [])]) assert.ok(prefixes.includes(p), p);
    });

    for (const [name, snippet] of Object.entries(load(lang))) {
      it(`${lang}: "${name}" parses cleanly and has no Warden finding`, async () => {
        const code = expandSnippet(snippet.body.join('\n'));
        assert.ok(!code.includes('${'), 'placeholders left');
        let parsed: string | undefined;
        for (const wrap of spec.wrappers) {
          const text = wrap(code);
          const tree = await scanner().pool.parse(spec.language, text);
          const ok = !tree.rootNode.hasError;
          tree.delete();
          if (ok) {
            parsed = text;
            break;
          }
        }
        assert.ok(parsed !== undefined, `no wrapper parses without error:\n${code}`);
        const { findings } = await scanner().scanText(parsed, spec.language);
        assert.deepStrictEqual(
          findings.map((f) => `${f.ruleId}@${f.range.start.line}`),
          [],
        );
      });
    }
  }
});
