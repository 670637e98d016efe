// AI-generated region markers: wrapping and parsing agree for every comment style, the default
// marker text is stable (the server relies on it), custom labels and odd files are handled.

import * as assert from 'assert';
import {
  aiMarkerLines,
  DEFAULT_AI_LABEL,
  isInAiRegion,
  parseAiRegions,
  wrapInAiMarkers,
} from '../../../core/protocol/ai-regions';
import { commentStyle } from '../../../core/coach/comments';
import { randomText, rng } from './support';

describe('coach AI-generated regions', () => {
  it('keeps the marker text stable', () => {
    assert.strictEqual(DEFAULT_AI_LABEL, 'warden:ai-generated');
    assert.deepStrictEqual(aiMarkerLines(commentStyle('go')), [
      '// warden:ai-generated begin',
      '// warden:ai-generated end',
    ]);
    assert.deepStrictEqual(aiMarkerLines(commentStyle('python'), { note: 'Copilot 2025-01-02' }), [
      '# warden:ai-generated begin Copilot 2025-01-02',
      '# warden:ai-generated end',
    ]);
    assert.deepStrictEqual(aiMarkerLines(commentStyle('html')), [
      '<!-- warden:ai-generated begin -->',
      '<!-- warden:ai-generated end -->',
    ]);
  });

  it('wraps with the indentation of the code and parses back to the same lines', () => {
    const code = ['def f():', '    x = 1', '    return x'];
    const before = ['import os', ''];
    const wrapped = wrapInAiMarkers(code.slice(1), commentStyle('python'), { note: 'Copilot' });
    assert.strictEqual(wrapped[0], '    # warden:ai-generated begin Copilot');
    const text = [...before, code[0], ...wrapped, 'print(1)'].join('\n');
    assert.deepStrictEqual(parseAiRegions(text), [{ beginLine: 3, endLine: 6, note: 'Copilot', unterminated: false }]);
    const regions = parseAiRegions(text);
    assert.deepStrictEqual(
      [3, 4, 5, 6, 7].map((l) => isInAiRegion(regions, l)),
      [false, true, true, false, false],
    );
  });

  it('round-trips any code in any comment style (property, 1500 inputs)', () => {
    const next = rng(99);
    const langs = ['go', 'python', 'java', 'html', 'css', 'sql', 'typescript'];
    for (let i = 0; i < 1500; i++) {
      // Code that itself contains a marker would be ambiguous; the property is for ordinary code.
      const lines = randomText(next)
        .split(/\r\n|\r|\n/)
        .filter((l) => !l.includes('warden:ai-generated'));
      const before = Math.floor(next() * 3);
      const doc = [
        ...Array(before).fill('x'),
        ...wrapInAiMarkers(lines, commentStyle(langs[i % langs.length])),
        'y',
      ].join('\n');
      assert.deepStrictEqual(
        parseAiRegions(doc).map((r) => [r.beginLine, r.endLine]),
        [[before, before + lines.length + 1]],
        JSON.stringify(doc),
      );
    }
  });

  it('folds nested markers into the outer region and reports an unterminated one', () => {
    const text = [
      '// warden:ai-generated begin',
      'a',
      '// warden:ai-generated begin',
      'b',
      '// warden:ai-generated end',
      'c',
      '// warden:ai-generated end',
      '// warden:ai-generated begin',
      'd',
    ].join('\n');
    assert.deepStrictEqual(parseAiRegions(text), [
      { beginLine: 0, endLine: 6, note: '', unterminated: false },
      { beginLine: 7, endLine: 8, note: '', unterminated: true },
    ]);
    assert.ok(isInAiRegion(parseAiRegions(text), 8));
  });

  it('only counts markers in comments, and honours a custom label', () => {
    assert.deepStrictEqual(parseAiRegions('s = "warden:ai-generated begin"\n'), []);
    const custom = '# ai:copilot begin\nx\n# ai:copilot end\n';
    assert.strictEqual(parseAiRegions(custom).length, 0);
    assert.strictEqual(parseAiRegions(custom, { label: 'ai:copilot' }).length, 1);
  });
});
