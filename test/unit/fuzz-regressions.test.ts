// Bugs the fuzzer found in the engine, each pinned by the input that exposed it (bench/fuzz-lib.ts
// holds the generators and the oracle; `npm run fuzz` finds new ones).

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Finding, LanguageId } from '../../server/src/engine';
import { checkCase, deepNesting, lspLineStarts, rangeProblems, textAt } from '../../bench/fuzz-lib';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { REPO, scanner, seed } from '../helpers';

describe('fuzz regressions', function () {
  this.timeout(60000);

  it('10,000-deep nesting is scanned within the budgets (scope lookups no longer walk node.parent, O(depth²))', async () => {
    // Was 30 s for the JavaScript case, with no timeout reported: one condition check resolved a
    // name 10,000 levels down, and each parent step re-descended the tree from the root.
    for (const language of ['javascript', 'typescript', 'python'] as const) {
      const text = deepNesting(language, 10000, 'parens');
      const result = await checkCase(scanner(), { label: `deep ${language}`, language, text }, async () => []);
      assert.deepStrictEqual(result.failures, [], `${language}: ${result.ms} ms`);
      assert.deepStrictEqual(result.notices, [], 'scanned in full, not stopped');
    }
    const { findings } = await scanner().scanText(deepNesting('javascript', 10000, 'parens'), 'javascript');
    assert.deepStrictEqual(
      findings.map((f) => `${f.ruleId}@${f.range.start.line}`),
      ['js/insecure-cookie/document-cookie@1'],
    );
  });

  it('lone \\r line endings: findings on the LSP line, inside it, and the same as with \\n', async () => {
    // tree-sitter ends a row only at \n: a file with \r endings was one long row, so a // comment
    // swallowed the rest (no findings) and ranges after a \r pointed past their line's end.
    const lf = fs.readFileSync(path.join(REPO, 'rules/go/type-assertion/unchecked.go'), 'utf8');
    const key = (f: Finding): string =>
      `${f.ruleId}@${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`;
    const want = (await scanner().scanText(lf, 'go')).findings.map(key);
    assert.ok(want.length > 0);
    for (const eol of ['\r', '\r\n']) {
      const text = lf.replace(/\n/g, eol);
      const got = (await scanner().scanText(text, 'go')).findings;
      assert.deepStrictEqual(got.map(key), want, JSON.stringify(eol));
      const starts = lspLineStarts(text);
      for (const f of got) assert.deepStrictEqual(rangeProblems(text, starts, f.range, f.ruleId), []);
    }
    // One stray \r in the middle of a line (as a char mutation produced) moves later findings down a line.
    const java =
      'class A {\n  void f(java.sql.Statement s, String u) throws Exception {\r    s.executeQuery("SELECT * FROM t WHERE u=\'" + u + "\'");\n  }\n}\n';
    const { findings } = await scanner().scanText(java, 'java');
    assert.deepStrictEqual(
      findings.map((f) => [f.ruleId, f.range.start.line, textAt(java, f.range)]),
      [['java/sqli/string-built-query', 2, 's.executeQuery("SELECT * FROM t WHERE u=\'" + u + "\'")']],
    );
  });

  it('no fix in a file with syntax errors rewrites the broken statement around it (one fix replaced the whole file)', async () => {
    // A truncated controller: the sink's "statement" was the ERROR node spanning the file, so the
    // PreparedStatement fix replaced lines 0–18 and overlapped its own other edit.
    const full = fs.readFileSync(path.join(REPO, 'examples/java/UserController.java'), 'utf8');
    const truncated = full.slice(0, 762);
    const { findings } = await scanner().scanText(truncated, 'java');
    assert.ok(
      findings.some((f) => f.ruleId === 'java/sqli/string-built-query'),
      'the finding is still reported',
    );
    for (const f of findings) {
      for (const e of f.fix?.edits ?? []) {
        assert.ok(e.range.end.line - e.range.start.line < 3, `${f.ruleId}: edit spans ${JSON.stringify(e.range)}`);
      }
      if (f.fix) assert.doesNotThrow(() => applyEdits(truncated, f.fix!.edits));
    }
    const result = await checkCase(
      scanner(),
      { label: 'truncated', language: 'java', text: truncated },
      async () => [],
    );
    assert.deepStrictEqual(result.failures, []);
    // The complete file still gets its fix.
    const whole = await scanner().scanText(full, 'java');
    assert.ok(whole.findings.find((f) => f.ruleId === 'java/sqli/string-built-query')?.fix);
  });

  it('a sink declared as a class field gets its finding but no statement-writing fix (it did not compile)', async () => {
    // A line mutation moved `ResultSet rs = …executeQuery("…" + id);` out of its method into the
    // class body; the PreparedStatement fix then wrote three statements there.
    const text =
      'class Repo {\n    private java.sql.Connection connection;\n    private String id = System.getenv("ID");\n    ResultSet rs = connection.createStatement().executeQuery("SELECT * FROM users WHERE id = " + id);\n\n    boolean find(String name) throws Exception {\n        ResultSet r = connection.createStatement().executeQuery("SELECT * FROM users WHERE name = \'" + name + "\'");\n        return r.next();\n    }\n}\n';
    const { findings } = await scanner().scanText(text, 'java');
    const sqli = findings.filter((f) => f.ruleId === 'java/sqli/string-built-query');
    assert.deepStrictEqual(
      sqli.map((f) => [f.range.start.line, !!f.fix]),
      [
        [3, false],
        [6, true],
      ],
    );
    const result = await checkCase(scanner(), { label: 'field sink', language: 'java', text }, async () => []);
    assert.deepStrictEqual(result.failures, []);
  });

  it('an import added after a last import that ends the file without a newline goes on its own line', async () => {
    // Line mutations moved `import os` to the very end (no trailing newline); the import edit was
    // placed on the line after it, which does not exist, and glued: `import osfrom flask import abort`.
    const seedText = seed('upload.py');
    const lines = seedText.trimEnd().split('\n');
    const text = [...lines.filter((l) => l !== 'import os'), 'import os'].join('\n');
    assert.ok(!text.endsWith('\n') && text.endsWith('import os'));
    const { findings } = await scanner().scanText(text, 'python');
    const fix = findings.find((f) => f.ruleId === 'py/path-traversal/file-path')?.fix;
    assert.ok(fix);
    const out = applyEdits(text, fix.edits);
    assert.ok(out.endsWith('import os\nfrom werkzeug.utils import secure_filename'), out.slice(-80));
    const result = await checkCase(scanner(), { label: 'import at end', language: 'python', text }, async () => []);
    assert.deepStrictEqual(result.failures, []);
  });

  const seedText = seed;

  it('a sink argument 10,000 levels deep (parentheses or a 10,000-term concatenation) no longer overflows the stack', async () => {
    // The taint analysis recursed once per expression level: RangeError escaped scanText.
    const inputs: Array<[LanguageId, string]> = [
      [
        'python',
        seedText('upload.py').replace(
          "os.path.join('/uploads', filename)",
          `os.path.join('/uploads', ${'('.repeat(10000)}filename${')'.repeat(10000)})`,
        ),
      ],
      [
        'python',
        seedText('upload.py').replace(
          "os.path.join('/uploads', filename)",
          `os.path.join('/uploads', ${'filename + '.repeat(10000)}'x')`,
        ),
      ],
      ['java', seedText('AuthService.java').replace('+ username +', `+ ${'username + '.repeat(10000)}`)],
    ];
    for (const [language, text] of inputs) {
      const result = await checkCase(scanner(), { label: language, language, text }, async () => []);
      assert.deepStrictEqual(result.failures, [], language);
      assert.ok(result.findings > 0, `${language}: the sink is still reported`);
    }
  });

  it('10,000 type assertions in one concatenation stay within the scan budgets (fix and condition climbs are capped)', async () => {
    // Each finding's fix climbed to its statement through node.parent (O(depth²) each): 218 s, far
    // past every budget. Now the climb is capped and the condition phase reports running out.
    const text = seedText('handler.go').replace(
      'executeCommand(data["command"].(string))',
      `executeCommand(${'data["command"].(string) + '.repeat(10000)}"")`,
    );
    const result = await checkCase(scanner(), { label: 'go concat', language: 'go', text }, async () => []);
    assert.deepStrictEqual(result.failures, [], `${result.ms} ms`);
    assert.ok(result.findings > 0);
  });

  it('no fix inserts an import line that would split a declaration starting on the last import’s line', async () => {
    // A splice glued a decorator onto the last import (`…import secure_fi@app.route(…)`); the new
    // import line landed between the decorator and its def.
    const fixture = fs.readFileSync(path.join(REPO, 'rules/python/path-traversal/file-path.py'), 'utf8');
    const text = fixture.slice(0, 104) + fixture.slice(636);
    const result = await checkCase(scanner(), { label: 'splice', language: 'python', text }, async () => []);
    assert.deepStrictEqual(result.failures, []);
    assert.ok(result.findings > 0);
    // A trailing comment after the last import does not count as a declaration on its line.
    const commented =
      "import os  # paths\nfrom flask import request\n\ndef f():\n    name = request.args['n']\n    return open(os.path.join('/srv', name))\n";
    const { findings } = await scanner().scanText(commented.replace('request\n', 'request  # input\n'), 'python');
    assert.ok(findings.find((f) => f.ruleId === 'py/path-traversal/file-path')?.fix, 'fix offered');
  });
});
