// A deterministic measure of how much text a function walks: while it runs, every call of the
// string and regex primitives that scan text is charged the characters it may visit (a regex
// exec or indexOf: from its start position to its match, or to the end of the input), plus what the
// SCA parsers' own character loops report in scanWork. Twice the input must cost about twice the
// work; searching the whole text again per entry shows up as quadratic growth. No clocks.

import { scanWork } from '../../server/src/sca/parsers/text';

type Patch = [object, string, (original: any) => (this: any, ...args: any[]) => unknown];

let charged = 0;
const length = (s: unknown): number => (typeof s === 'string' ? s.length : 0);

const PATCHES: Patch[] = [
  [
    RegExp.prototype,
    'exec',
    (exec) =>
      function (this: RegExp, input: string) {
        const text = String(input);
        const start = this.global || this.sticky ? this.lastIndex : 0;
        const match = exec.call(this, input) as RegExpExecArray | null;
        // A sticky regex tries one position; others walk to their match or to the end.
        charged += 1 + (match ? match.index - start + match[0].length : this.sticky ? 0 : text.length - start);
        return match;
      },
  ],
  ...(['indexOf', 'lastIndexOf', 'includes'] as const).map((name): Patch => [
    String.prototype,
    name,
    (original) =>
      function (this: string, needle: string, from?: number) {
        const at = original.call(this, needle, from);
        const start = name === 'lastIndexOf' ? 0 : Math.max(0, from ?? 0);
        charged += 1 + (typeof at === 'number' && at >= 0 ? at - start : this.length - start) + length(needle);
        return at;
      },
  ]),
  ...(['slice', 'substring', 'trim', 'split', 'startsWith', 'endsWith'] as const).map((name): Patch => [
    String.prototype,
    name,
    (original) =>
      function (this: string, ...args: unknown[]) {
        const result = original.apply(this, args);
        charged +=
          1 +
          (name === 'startsWith' || name === 'endsWith'
            ? length(args[0])
            : Array.isArray(result) || name === 'trim'
              ? this.length
              : length(result));
        return result;
      },
  ]),
];

/** Runs `fn` and returns its result with the characters it was charged. */
export function measureWork<T>(fn: () => T): { result: T; work: number } {
  const originals = PATCHES.map(([target, name]) => (target as Record<string, unknown>)[name]);
  charged = 0;
  const before = scanWork.chars;
  PATCHES.forEach(([target, name, wrap], i) => ((target as Record<string, unknown>)[name] = wrap(originals[i])));
  try {
    const result = fn();
    return { result, work: charged + scanWork.chars - before };
  } finally {
    PATCHES.forEach(([target, name], i) => ((target as Record<string, unknown>)[name] = originals[i]));
  }
}
