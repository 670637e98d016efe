// JavaScript fixes for weak crypto, eval and SSRF: the rewrite each produces, its safety level, and
// the shapes where it must offer nothing because no rewrite keeps the program's meaning.

import * as assert from 'assert';
import type { Finding, LanguageId } from '../../server/src/engine';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { scanner } from '../helpers';

async function findingOf(text: string, ruleId: string, language: LanguageId = 'javascript'): Promise<Finding> {
  const { findings } = await scanner().scanText(text, language);
  const finding = findings.find((f) => f.ruleId === ruleId);
  assert.ok(finding, `${ruleId} reports on:\n${text}`);
  return finding;
}

const fixed = (text: string, f: Finding): string | undefined => (f.fix ? applyEdits(text, f.fix.edits) : undefined);

const HANDLER = (body: string): string =>
  `const express = require('express');\nconst app = express();\napp.get('/x', async (req, res) => {\n${body}\n});\n`;

describe('JavaScript weak-crypto fixes (review)', () => {
  it('moves an MD5 token digest to SHA-256, for review', async () => {
    const text =
      "const crypto = require('crypto');\nfunction makeToken(raw) {\n  const token = crypto.createHash('md5').update(raw).digest('hex');\n  return token;\n}\n";
    const f = await findingOf(text, 'js/weak-crypto/weak-algorithm');
    assert.strictEqual(f.fix?.safety, 'review');
    assert.ok(fixed(text, f)?.includes("crypto.createHash('sha256').update(raw)"));
  });

  it('hashes a password with scrypt and a random salt, with a TODO about stored hashes', async () => {
    const text =
      "const crypto = require('crypto');\nfunction register(password) {\n  return crypto.createHash('md5').update(password).digest('hex');\n}\n";
    const out = fixed(text, await findingOf(text, 'js/weak-crypto/weak-hash-cipher'));
    assert.ok(out?.includes("const salt = crypto.randomBytes(16).toString('hex');"), out);
    assert.ok(out?.includes("return `${salt}:${crypto.scryptSync(password, salt, 64).toString('hex')}`;"), out);
    assert.ok(out?.includes('// TODO: keep the salt with the hash'), out);
  });

  it('offers nothing for a password digest kept as a Buffer (no encoding to keep)', async () => {
    const text =
      "const crypto = require('crypto');\nfunction register(password) {\n  return crypto.createHash('md5').update(password).digest();\n}\n";
    assert.strictEqual((await findingOf(text, 'js/weak-crypto/weak-hash-cipher')).fix, undefined);
  });

  it('replaces a static IV with a fresh one and keeps the IV length of GCM', async () => {
    const text =
      "const crypto = require('crypto');\nfunction enc(key, t) {\n  const c = crypto.createCipheriv('aes-256-gcm', key, Buffer.alloc(12));\n  return c.update(t);\n}\n";
    const out = fixed(text, await findingOf(text, 'js/weak-crypto/weak-hash-cipher'));
    assert.ok(out?.includes('const iv = crypto.randomBytes(12);'), out);
    assert.ok(out?.includes("crypto.createCipheriv('aes-256-gcm', key, iv)"), out);
  });
});

describe('JavaScript eval fixes', () => {
  it("turns eval('(' + text + ')') into JSON.parse(text), as a safe fix", async () => {
    const text = HANDLER("  const settings = eval('(' + req.body.settings + ')');\n  res.json(settings);");
    const f = await findingOf(text, 'js/code-injection/eval');
    assert.strictEqual(f.fix?.safety, 'safe');
    assert.ok(fixed(text, f)?.includes('const settings = JSON.parse(req.body.settings);'));
  });

  it('offers nothing for eval of an expression the program means to run', async () => {
    const text = HANDLER('  res.json({ result: eval(req.body.expression) });');
    assert.strictEqual((await findingOf(text, 'js/code-injection/eval')).fix, undefined);
  });

  it('offers nothing for a string timer that is not one call with one quoted argument', async () => {
    const text = "const name = location.hash;\nsetTimeout('a(); b(' + name + ')', 10);\n";
    assert.strictEqual((await findingOf(text, 'js/code-injection/eval')).fix, undefined);
  });

  it('guards require(name) with an allow-list skeleton (review), once', async () => {
    const text = HANDLER('  const plugin = require(req.query.name);\n  res.json(plugin);');
    const f = await findingOf(text, 'js/code-injection/eval');
    assert.strictEqual(f.fix?.safety, 'review');
    const out = fixed(text, f)!;
    assert.ok(out.includes("if (!ALLOWED_MODULES.has(String(req.query.name))) throw new Error('module not allowed');"));
    assert.ok(out.includes('const ALLOWED_MODULES = new Set([]); // TODO'), out);
    // The skeleton does not silence the finding, and is not offered a second time.
    const again = await findingOf(out, 'js/code-injection/eval');
    assert.strictEqual(again.fix, undefined);
  });
});

describe('JavaScript SSRF allow-list skeleton (review)', () => {
  it('checks the host against ALLOWED_HOSTS before fetch', async () => {
    const text = HANDLER('  const r = await fetch(req.query.url);\n  res.send(await r.text());');
    const out = fixed(text, await findingOf(text, 'js/ssrf/request-url'))!;
    assert.ok(
      out.includes(
        "if (!ALLOWED_HOSTS.has(new URL(String(req.query.url)).hostname)) throw new Error('host not allowed');",
      ),
    );
  });

  it('offers nothing when the URL expression has side effects (it would be evaluated twice)', async () => {
    const text = HANDLER("  const r = await fetch(await lookup(req.query.url, 'u'));\n  res.send(await r.text());");
    assert.strictEqual((await findingOf(text, 'js/ssrf/request-url')).fix, undefined);
  });

  it('offers nothing when ALLOWED_HOSTS already exists but is not a Set', async () => {
    const text =
      "const ALLOWED_HOSTS = ['a.example'];\n" +
      HANDLER('  const r = await fetch(req.query.url);\n  res.send(await r.text());');
    assert.strictEqual((await findingOf(text, 'js/ssrf/request-url')).fix, undefined);
  });
});
