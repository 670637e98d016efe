// Assumption challenge on the seed snippets and other typical AI code: each assumption is tied to
// its line, names the value at stake, and carries the reviewer question and the rule requirement.

import * as assert from 'assert';
import { findAssumptions, renderAssumptions } from '../../../core/coach/assumptions';
import { enclosingFunction } from '../../../core/coach/calls';
import { knowledge, seed } from './support';

const find = (text: string, startLine = 0) => findAssumptions(text, knowledge(), { startLine });
const at = (text: string) => find(text).map((a) => `${a.line + 1}: ${a.assumption}`);

describe('coach assumption challenge', () => {
  it('upload.py: filename traversal, upload size/type, missing field, open endpoint', () => {
    const got = at(seed('upload.py'));
    assert.ok(got.includes('7: assumes `filename` never contains `../` or an absolute path'), got.join('\n'));
    assert.ok(got.includes('7: assumes uploaded files are small and of a harmless type'));
    assert.ok(got.includes('4: assumes the request always contains `file`'));
    assert.ok(got.includes('2: assumes every caller is allowed to use this endpoint'));
  });

  it('AuthService.java: both concatenated values and the plaintext password', () => {
    const got = at(seed('AuthService.java'));
    assert.ok(
      got.includes("3: assumes `username` never contains SQL metacharacters such as `'` or `--`"),
      got.join('\n'),
    );
    assert.ok(got.includes("4: assumes `password` never contains SQL metacharacters such as `'` or `--`"));
    assert.ok(got.some((g) => /assumes passwords are stored and compared in plaintext/.test(g)));
  });

  it('handler.go: body shape, error text, command and type assertion', () => {
    const got = at(seed('handler.go'));
    assert.ok(
      got.includes('4: assumes the body is well-formed JSON of the expected shape and a reasonable size'),
      got.join('\n'),
    );
    assert.ok(got.includes('9: assumes the text of `err` contains nothing sensitive'));
    assert.ok(got.includes('15: assumes `data["command"]` only ever names a safe, expected command'));
    assert.ok(got.includes('15: assumes `data["command"]` is always present and a `string`'));
  });

  it('preferences.js: the cookie', () => {
    assert.ok(at(seed('preferences.js')).some((g) => g.startsWith('4: assumes the cookie holds nothing sensitive')));
  });

  it('carries the reviewer question and the requirement of the matching rule', () => {
    const a = find(seed('handler.go')).find((x) => x.class === 'type-assertion')!;
    assert.match(a.question, /missing or has another type/);
    assert.strictEqual(a.requirement, knowledge().rules.find((r) => r.class === 'type-assertion')!.requirement);
  });

  it('offsets lines by the start of the analysed range', () => {
    assert.ok(find(seed('handler.go'), 100).every((a) => a.line >= 100));
  });

  it('stays quiet on safe code: constants, comma-ok, parameterized SQL, authenticated handler', () => {
    const safe = [
      'v, ok := data["n"].(string)',
      'stmt = conn.prepareStatement("SELECT * FROM users WHERE name = ?");',
      'subprocess.run(["ls", "-l"])',
      'open("/etc/app.conf")',
      '// exec.Command(userInput)',
    ].join('\n');
    assert.deepStrictEqual(at(safe), []);
    const handler = '@app.route("/me")\n@login_required\ndef me():\n    return "ok"\n';
    assert.ok(!at(handler).some((g) => /every caller/.test(g)));
  });

  it('recognises other classes: SSRF, redirect, XSS, deserialization, weak random', () => {
    const text = [
      'r = requests.get(url)',
      'return redirect(next_url)',
      'el.innerHTML = comment;',
      'obj = pickle.loads(blob)',
      'token = Math.random().toString(36)',
    ].join('\n');
    const classes = find(text).map((a) => a.class);
    for (const c of ['ssrf', 'open-redirect', 'xss', 'deserialization', 'weak-random'])
      assert.ok(classes.includes(c as never), c);
  });

  it('renders a side document with line, question and requirement', () => {
    const doc = renderAssumptions(find(seed('upload.py')), 'upload.py');
    assert.match(doc, /- Line 7: assumes `filename` never contains/);
    assert.match(doc, /Ask: What stops `filename` from being/);
    assert.match(doc, /Requirement: /);
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
