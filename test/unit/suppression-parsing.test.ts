// Suppression comments are parsed on every scan from any line holding a marker, so hostile lines must
// cost linear time: the regexes this parsing replaced took 8 s on a 40 KB line (red-team class #4).

import * as assert from 'assert';
import { parseSuppressions } from '../../server/src/engine/suppressions';

/** The parse as the replaced regexes did it, for comparison on many small lines. */
function parseWithRegexes(line: string, lineComment: string): { targets: string[]; reason: string } | undefined {
  const escaped = lineComment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const c = new RegExp(`(^|\\s|;)${escaped}(.*)$`).exec(line);
  const body = c ? c[2] : /\/\*(.*)\*\//.exec(line)?.[1];
  if (body === undefined) return undefined;
  const m = /(warden-ignore|nosec|nosemgrep)\b:?\s*([^\n]*)/.exec(body);
  if (!m) return undefined;
  const [ids, ...reason] = m[2].split(/\s+--\s*|\s+—\s*/);
  return {
    targets: ids.split(/[\s,]+/).filter((t) => t && t !== '*' && t !== 'all'),
    reason: reason.join(' -- ').trim(),
  };
}

describe('suppression parsing', () => {
  it('reads comments and reasons as the regexes did, on 5,000 generated lines', () => {
    const pieces = [
      'x',
      ' ',
      '  ',
      '#',
      '//',
      '/*',
      '*/',
      ';',
      '--',
      '—',
      'warden-ignore:',
      'nosec',
      'py/sqli/a',
      ',',
      '\u2028',
      '\t',
    ];
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
    for (let i = 0; i < 5000; i++) {
      const line =
        Array.from({ length: 1 + next(12) }, () => pieces[next(pieces.length)]).join('') + ' warden-ignore: a -- b';
      for (const lineComment of ['#', '//']) {
        const expected = parseWithRegexes(line, lineComment);
        const [got] = parseSuppressions(line, lineComment);
        assert.deepStrictEqual(
          got && { targets: got.marker === 'warden-ignore' ? got.targets : expected?.targets, reason: got.reason },
          expected && { targets: expected.targets, reason: expected.reason },
          JSON.stringify(line),
        );
      }
    }
  });

  it('parses 1 MB hostile suppression lines (long blank runs, unclosed comments) in one pass', () => {
    const mb = 1024 * 1024;
    const blanks = parseSuppressions(`x = 1  # warden-ignore: a${' '.repeat(mb)}x`, '#');
    assert.deepStrictEqual(blanks[0].targets, ['a', 'x']);
    const openers = parseSuppressions(`x = 1 /* nosec ${'/* '.repeat(mb / 3)}`, '//');
    assert.deepStrictEqual(openers, []);
    const separators = parseSuppressions(`x = 1  # warden-ignore: a${' #'.repeat(mb / 2)}\u2028`, '#');
    assert.deepStrictEqual(separators, []);
  });
});
