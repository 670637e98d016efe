// Go fixes for weak crypto and SSRF: the rewrite each produces, its safety level, and the shapes
// where it must offer nothing.

import * as assert from 'assert';
import type { Finding } from '../../server/src/engine';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { reportedFinding } from '../helpers';

const findingOf = (text: string, ruleId: string): Promise<Finding> => reportedFinding(text, 'go', ruleId);

const fixed = (text: string, f: Finding): string | undefined => (f.fix ? applyEdits(text, f.fix.edits) : undefined);

describe('Go weak-crypto fixes (review)', () => {
  it('signs with HMAC-SHA-256 and swaps the now unused crypto/sha1 import for crypto/sha256', async () => {
    const text =
      'package p\n\nimport (\n\t"crypto/hmac"\n\t"crypto/sha1"\n)\n\nfunc sign(key, body []byte) []byte {\n\tmac := hmac.New(sha1.New, key)\n\tmac.Write(body)\n\treturn mac.Sum(nil)\n}\n';
    const f = await findingOf(text, 'go/weak-crypto/weak-key-mac');
    assert.strictEqual(f.fix?.safety, 'review');
    const out = fixed(text, f)!;
    assert.ok(out.includes('hmac.New(sha256.New, key)'), out);
    assert.ok(out.includes('"crypto/sha256"') && !out.includes('"crypto/sha1"'), out);
  });

  it('offers nothing for an MD5 password hash (SHA-256 would hide the finding, not fix it)', async () => {
    const text =
      'package p\n\nimport (\n\t"crypto/md5"\n\t"encoding/hex"\n)\n\nfunc hashPassword(password string) string {\n\tsum := md5.Sum([]byte(password))\n\treturn hex.EncodeToString(sum[:])\n}\n';
    assert.strictEqual((await findingOf(text, 'go/weak-crypto/weak-hash-cipher')).fix, undefined);
  });

  it('offers nothing when the key size is a local variable (it would be left unused)', async () => {
    const text =
      'package p\n\nimport (\n\t"crypto/rand"\n\t"crypto/rsa"\n)\n\nfunc key() (*rsa.PrivateKey, error) {\n\tbits := 1024\n\treturn rsa.GenerateKey(rand.Reader, bits)\n}\n';
    assert.strictEqual((await findingOf(text, 'go/weak-crypto/weak-key-mac')).fix, undefined);
  });
});

describe('Go SSRF allow-list skeleton (review)', () => {
  const handler = (body: string, imports = '\t"net/http"\n'): string =>
    `package p\n\nimport (\n${imports})\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n${body}\n}\n`;

  it('refuses hosts missing from allowedHosts before the request, declared once above the handler', async () => {
    const text = handler('\ttarget := r.FormValue("u")\n\tresp, _ := http.Get(target)\n\tdefer resp.Body.Close()');
    const f = await findingOf(text, 'go/ssrf/tainted-url');
    assert.strictEqual(f.fix?.safety, 'review');
    const out = fixed(text, f)!;
    assert.ok(out.includes('if u, err := url.Parse(target); err != nil || !allowedHosts[u.Hostname()] {'), out);
    assert.ok(out.includes('// TODO: list the hosts this server may call.\nvar allowedHosts = map[string]bool{}'), out);
    assert.ok(out.includes('\t"net/url"\n'), out);
    assert.strictEqual((await findingOf(out, 'go/ssrf/tainted-url')).fix, undefined);
  });

  it('returns zero values and an error from a function that returns (*http.Response, error)', async () => {
    const text =
      'package p\n\nimport (\n\t"net/http"\n\t"net/url"\n)\n\nfunc get(r *http.Request) (*http.Response, error) {\n\treturn http.Get(r.FormValue("u"))\n}\n';
    const out = fixed(text, await findingOf(text, 'go/ssrf/tainted-url'))!;
    assert.ok(out.includes('\t\treturn nil, errors.New("host not allowed")\n'), out);
    assert.ok(out.includes('"errors"'), out);
  });

  it('offers nothing when a local variable named url hides the package', async () => {
    const text = handler('\turl := r.FormValue("u")\n\tresp, _ := http.Get(url)\n\tdefer resp.Body.Close()');
    assert.strictEqual((await findingOf(text, 'go/ssrf/tainted-url')).fix, undefined);
  });
});

describe('Go type assertions, pgx, pprof and redirects', () => {
  it('splits an else-if on an assertion into a comma-ok else-if that rejects first', async () => {
    const text =
      'package p\n\nimport (\n\t"encoding/json"\n\t"net/http"\n)\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tvar m map[string]any\n\tjson.NewDecoder(r.Body).Decode(&m)\n\tif m["a"] == nil {\n\t\treturn\n\t} else if m["gift"].(bool) {\n\t\tw.Write(nil)\n\t}\n}\n';
    const out = fixed(text, await findingOf(text, 'go/type-assertion/unchecked'))!;
    assert.ok(
      out.includes(
        '} else if gift, ok := m["gift"].(bool); !ok {\n\t\thttp.Error(w, "invalid request: gift must be a bool", http.StatusBadRequest)\n\t\treturn\n\t} else if gift {',
      ),
      out,
    );
  });

  it('returns the zero value with a TODO where the function has no error to return (review)', async () => {
    const text = 'package p\n\nfunc port(m map[string]any) int {\n\treturn m["port"].(int)\n}\n';
    const f = await findingOf(text, 'go/type-assertion/unchecked');
    assert.strictEqual(f.fix?.safety, 'review');
    assert.ok(
      fixed(text, f)?.includes('\tportValue, ok := m["port"].(int)\n\tif !ok {\n\t\treturn 0 // TODO'),
      fixed(text, f),
    );
  });

  it("parameterizes pgx's Query(ctx, sql) with $1", async () => {
    const text =
      'package p\n\nimport (\n\t"net/http"\n\n\t"github.com/jackc/pgx/v5/pgxpool"\n)\n\nvar pool *pgxpool.Pool\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tctx := r.Context()\n\trows, _ := pool.Query(ctx, "SELECT id FROM users WHERE email = \'"+r.FormValue("e")+"\'")\n\trows.Close()\n}\n';
    const out = fixed(text, await findingOf(text, 'go/sqli/string-built-query'));
    assert.ok(out?.includes('pool.Query(ctx, "SELECT id FROM users WHERE email = $1", r.FormValue("e"))'), out);
  });

  it('removes the public pprof import line (review)', async () => {
    const text =
      'package main\n\nimport (\n\t"net/http"\n\t_ "net/http/pprof"\n)\n\nfunc main() {\n\thttp.ListenAndServe(":8080", nil)\n}\n';
    const f = await findingOf(text, 'go/info-leak/pprof-exposed');
    assert.strictEqual(f.fix?.safety, 'review');
    assert.strictEqual(fixed(text, f), text.replace('\t_ "net/http/pprof"\n', ''));
  });

  it('reads a redirect target from the request once into a variable, then keeps it local', async () => {
    const text =
      'package p\n\nimport (\n\t"net/http"\n)\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\thttp.Redirect(w, r, r.FormValue("to"), http.StatusFound)\n}\n';
    const out = fixed(text, await findingOf(text, 'go/open-redirect/tainted-redirect'))!;
    assert.ok(out.includes('\tnext := r.FormValue("to")\n\tif !strings.HasPrefix(next, "/")'), out);
    assert.ok(out.includes('http.Redirect(w, r, next, http.StatusFound)'), out);
  });
});
