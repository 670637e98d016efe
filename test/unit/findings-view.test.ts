// The findings view's grouping and its "new code since HEAD" filter (client/src/findings-view/grouping.ts).

import * as assert from 'assert';
import { changedLines, groupFindings, onlyNewCode, ViewFinding } from '../../client/src/findings-view/grouping';

const f = (file: string, line: number, severity: ViewFinding['severity'], cls: string): ViewFinding => ({
  file,
  line,
  severity,
  ruleId: `js/${cls}/x`,
  class: cls,
  message: cls,
});

const FINDINGS = [
  f('b.js', 4, 'warning', 'xss'),
  f('a.js', 9, 'info', 'sqli'),
  f('a.js', 2, 'error', 'sqli'),
  f('b.js', 1, 'error', 'cmdi'),
];

describe('findings view', () => {
  it('groups by severity in severity order, by class and file by size', () => {
    assert.deepStrictEqual(
      groupFindings(FINDINGS, 'severity').map((g) => [g.label, g.findings.map((x) => `${x.file}:${x.line}`)]),
      [
        ['Errors', ['a.js:2', 'b.js:1']],
        ['Warnings', ['b.js:4']],
        ['Information', ['a.js:9']],
      ],
    );
    assert.deepStrictEqual(
      groupFindings(FINDINGS, 'class').map((g) => [g.label, g.findings.length]),
      [
        ['sqli', 2],
        ['cmdi', 1],
        ['xss', 1],
      ],
    );
    assert.deepStrictEqual(
      groupFindings(FINDINGS, 'file').map((g) => [g.label, g.findings.map((x) => x.line)]),
      [
        ['a.js', [2, 9]],
        ['b.js', [1, 4]],
      ],
    );
  });

  it('keeps findings on lines git diff adds or changes, and in untracked files', () => {
    const diff = [
      'diff --git a/a.js b/a.js',
      '--- a/a.js',
      '+++ b/a.js',
      '@@ -2,0 +3 @@ x',
      '+added',
      '@@ -8,2 +9,2 @@',
      'diff --git a/gone.js b/gone.js',
      '--- a/gone.js',
      '+++ /dev/null',
      '@@ -1,3 +0,0 @@',
    ].join('\n');
    const changed = changedLines(diff);
    assert.deepStrictEqual([...changed.keys()], ['a.js']);
    assert.deepStrictEqual(
      [...changed.get('a.js')!].sort((x, y) => x - y),
      [2, 8, 9],
    );
    assert.deepStrictEqual(
      onlyNewCode(FINDINGS, changed, new Set(['b.js'])).map((x) => `${x.file}:${x.line}`),
      ['b.js:4', 'a.js:9', 'a.js:2', 'b.js:1'],
    );
    assert.deepStrictEqual(
      onlyNewCode(FINDINGS, changed, new Set()).map((x) => `${x.file}:${x.line}`),
      ['a.js:9', 'a.js:2'],
    );
  });
});
