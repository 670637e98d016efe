// Regression tests for the quick-fix defects of the red-team list (issue 16), built from their
// triggers: each fix either produces the expected text and passes the fix-safety harness, or is
// not offered where no safe rewrite exists.

import * as assert from 'assert';
import type { LanguageId } from '../../server/src/engine';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { checkFix } from '../fix-harness';
import { scanner } from '../helpers';

/** The fixed text of the finding of `ruleId` (harness-checked), or undefined when it offers no fix. */
async function fixOf(text: string, language: LanguageId, ruleId: string): Promise<string | undefined> {
  const { findings } = await scanner().scanText(text, language);
  const finding = findings.find((f) => f.ruleId === ruleId);
  assert.ok(finding, `${ruleId} is reported on:\n${text}`);
  if (!finding.fix) return undefined;
  const { problems, output } = await checkFix(text, language, finding, findings);
  assert.deepStrictEqual(problems, [], output);
  assert.strictEqual(output, applyEdits(text, finding.fix.edits));
  return output;
}

const FLASK =
  "import os\nfrom flask import Flask, jsonify, request\n\napp = Flask(__name__)\napp.config['MAX_CONTENT_LENGTH'] = 1 << 20\n\n\n";

describe('quick-fix regressions (issue 16: #6, #7, #8, #20)', () => {
  it('#6 the error-leak fix keeps a one-line `except …: return …` inside the except', async () => {
    const text = `${FLASK}@app.route('/r')\ndef report():\n    try:\n        return build()\n    except Exception as e: return jsonify({'error': str(e)}), 500\n`;
    const out = await fixOf(text, 'python', 'py/info-leak/error-to-response');
    assert.ok(
      out?.includes(
        "    except Exception as e:\n        logging.exception('request failed')\n        return jsonify({'error': 'internal server error'}), 500\n",
      ),
      out,
    );
  });

  it('#6 … and a return after `;` in an except block', async () => {
    const text = `${FLASK}@app.route('/r')\ndef report():\n    try:\n        return build()\n    except Exception as e:\n        log = 1; return jsonify({'error': str(e)}), 500\n`;
    const out = await fixOf(text, 'python', 'py/info-leak/error-to-response');
    assert.ok(
      out?.includes(
        "        log = 1\n        logging.exception('request failed')\n        return jsonify({'error': 'internal server error'}), 500\n",
      ),
      out,
    );
  });

  const UPLOAD = `import os\nfrom flask import Flask, request\nfrom werkzeug.utils import secure_filename\n\napp = Flask(__name__)\napp.config['MAX_CONTENT_LENGTH'] = 1 << 20\n\n\n@app.route('/u', methods=['POST'])\ndef upload():\n    f = request.files['file']\n`;
  const SAVE = "f.save(os.path.join('/srv', secure_filename(f.filename)))";

  it('#7 the Flask upload fix turns a one-line `if` into a block', async () => {
    const out = await fixOf(`${UPLOAD}    if f: ${SAVE}\n`, 'python', 'py/file-upload/flask-unvalidated');
    assert.ok(
      out?.includes(`    if f:\n        if not allowed_file(f.filename):\n            abort(400)\n        ${SAVE}\n`),
      out,
    );
  });

  it('#7 … puts the check on its own line when `save` follows `;`', async () => {
    const text = `${UPLOAD.replace("    f = request.files['file']\n", '')}    f = request.files['file']; ${SAVE}\n`;
    const out = await fixOf(text, 'python', 'py/file-upload/flask-unvalidated');
    assert.ok(
      out?.includes(
        `    f = request.files['file']\n    if not allowed_file(f.filename):\n        abort(400)\n    ${SAVE}\n`,
      ),
      out,
    );
  });

  it('#7 … and offers no fix after `;` inside a one-line suite (no safe place for the check)', async () => {
    const out = await fixOf(`${UPLOAD}    if f: print(1); ${SAVE}\n`, 'python', 'py/file-upload/flask-unvalidated');
    assert.strictEqual(out, undefined);
  });

  it('#7 … with tabs and CRLF line endings', async () => {
    const text = `${UPLOAD}    if f: ${SAVE}\n`.replace(/ {4}/g, '\t').replace(/\n/g, '\r\n');
    const out = await fixOf(text, 'python', 'py/file-upload/flask-unvalidated');
    assert.ok(
      out?.includes(`\tif f:\r\n\t\tif not allowed_file(f.filename):\r\n\t\t\tabort(400)\r\n\t\t${SAVE}\r\n`),
      out,
    );
  });

  it('#8 psycopg2: a literal % in the SQL becomes %% once the values are passed as parameters', async () => {
    const text =
      "import psycopg2\n\n\ndef find(conn, request):\n    name = request.args.get('name')\n    cur = conn.cursor()\n    cur.execute(\"SELECT * FROM users WHERE name = '\" + name + \"' AND note LIKE '100%'\")\n";
    const out = await fixOf(text, 'python', 'py/sqli/string-built-query');
    assert.ok(out?.includes(`cur.execute("SELECT * FROM users WHERE name = %s AND note LIKE '100%%'", (name,))`), out);
  });

  it('#8 sqlite3: a %% of a printf-style format is a literal % in the ? query', async () => {
    const text =
      "import sqlite3\n\n\ndef find(conn, request):\n    uid = request.args.get('id')\n    conn.execute(\"SELECT * FROM t WHERE tag LIKE 'a%%' AND id = '%s'\" % uid)\n";
    const out = await fixOf(text, 'python', 'py/sqli/string-built-query');
    assert.ok(out?.includes(`conn.execute("SELECT * FROM t WHERE tag LIKE 'a%' AND id = ?", (uid,))`), out);
  });

  it('#8 mysql: no placeholder fix when the SQL text holds a literal ?', async () => {
    const text =
      "const mysql = require('mysql');\nconst db = mysql.createConnection({});\napp.get('/q', (req, res) => {\n  db.query(\"SELECT * FROM t WHERE note = 'why?' AND id = \" + req.query.id, (err, rows) => res.json(rows));\n});\n";
    assert.strictEqual(await fixOf(text, 'javascript', 'js/sqli/string-built-query'), undefined);
  });

  it('#8 Go with ? placeholders: no fix for a literal ?; a Sprintf %% becomes %', async () => {
    const head =
      'package h\n\nimport (\n\t"database/sql"\n\t"fmt"\n\t"net/http"\n)\n\nfunc f(db *sql.DB, r *http.Request) {\n';
    const literal = `${head}\tdb.Query("SELECT * FROM t WHERE note = 'why?' AND id = " + r.FormValue("id"))\n}\n`;
    assert.strictEqual(await fixOf(literal, 'go', 'go/sqli/string-built-query'), undefined);
    const percent = `${head}\tdb.Query(fmt.Sprintf("SELECT * FROM t WHERE tag LIKE 'a%%' AND id = '%s'", r.FormValue("id")))\n}\n`;
    const out = await fixOf(percent, 'go', 'go/sqli/string-built-query');
    assert.ok(out?.includes(`db.Query("SELECT * FROM t WHERE tag LIKE 'a%' AND id = ?", r.FormValue("id"))`), out);
  });

  for (const [shape, binding] of [
    ['a local variable', '  const execFile = (file) => file;\n'],
    ['a parameter', ''],
  ] as const) {
    it(`#20 the execFile fix is not offered when ${shape} named execFile shadows the import`, async () => {
      const params = binding ? '(req, res)' : '(req, res, execFile)';
      const text = `const { exec } = require('child_process');\n\nfunction run${params} {\n${binding}  exec('ls ' + req.query.dir, (e, out) => res.send(out));\n}\nmodule.exports = run;\n`;
      assert.strictEqual(await fixOf(text, 'javascript', 'js/cmdi/child-process'), undefined);
    });
  }

  it('#20 … and is offered, importing execFile, when nothing shadows it', async () => {
    const text =
      "const { exec } = require('child_process');\n\nfunction run(req, res) {\n  exec('ls ' + req.query.dir, (e, out) => res.send(out));\n}\nmodule.exports = run;\n";
    const out = await fixOf(text, 'javascript', 'js/cmdi/child-process');
    assert.ok(out?.includes("const { execFile } = require('child_process');\n"), out);
    assert.ok(out?.includes("  execFile('ls', [req.query.dir], (e, out) => res.send(out));\n"), out);
  });
});

