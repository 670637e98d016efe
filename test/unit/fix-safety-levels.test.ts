// Fix safety levels: every built-in fixer declares 'safe' or 'review'; only safe fixes are
// preferred and bulk-applied, review fixes are offered under their own title.

import * as assert from 'assert';
import type { Diagnostic } from 'vscode-languageserver';
import type { Finding } from '../../server/src/engine';
import type { Fix } from '../../server/src/engine/fixes/model';
import { FIXERS } from '../../server/src/engine/fixes/registry';
import { fixAll, quickFixes } from '../../server/src/lsp/code-actions';
import { scanner } from '../helpers';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

function diagnostic(ruleId: string, fix: Fix): Diagnostic {
  return { range, source: 'Warden', message: 'm', data: { ruleId, class: 'c', confidence: 'high', version: 1, fix } };
}

const SAFE: Fix = { title: 'Flip the flag', safety: 'safe', edits: [{ range, newText: 'a' }] };
const REVIEW: Fix = {
  title: 'Insert a check',
  safety: 'review',
  edits: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: 'b' }],
};

describe('fix safety levels', () => {
  it('every built-in fixer declares its safety and is used by a rule, every named fixer exists', () => {
    for (const fixer of Object.values(FIXERS)) assert.ok(['safe', 'review'].includes(fixer.safety), fixer.name);
    const named = new Set(
      scanner()
        .ruleSet.rules.map((r) => r.fix)
        .filter((f) => f?.kind === 'fixer')
        .map((f) => (f as { name: string }).name),
    );
    assert.deepStrictEqual(
      Object.keys(FIXERS).filter((n) => !named.has(n)),
      [],
      'fixers no rule names',
    );
    assert.deepStrictEqual(
      [...named].filter((n) => !FIXERS[n]),
      [],
      'rules naming unknown fixers',
    );
  });

  it('a safe fix is preferred; a review fix is offered, not preferred, and says so', () => {
    const actions = quickFixes('file:///a.py', 1, [diagnostic('py/x/safe', SAFE), diagnostic('py/x/review', REVIEW)]);
    const fixes = actions.filter((a) => a.edit);
    assert.deepStrictEqual(
      fixes.map((a) => [a.title, !!a.isPreferred]),
      [
        ['Warden: Flip the flag', true],
        ['Warden: Insert a check (review the change)', false],
      ],
    );
  });

  it('fix-all applies only safe fixes', () => {
    const finding = (fix: Fix): Finding => ({ fix }) as unknown as Finding;
    const all = fixAll('file:///a.py', 'x\ny\nz\n', [finding(SAFE), finding(REVIEW)]);
    assert.deepStrictEqual(all?.edit?.changes?.['file:///a.py'], SAFE.edits);
    assert.strictEqual(fixAll('file:///a.py', 'x\ny\nz\n', [finding(REVIEW)]), undefined);
  });

  it('the engine stamps each fix with its fixer safety (the Flask upload fix needs review)', async () => {
    const text =
      "from flask import Flask, request\napp = Flask(__name__)\n\n\n@app.route('/u', methods=['POST'])\ndef u():\n    f = request.files['file']\n    f.save('/srv/' + f.filename)\n";
    const { findings } = await scanner().scanText(text, 'python');
    const safety = Object.fromEntries(findings.filter((f) => f.fix).map((f) => [f.ruleId, f.fix!.safety]));
    assert.strictEqual(safety['py/file-upload/flask-unvalidated'], 'review', JSON.stringify(safety));
    assert.strictEqual(safety['py/path-traversal/file-path'], 'safe', JSON.stringify(safety));
  });

  it('a rule-file template fix is offered for review only', async () => {
    const { FIXERS: _unused, computeFix } =
      require('../../server/src/engine/fixes/registry') as typeof import('../../server/src/engine/fixes/registry');
    void _unused;
    const tree = await scanner().pool.parse('python', 'x = 1\n');
    try {
      const node = tree.rootNode.descendantForIndex(4)!;
      const fix = computeFix({ kind: 'template', replace: 'v', with: '2', line: 1 }, {
        node,
        captures: new Map([['v', [node]]]),
        text: 'x = 1\n',
        tree,
        language: 'python',
        details: [],
        memo: <T>(_key: string, compute: () => T): T => compute(),
      } as unknown as Parameters<typeof computeFix>[1]);
      assert.deepStrictEqual(fix && { safety: fix.safety, text: fix.edits[0].newText }, {
        safety: 'review',
        text: '2',
      });
    } finally {
      tree.delete();
    }
  });
});
