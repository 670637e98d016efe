// Partial re-scans after an edit: findings moved through edits, and the edited function analysed
// again. Checked against a full scan on every fixture: after an edit inside a function, the
// partial result (plus moved findings) must equal what a full scan reports.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Node } from 'web-tree-sitter';
import { Finding, LANGUAGES } from '../../server/src/engine';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { EditRecord, editedSpans, focusFor, shiftFinding, shiftPosition } from '../../server/src/lsp/incremental';
import { fixtureFiles, REPO, scanner } from '../helpers';

const record = (
  startIndex: number,
  oldEndIndex: number,
  newEndIndex: number,
  start: [number, number],
  oldEnd: [number, number],
  newEnd: [number, number],
): EditRecord => ({
  startIndex,
  oldEndIndex,
  newEndIndex,
  start: { line: start[0], character: start[1] },
  oldEnd: { line: oldEnd[0], character: oldEnd[1] },
  newEnd: { line: newEnd[0], character: newEnd[1] },
});

describe('incremental re-scan', () => {
  it('moves positions through an edit and drops replaced ones', () => {
    const insertTwoLines = record(10, 10, 12, [1, 4], [1, 4], [3, 0]);
    assert.deepStrictEqual(shiftPosition({ line: 0, character: 9 }, insertTwoLines), { line: 0, character: 9 });
    assert.deepStrictEqual(shiftPosition({ line: 1, character: 6 }, insertTwoLines), { line: 3, character: 2 });
    assert.deepStrictEqual(shiftPosition({ line: 5, character: 1 }, insertTwoLines), { line: 7, character: 1 });
    const replace = record(10, 14, 11, [1, 4], [1, 8], [1, 5]);
    assert.strictEqual(shiftPosition({ line: 1, character: 6 }, replace), undefined);
    assert.deepStrictEqual(shiftPosition({ line: 1, character: 9 }, replace), { line: 1, character: 6 });
  });

  it('maps earlier edits through later ones to final spans', () => {
    // insert 3 chars at 10, then insert 2 chars at 0: the first span moves right by 2
    assert.deepStrictEqual(
      editedSpans([record(10, 10, 13, [0, 10], [0, 10], [0, 13]), record(0, 0, 2, [0, 0], [0, 0], [0, 2])]),
      [
        { startIndex: 12, endIndex: 15 },
        { startIndex: 0, endIndex: 2 },
      ],
    );
  });

  const key = (f: Finding): string =>
    `${f.ruleId}@${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`;

  for (const { file, language } of fixtureFiles()) {
    it(`partial re-scan equals a full scan after an edit: ${path.relative(path.join(REPO, 'rules'), file)}`, async () => {
      const text = fs.readFileSync(file, 'utf8');
      const s = scanner();
      const before = await s.scanText(text, language);
      const tree = await s.pool.parse(language, text);
      // Edit: insert a blank line at the start of the body of the first function that has a finding.
      const functions = LANGUAGES[language].syntax.functions;
      let target: Node | undefined;
      for (const f of before.findings) {
        for (
          let n = tree.rootNode.descendantForPosition({ row: f.range.start.line, column: f.range.start.character });
          n;
          n = n.parent
        ) {
          if (functions.includes(n.type)) target = n;
        }
        if (target) break;
      }
      tree.delete();
      if (!target) return;
      const line = target.startPosition.row + 1;
      const lineStart = text.split('\n').slice(0, line).join('\n').length + 1;
      const edited = applyEdits(text, [
        { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: '\n' },
      ]);
      const edit = record(lineStart, lineStart, lineStart + 1, [line, 0], [line, 0], [line + 1, 0]);
      const newTree = await s.pool.parse(language, edited);
      try {
        const focus = focusFor(newTree, language, editedSpans([edit]));
        assert.ok(focus, 'an edit inside a function has a focus');
        const partial = await s.scanTree(newTree, edited, language, { focus });
        const inFocus = (f: Finding): boolean => {
          const at =
            edited.split('\n').slice(0, f.range.start.line).join('\n').length +
            (f.range.start.line > 0 ? 1 : 0) +
            f.range.start.character;
          return at >= focus.startIndex && at < focus.endIndex;
        };
        const kept = before.findings
          .map((f) => shiftFinding(f, [edit]))
          .filter((f): f is Finding => !!f && !inFocus(f));
        const merged = [...kept, ...partial.findings].map(key).sort();
        const full = (await s.scanTree(newTree, edited, language)).findings.map(key).sort();
        assert.deepStrictEqual(merged, full);
      } finally {
        newTree.delete();
      }
    });
  }
});