describe('safe fixes remove their finding (issue 23, found by bench:quality)', () => {
  it('Go: every value of Fprintf reaching the HTML is escaped, []byte through string(…)', async () => {
    const text =
      'package h\n\nimport (\n\t"fmt"\n\t"io"\n\t"net/http"\n)\n\nfunc f(w http.ResponseWriter, r *http.Request) {\n\ttarget := r.FormValue("u")\n\tresp, _ := http.Get(target)\n\tbody, _ := io.ReadAll(resp.Body)\n\tfmt.Fprintf(w, "<h2>%s</h2><pre>%s</pre>", target, body)\n}\n';
    const out = await fixOf(text, 'go', 'go/xss/unescaped-html');
    assert.ok(
      out?.includes(
        'fmt.Fprintf(w, "<h2>%s</h2><pre>%s</pre>", html.EscapeString(target), html.EscapeString(string(body)))',
      ),
      out,
    );
  });

  it('Python: escaping around a markup-holding value is partial, so it is offered for review', async () => {
    const text = `${FLASK}@app.route('/s')\ndef search():\n    term = request.args.get('q')\n    items = ''.join(f'<li>{t}</li>' for t in term.split(','))\n    return f'<h2>{term}</h2><ul>{items}</ul>'\n`;
    const { findings } = await scanner().scanText(text, 'python');
    const fix = findings.find((f) => f.ruleId === 'py/xss/html-response')?.fix;
    assert.strictEqual(fix?.safety, 'review', JSON.stringify(findings.map((f) => [f.ruleId, f.fix])));
    assert.ok(applyEdits(text, fix.edits).includes("return f'<h2>{html.escape(str(term))}</h2><ul>{items}</ul>'"));
  });

  it('Python: every leaked error text in a response is replaced', async () => {
    const text = `${FLASK}@app.errorhandler(Exception)\ndef handle(exc):\n    return jsonify({'error': type(exc).__name__, 'message': str(exc)}), 500\n`;
    const out = await fixOf(text, 'python', 'py/info-leak/error-to-response');
    assert.ok(
      out?.includes("return jsonify({'error': 'internal server error', 'message': 'internal server error'}), 500"),
      out,
    );
  });
});

