// Output text of the Go quick-fixes on small handlers: the secure form each fixer must produce,
// and the cases where it must decline because no mechanical rewrite keeps the meaning.

import * as assert from 'assert';
import { applyEdits, compatibleEdits } from '../../server/src/engine/fixes/apply';
import { scanner } from '../helpers';

const HEADER = 'package h\n\nimport (\n\t"net/http"\n)\n\n';

async function fixOf(body: string, ruleId: string, header = HEADER): Promise<string | undefined> {
  const text = header + body;
  const { findings } = await scanner().scanText(text, 'go');
  const finding = findings.find((f) => f.ruleId === ruleId);
  assert.ok(finding, `${ruleId} reports on:\n${text}`);
  return finding.fix ? applyEdits(text, finding.fix.edits) : undefined;
}

describe('Go quick-fixes (output text)', () => {
  it('sets HttpOnly, Secure and SameSite on a cookie literal, and no expiry', async () => {
    const out = await fixOf(
      'func f(w http.ResponseWriter, r *http.Request) {\n\thttp.SetCookie(w, &http.Cookie{Name: "sid", Value: "x", Secure: false})\n}\n',
      'go/insecure-cookie/cookie-flags',
    );
    assert.ok(
      out?.includes(
        '&http.Cookie{Name: "sid", Value: "x", Secure: true, HttpOnly: true, SameSite: http.SameSiteStrictMode})',
      ),
      out,
    );
  });

  it('runs the program without a shell, one argument per word', async () => {
    const out = await fixOf(
      'func f(w http.ResponseWriter, r *http.Request) {\n\texec.Command("sh", "-c", "ping -c 1 "+r.FormValue("h")).Run()\n}\n',
      'go/cmdi/exec-command',
    );
    assert.ok(out?.includes('exec.Command("ping", "-c", "1", r.FormValue("h")).Run()'), out);
  });

  it('declines the shell-free rewrite when the script uses shell syntax', async () => {
    const { findings } = await scanner().scanText(
      HEADER +
        'func f(w http.ResponseWriter, r *http.Request) {\n\texec.Command("sh", "-c", "cat /srv/"+r.FormValue("f")+" | wc -l").Run()\n}\n',
      'go',
    );
    // Only the allow-list skeleton (review) is offered: no shell-free rewrite of a pipeline.
    const fix = findings.find((f) => f.ruleId === 'go/cmdi/exec-command')?.fix;
    assert.strictEqual(fix?.safety, 'review');
    assert.ok(
      fix?.edits.some((e) => e.newText.includes('if !allowedCommands[')),
      JSON.stringify(fix.edits),
    );
  });

  it('parameterizes gorm conditions with ? and declines ORDER BY values', async () => {
    const where = await fixOf(
      'func f(c *gin.Context) {\n\tdb.Where("name = \'" + c.Query("n") + "\'").Find(&u)\n}\n',
      'go/sqli/string-built-query',
    );
    assert.ok(where?.includes('db.Where("name = ?", c.Query("n")).Find(&u)'), where);
    const order = await fixOf(
      'func f(c *gin.Context) {\n\tdb.Raw("SELECT * FROM t ORDER BY " + c.Query("s")).Scan(&u)\n}\n',
      'go/sqli/string-built-query',
    );
    assert.strictEqual(order, undefined);
  });

  it('replaces math/rand Intn with crypto/rand, imported under an alias', async () => {
    const header = 'package h\n\nimport (\n\t"math/rand"\n)\n\n';
    const out = await fixOf(
      'func newToken() byte {\n\treturn letters[rand.Intn(len(letters))]\n}\n',
      'go/weak-random/math-rand-secret',
      header,
    );
    assert.ok(
      out?.includes(
        'letters[func() int { v, err := crand.Int(crand.Reader, big.NewInt(int64(len(letters)))); if err != nil { panic(err) }; return int(v.Int64()) }()]',
      ),
      out,
    );
    assert.ok(out?.includes('\tcrand "crypto/rand"\n') && out.includes('\t"math/big"\n'), out);
    assert.ok(!out?.includes('"math/rand"'), 'the now unused math/rand import is replaced');
  });

  it('reduces a request file name with filepath.Base where the path is built', async () => {
    const out = await fixOf(
      'func f(w http.ResponseWriter, r *http.Request) {\n\tp := filepath.Join("/srv", r.FormValue("f"))\n\tos.Remove(p)\n}\n',
      'go/path-traversal/file-path',
    );
    assert.ok(out?.includes('p := filepath.Join("/srv", filepath.Base(r.FormValue("f")))\n\tos.Remove(p)'), out);
    assert.ok(out?.includes('\t"path/filepath"\n'), out);
  });

  it('adds a size limit and an extension allow-list after the error check of FormFile', async () => {
    const out = await fixOf(
      'func f(w http.ResponseWriter, r *http.Request) {\n\tfile, header, err := r.FormFile("f")\n\tif err != nil {\n\t\treturn\n\t}\n\tsave(file, header)\n}\n',
      'go/file-upload/unvalidated-upload',
    );
    assert.ok(
      out?.includes(
        '\tr.Body = http.MaxBytesReader(w, r.Body, 10<<20) // 10 MB upload limit\n\tfile, header, err := r.FormFile("f")\n\tif err != nil {\n\t\treturn\n\t}\n\tif ext := strings.ToLower(filepath.Ext(header.Filename)); ext != ".png"',
      ),
      out,
    );
    assert.ok(
      out?.includes(
        '\t\thttp.Error(w, "file type not allowed", http.StatusBadRequest)\n\t\treturn\n\t}\n\tsave(file, header)',
      ),
      out,
    );
  });

  it('pins the JWT algorithm with WithValidMethods', async () => {
    const out = await fixOf(
      'func f(raw string) {\n\tjwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { return key, nil })\n}\n',
      'go/jwt/unverified-token',
    );
    assert.ok(out?.includes('return key, nil }, jwt.WithValidMethods([]string{"HS256"}))'), out);
  });
});

describe('Go fix-all', () => {
  it('adds an import two fixes both need only once', async () => {
    const text =
      HEADER.replace('import (\n', 'import (\n\t"fmt"\n') +
      'func a(w http.ResponseWriter, r *http.Request) {\n\tif err := r.ParseForm(); err != nil {\n\t\tfmt.Fprintf(w, "parse: %v", err)\n\t\treturn\n\t}\n\tif err := save(r); err != nil {\n\t\thttp.Error(w, err.Error(), 500)\n\t}\n}\n';
    const { findings } = await scanner().scanText(text, 'go');
    const fixes = findings
      .filter((f) => f.ruleId === 'go/info-leak/error-to-response' && f.fix)
      .map((f) => f.fix!.edits);
    assert.strictEqual(fixes.length, 2);
    const out = applyEdits(text, compatibleEdits(text, fixes));
    assert.strictEqual(out.match(/"log"/g)?.length, 1, out);
    assert.ok(!out.includes('"fmt"'), 'the last fmt use is gone, so is its import');
  });
});
