// Assumption challenge over the engine's findings: one assumption per finding, citing that
// finding's own rule and requirement with its source → sink path, plus the heuristic questions
// (authorization, business values, timeouts). The snippets are our own.

import * as assert from 'assert';
import { challengeAssumptions, renderAssumptions } from '../../../core/coach/assumptions';
import { enclosingFunction } from '../../../core/coach/calls';
import { conceptText } from '../../../core/coach/concept-text';
import { knowledge, seed } from './support';

const HANDLER = [
  "@app.route('/files')",
  'def files():',
  "    name = request.args['name']",
  "    return open(os.path.join('/srv', name)).read()",
].join('\n');

describe('coach assumption challenge', () => {
  it("gives every finding one assumption citing its own rule's requirement (all rules)", () => {
    for (const rule of knowledge().rules) {
      const [a] = challengeAssumptions('x = 1', [{ ruleId: rule.id, line: 0 }], knowledge());
      assert.strictEqual(a.rule, rule.id);
      assert.strictEqual(a.requirement, rule.requirement, rule.id);
      assert.strictEqual(a.concept, rule.class);
      assert.ok(a.assumption.startsWith('assumes '), rule.id);
    }
  });

  it('names the source and the path from source to sink', () => {
    const items = challengeAssumptions(
      HANDLER,
      [
        {
          ruleId: 'py/path-traversal/file-path',
          line: 3,
          trace: [
            { line: 2, label: "request.args['name']" },
            { line: 3, label: 'open(...)' },
          ],
        },
      ],
      knowledge(),
    );
    const a = items.find((x) => x.rule === 'py/path-traversal/file-path')!;
    assert.strictEqual(a.line, 3);
    assert.strictEqual(a.assumption, "assumes `request.args['name']` never contains `../` or an absolute path");
    assert.strictEqual(a.path, "`request.args['name']` (line 3) → `open(...)` (line 4)");
  });

  it('keeps one assumption per finding, only inside the range, with document lines', () => {
    const f = { ruleId: 'py/sqli/raw-query', line: 12 };
    const items = challengeAssumptions('a\nb\nc', [f, f, { ruleId: 'py/sqli/raw-query', line: 40 }], knowledge(), {
      startLine: 10,
    });
    assert.deepStrictEqual(
      items.map((a) => [a.line, a.rule]),
      [[12, 'py/sqli/raw-query']],
    );
  });

  it('asks who may call an endpoint that checks no user, and not when it does', () => {
    const open = challengeAssumptions(HANDLER, [], knowledge(), { language: 'python' });
    const authz = open.find((a) => a.concept === 'authorization')!;
    assert.strictEqual(authz.line, 0);
    assert.strictEqual(authz.rule, undefined);
    assert.strictEqual(authz.requirement, conceptText('authorization', 'python'));
    const guarded = HANDLER.replace('def files():', '@login_required\ndef files():');
    assert.ok(!challengeAssumptions(guarded, [], knowledge()).some((a) => a.concept === 'authorization'));
  });

  it('asks about business values from the request and calls without a timeout', () => {
    const text = [
      "app.post('/order', async (req, res) => {",
      '  const user = req.user;',
      '  const total = req.body.price * req.body.quantity;',
      '  const rate = await fetch(RATES_URL);',
      '});',
    ].join('\n');
    const concepts = challengeAssumptions(text, [], knowledge()).map((a) => [a.line, a.concept]);
    assert.deepStrictEqual(concepts, [
      [2, 'input-validation'],
      [3, 'resource-limits'],
    ]);
    const bounded = text.replace('fetch(RATES_URL)', 'fetch(RATES_URL, { signal: AbortSignal.timeout(5000) })');
    assert.ok(!challengeAssumptions(bounded, [], knowledge()).some((a) => a.concept === 'resource-limits'));
  });

  it('renders each assumption with its rule, question, path and requirement', () => {
    const doc = renderAssumptions(
      challengeAssumptions(
        HANDLER,
        [
          {
            ruleId: 'py/path-traversal/file-path',
            line: 3,
            trace: [
              { line: 2, label: 'name' },
              { line: 3, label: 'open' },
            ],
          },
        ],
        knowledge(),
      ),
      'files.py',
    );
    assert.match(
      doc,
      /- Line 4: assumes `name` never contains `\.\.\/` or an absolute path \(py\/path-traversal\/file-path\)/,
    );
    assert.match(doc, /  Path: `name` \(line 3\) → `open` \(line 4\)/);
    assert.match(doc, /  Requirement: /);
    assert.match(renderAssumptions([], 'x.py'), /found nothing here/);
  });
});

describe('coach enclosing function', () => {
  it('finds a Python function with its decorators', () => {
    assert.deepStrictEqual(enclosingFunction(seed('upload.py'), 5, true), { start: 1, end: 7 });
  });

  it('finds brace-language functions around the cursor', () => {
    assert.deepStrictEqual(enclosingFunction(seed('handler.go'), 14, false), { start: 1, end: 16 });
    assert.deepStrictEqual(enclosingFunction(seed('AuthService.java'), 5, false), { start: 1, end: 7 });
    assert.deepStrictEqual(enclosingFunction(seed('preferences.js'), 3, false), { start: 1, end: 5 });
  });

  it('skips a function that ends before the cursor', () => {
    const text = 'function a() {\n  return 1;\n}\nconst x = 2;\n';
    assert.strictEqual(enclosingFunction(text, 3, false), undefined);
    const nested = 'function outer() {\n  function inner() {\n    return 1;\n  }\n  return inner();\n}\n';
    assert.deepStrictEqual(enclosingFunction(nested, 4, false), { start: 0, end: 5 });
  });
});