describe('the fix-safety harness itself', () => {
  it('reports a fix that moves a statement out of its block, breaks parsing, or leaves its finding', async () => {
    const text = `${FLASK}@app.route('/r')\ndef report():\n    try:\n        return build()\n    except Exception as e: return jsonify({'error': str(e)}), 500\n`;
    const { findings } = await scanner().scanText(text, 'python');
    const finding = findings.find((f) => f.ruleId === 'py/info-leak/error-to-response')!;
    const line = text.split('\n').findIndex((l) => l.includes('except Exception'));
    const at = (character: number) => ({ line, character });
    // What the old fix did: the log line inserted at the return with the except's indentation.
    const moved = {
      ...finding,
      fix: { title: 't', edits: [{ range: { start: at(27), end: at(27) }, newText: "logging.exception('x')\n    " }] },
    };
    const result = await checkFix(text, 'python', moved, findings);
    assert.ok(
      result.problems.some((p) => /left its block/.test(p)),
      result.problems.join('\n'),
    );
    assert.ok(result.problems.some((p) => /still reported/.test(p)));
    const broken = { ...finding, fix: { title: 't', edits: [{ range: { start: at(4), end: at(4) }, newText: '(' }] } };
    assert.ok(
      (await checkFix(text, 'python', broken, findings)).problems.includes('the fixed code has new parse errors'),
    );
  });
});
