// Hand-built hostile documents for the fuzzer: deep nesting, sinks at the bottom of deep
// expressions, minified bundles, invalid UTF-8 and random bytes.

import type { LanguageId } from '../server/src/engine';
import type { Rng } from './fuzz-lib';

/** `depth`-deep nesting in each language, both in expressions and in blocks. */
export function deepNesting(language: LanguageId, depth: number, shape: 'parens' | 'brackets' | 'blocks'): string {
  const open = shape === 'brackets' ? '[' : '(';
  const close = shape === 'brackets' ? ']' : ')';
  const expr = `${open.repeat(depth)}x${close.repeat(depth)}`;
  switch (language) {
    case 'python':
      return shape === 'blocks'
        ? `def f(x):\n    return ${'{"a": '.repeat(depth)}x${'}'.repeat(depth)}\n`
        : `import os\nv = ${expr}\nos.system(v)\n`;
    case 'go':
      return shape === 'blocks'
        ? `package main\n\nfunc f(x int) {\n${'{'.repeat(depth)}\n${'}'.repeat(depth)}\n}\n`
        : `package main\n\nfunc f(x int) int {\n\treturn ${shape === 'brackets' ? `[]int{${'[]int{'.repeat(depth)}x${'}'.repeat(depth)}}[0]` : expr}\n}\n`;
    case 'java':
      return shape === 'blocks'
        ? `class A {\n  void f(int x) {\n${'{'.repeat(depth)}${'}'.repeat(depth)}\n  }\n}\n`
        : `class A {\n  Object f(Object x) {\n    return ${shape === 'brackets' ? `new int[]${'{'.repeat(depth)}1${'}'.repeat(depth)}` : expr};\n  }\n}\n`;
    default:
      return shape === 'blocks'
        ? `function f(x) {\n${'{'.repeat(depth)}${'}'.repeat(depth)}\n}\n`
        : `const v = ${expr};\ndocument.cookie = v;\n`;
  }
}

/**
 * A seed snippet whose sink argument is wrapped `depth` deep: in parentheses, or as a `depth`-term
 * concatenation (a left-leaning tree as deep as it is long). Findings sit at the bottom of the tree.
 */
export const DEEP_SINKS: Record<
  string,
  { language: LanguageId; seed: string; find: string; wrap: (depth: number, shape: 'parens' | 'concat') => string }
> = {
  python: {
    language: 'python',
    seed: 'upload.py',
    find: "os.path.join('/uploads', filename)",
    wrap: (d, s) =>
      `os.path.join('/uploads', ${s === 'parens' ? `${'('.repeat(d)}filename${')'.repeat(d)}` : `${'filename + '.repeat(d)}'x'`})`,
  },
  java: {
    language: 'java',
    seed: 'AuthService.java',
    find: '+ username +',
    wrap: (d, s) => (s === 'parens' ? `+ ${'('.repeat(d)}username${')'.repeat(d)} +` : `+ ${'username + '.repeat(d)}`),
  },
  go: {
    language: 'go',
    seed: 'handler.go',
    find: 'executeCommand(data["command"].(string))',
    wrap: (d, s) =>
      `executeCommand(${s === 'parens' ? `${'('.repeat(d)}data["command"].(string)${')'.repeat(d)}` : `${'data["command"].(string) + '.repeat(d)}""`})`,
  },
  javascript: {
    language: 'javascript',
    seed: 'preferences.js',
    find: 'document.cookie = ',
    wrap: (d, s) =>
      s === 'parens'
        ? `document.cookie = ${'('.repeat(d)}location.hash${')'.repeat(d)} + `
        : `document.cookie = ${'location.hash + '.repeat(d)}`,
  },
};

/** A single-line minified-looking JavaScript file of about `size` characters, with a finding near the end. */
export function minifiedJs(size: number, rng: Rng): string {
  const pieces = [
    'var a=function(b,c){return b+c};',
    'if(a&&b){c=d[e]}else{f(g,h)}',
    'x.y.z=[1,2,3].map(function(q){return q*2});',
    'for(var i=0;i<n;i++){s+=t[i]}',
    'try{u()}catch(e){v(e)}',
    '"use strict";',
    'o={k:"v",l:[1,{m:2}]};',
  ];
  const parts: string[] = [];
  let length = 0;
  const tail = 'document.cookie="a="+location.hash;';
  while (length < size - tail.length) {
    const p = rng.pick(pieces);
    parts.push(p);
    length += p.length;
  }
  return parts.join('') + tail;
}

/** Bytes that are not valid UTF-8 (stray continuations, overlongs, CESU surrogates, 0xFF), decoded as an editor would. */
export function invalidUtf8(rng: Rng, count: number): string {
  const bad = [
    [0xc3, 0x28],
    [0xa0, 0xa1],
    [0xe2, 0x28, 0xa1],
    [0xf0, 0x28, 0x8c, 0xbc],
    [0xff],
    [0xfe],
    [0xc0, 0xaf],
    [0xed, 0xa0, 0x80],
    [0xf4, 0x90, 0x80, 0x80],
  ];
  const bytes: number[] = [];
  for (let i = 0; i < count; i++) bytes.push(...rng.pick(bad));
  return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
}

export function randomBytesText(rng: Rng, length: number): string {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = rng.int(256);
  return rng.chance(0.5) ? new TextDecoder('utf-8').decode(bytes) : String.fromCharCode(...bytes);
}
