// Quick-fixes are tested by their output text (the seed snippets), and every fix the engine offers
// on any fixture, seed or example touches only the finding's statement (plus imports, newly
// inserted lines, and the definition of a variable the statement uses), and fix-all (safe fixes)
// reaches a fixed point. Parsing, blocks and removal are the fix-safety harness's (fix-harness.test.ts).

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Node } from 'web-tree-sitter';
import { Finding, LanguageId, LANGUAGES, languageForPath } from '../../server/src/engine';
import { applyEdits, compatibleEdits } from '../../server/src/engine/fixes/apply';
import { fixtureFiles, listFiles, REPO, scanner, seed, SEED_DIR } from '../helpers';

const seedText = seed;

async function fixed(name: string, ruleId: string): Promise<string> {
  const text = seedText(name);
  const { findings } = await scanner().scanText(text, languageForPath(name)!);
  const finding = findings.find((f) => f.ruleId === ruleId);
  assert.ok(finding?.fix, `${ruleId} offers a fix on ${name}`);
  return applyEdits(text, finding.fix.edits);
}

describe('quick-fixes on the seed snippets (output text)', () => {
  it('Java: PreparedStatement with placeholders and setters', async () => {
    const out = await fixed('AuthService.java', 'java/sqli/string-built-query');
    assert.ok(out.includes('String query = "SELECT * FROM users WHERE username=? AND password=?";'), out);
    assert.ok(
      out.includes(
        '    PreparedStatement ps = statement.getConnection().prepareStatement(query);\n    ps.setString(1, username);\n    ps.setString(2, password);\n    ResultSet result = ps.executeQuery();\n',
      ),
      out,
    );
  });

  it('Go: comma-ok assertion with a 400 response', async () => {
    const out = await fixed('handler.go', 'go/type-assertion/unchecked');
    assert.ok(
      out.includes(
        '    command, ok := data["command"].(string)\n    if !ok {\n        http.Error(w, "invalid request: command must be a string", http.StatusBadRequest)\n        return\n    }\n    executeCommand(command)\n',
      ),
      out,
    );
  });

  it('Go: log the error, answer with a generic message', async () => {
    const out = await fixed('handler.go', 'go/info-leak/error-to-response');
    assert.ok(
      out.includes(
        '        log.Printf("Error processing request: %v", err)\n        http.Error(w, "invalid request", http.StatusBadRequest)\n        return\n',
      ),
      out,
    );
  });

  it('JavaScript: Secure, SameSite and Max-Age appended to the cookie', async () => {
    const out = await fixed('preferences.js', 'js/insecure-cookie/document-cookie');
    assert.ok(
      out.includes(
        'document.cookie = `user_${userId}_prefs=${JSON.stringify(preferences)}; Secure; SameSite=Strict; Max-Age=31536000`;',
      ),
      out,
    );
  });

  it('Python: secure_filename with its import', async () => {
    const out = await fixed('upload.py', 'py/path-traversal/file-path');
    assert.ok(out.includes('from werkzeug.utils import secure_filename\n'), out);
    assert.ok(out.includes("file.save(os.path.join('/uploads', secure_filename(filename)))"), out);
  });

  it('Python: extension allow-list check and upload size limit', async () => {
    const out = await fixed('upload.py', 'py/file-upload/flask-unvalidated');
    assert.ok(out.includes("app.config['MAX_CONTENT_LENGTH'] = 16 * 1024 * 1024"), out);
    assert.ok(out.includes('def allowed_file(filename):'), out);
    assert.ok(out.includes('    if not allowed_file(file.filename):\n        abort(400)\n    file.save('), out);
    assert.ok(out.includes('from flask import abort\n'), out);
  });
});

/** Rows a fix may modify: the finding's statement and the statements defining names it uses. */
async function allowedRows(text: string, language: LanguageId, finding: Finding): Promise<Set<number>> {
  const tree = await scanner().pool.parse(language, text);
  try {
    const syntax = LANGUAGES[language].syntax;
    const at = tree.rootNode.descendantForPosition({
      row: finding.range.start.line,
      column: finding.range.start.character,
    });
    let stmt: Node = at!;
    while (stmt.parent && !syntax.statementContainers.includes(stmt.parent.type)) stmt = stmt.parent;
    const rows = new Set<number>();
    const addStatement = (s: Node): void => {
      for (let r = s.startPosition.row; r <= s.endPosition.row; r++) rows.add(r);
    };
    addStatement(stmt);
    const names = new Set(stmt.descendantsOfType(syntax.identifiers).map((n) => n?.text));
    // Statements before the sink in the same block that assign one of those names.
    for (let prev = stmt.previousNamedSibling; prev; prev = prev.previousNamedSibling) {
      const assigned = /^\s*(?:[\w<>[\],\s]+\s)?(\w+)\s*(:=|=)[^=]/.exec(prev.text)?.[1];
      if (assigned && names.has(assigned)) addStatement(prev);
    }
    for (const child of tree.rootNode.namedChildren)
      if (child && syntax.imports.includes(child.type)) addStatement(child);
    return rows;
  } finally {
    tree.delete();
  }
}

function corpus(): Array<{ file: string; language: LanguageId }> {
  const extra = [
    ...listFiles(SEED_DIR, () => true),
    ...listFiles(path.join(REPO, 'examples'), (n) => !!languageForPath(n)),
  ];
  return [...fixtureFiles(), ...extra.map((file) => ({ file, language: languageForPath(file)! }))];
}

describe('quick-fix safety on every fixable finding', function () {
  this.timeout(120000);
  let checked = 0;

  after(() => {
    assert.ok(checked >= 6, `only ${checked} fixes were exercised`);
  });

  for (const { file, language } of corpus()) {
    it(path.relative(REPO, file), async () => {
      const text = fs.readFileSync(file, 'utf8');
      const { findings } = await scanner().scanText(text, language);
      for (const finding of findings.filter((f) => f.fix)) {
        checked++;
        const where = `${finding.ruleId} at line ${finding.range.start.line + 1}`;
        const rows = await allowedRows(text, language, finding);
        for (const edit of finding.fix!.edits) {
          const insertion =
            edit.range.start.line === edit.range.end.line && edit.range.start.character === edit.range.end.character;
          const inside = rows.has(edit.range.start.line) && rows.has(edit.range.end.line);
          assert.ok(
            insertion || inside,
            `${where}: an edit at line ${edit.range.start.line + 1} is outside the finding's statement`,
          );
        }
      }
      // Fix-all (safe fixes only, as source.fixAll.warden) converges: applied again, it reaches a fixed point.
      const fixAll = async (t: string): Promise<string> => {
        const { findings: fs2 } = await scanner().scanText(t, language);
        return applyEdits(
          t,
          compatibleEdits(
            t,
            fs2.filter((f) => f.fix && f.fix.safety !== 'review').map((f) => f.fix!.edits),
          ),
        );
      };
      const once = await fixAll(text);
      const twice = await fixAll(once);
      const thrice = await fixAll(twice);
      assert.strictEqual(thrice, twice, 'fix-all does not reach a fixed point');
    });
  }
});

describe('fix positions with old Mac line endings (a lone \\r ends a line, as in LSP)', () => {
  // Found by the fuzzer (seed 7, case 179): a multi-line Go cookie fix counted only \n and put its
  // insertion past the end of line 0. Every fixture is checked with \n turned into \r.
  const { positionAt } =
    require('../../server/src/engine/positions') as typeof import('../../server/src/engine/positions');

  it('positionAt counts \\r\\n, \\n and a lone \\r as one line break each', () => {
    const text = 'a\r\nbc\rd\ne';
    assert.deepStrictEqual(
      [0, 3, 5, 6, 7, 8].map((o) => positionAt(text, o)),
      [
        { line: 0, character: 0 },
        { line: 1, character: 0 },
        { line: 1, character: 2 },
        { line: 2, character: 0 },
        { line: 2, character: 1 },
        { line: 3, character: 0 },
      ],
    );
  });

  for (const file of [
    'rules/go/insecure-cookie/cookie-flags.go',
    'rules/javascript/insecure-cookie/express-cookie.js',
  ]) {
    it(`${file}: every fix edit stays inside its line`, async () => {
      const text = fs.readFileSync(path.join(REPO, file), 'utf8').replace(/\r?\n/g, '\r');
      const lines = text.split(/\r\n|\r|\n/);
      const { findings } = await scanner().scanText(text, languageForPath(file)!);
      const edits = findings.flatMap((f) => f.fix?.edits ?? []);
      assert.ok(edits.length > 0, 'the fixture has fixable findings');
      for (const e of edits) {
        for (const p of [e.range.start, e.range.end])
          assert.ok(
            p.line < lines.length && p.character <= lines[p.line].length,
            `${JSON.stringify(p)} outside the document`,
          );
      }
    });
  }
});
