// Java weak crypto (java-strong-crypto, java-strong-key-protocol): review rewrites, and the shapes
// where no rewrite keeps the program's intent.

import * as assert from 'assert';
import type { Finding } from '../../server/src/engine';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { reportedFinding } from '../helpers';

async function findingOf(imports: string, body: string, ruleId: string): Promise<{ text: string; finding: Finding }> {
  const text = `${imports}\n\npublic class C {\n${body}\n}\n`;
  return { text, finding: await reportedFinding(text, 'java', ruleId) };
}

const CRYPTO = 'import java.security.*;\nimport javax.crypto.*;\nimport javax.crypto.spec.*;';
const ALGORITHM = 'java/weak-crypto/weak-algorithm';

describe('java-strong-crypto', () => {
  it('offers SHA-256 for a token digest, for review', async () => {
    const { text, finding } = await findingOf(
      CRYPTO,
      '    String resetToken(String email) throws Exception {\n        MessageDigest md = MessageDigest.getInstance("SHA-1");\n        return new String(md.digest(email.getBytes()));\n    }',
      ALGORITHM,
    );
    assert.strictEqual(finding.fix?.safety, 'review');
    assert.ok(applyEdits(text, finding.fix.edits).includes('MessageDigest.getInstance("SHA-256")'));
  });

  it('offers nothing for a password digest: SHA-256 is no password hash', async () => {
    const { finding } = await findingOf(
      CRYPTO,
      '    String hashPassword(String password) throws Exception {\n        MessageDigest md = MessageDigest.getInstance("MD5");\n        return new String(md.digest(password.getBytes()));\n    }',
      ALGORITHM,
    );
    assert.strictEqual(finding.fix, undefined);
  });

  it("leaves Spring's DigestUtils alone (it has no SHA-256 helper)", async () => {
    const { finding } = await findingOf(
      'import org.springframework.util.DigestUtils;',
      '    String etag(byte[] body) {\n        return DigestUtils.md5DigestAsHex(body);\n    }',
      'java/weak-crypto/weak-digest',
    );
    assert.strictEqual(finding.fix, undefined);
  });

  it('keeps CBC (and its IV spec) when replacing DES', async () => {
    const { text, finding } = await findingOf(
      CRYPTO,
      '    byte[] enc(byte[] d, SecretKey k, byte[] iv) throws Exception {\n        Cipher c = Cipher.getInstance("DESede/CBC/PKCS5Padding");\n        c.init(Cipher.ENCRYPT_MODE, k, new IvParameterSpec(iv));\n        return c.doFinal(d);\n    }',
      ALGORITHM,
    );
    assert.ok(applyEdits(text, finding.fix!.edits).includes('Cipher.getInstance("AES/CBC/PKCS5Padding")'));
  });

  it('gives a fresh IV only when encrypting: decryption needs the stored one', async () => {
    const body = (mode: string): string =>
      `    private static final byte[] IV = new byte[16];\n    byte[] run(byte[] d, SecretKey k) throws Exception {\n        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");\n        c.init(Cipher.${mode}, k, new IvParameterSpec(IV));\n        return c.doFinal(d);\n    }`;
    const enc = await findingOf(CRYPTO, body('ENCRYPT_MODE'), ALGORITHM);
    const out = applyEdits(enc.text, enc.finding.fix!.edits);
    assert.ok(out.includes('byte[] iv = new byte[16];\n        new SecureRandom().nextBytes(iv);\n'), out);
    const dec = await findingOf(CRYPTO, body('DECRYPT_MODE'), ALGORITHM);
    assert.strictEqual(dec.finding.fix, undefined);
  });

  it('offers nothing for NullCipher or a PBE key factory', async () => {
    const nul = await findingOf(CRYPTO, '    Cipher none() {\n        return new NullCipher();\n    }', ALGORITHM);
    assert.strictEqual(nul.finding.fix, undefined);
    const pbe = await findingOf(
      CRYPTO,
      '    SecretKeyFactory f() throws Exception {\n        return SecretKeyFactory.getInstance("PBEWithMD5AndDES");\n    }',
      ALGORITHM,
    );
    assert.strictEqual(pbe.finding.fix, undefined);
  });
});

describe('java-strong-key-protocol', () => {
  it('drops only the broken protocols from a list, and refuses a list built elsewhere', async () => {
    const { text, finding } = await findingOf(
      'import javax.net.ssl.*;',
      '    void p(SSLSocket s) {\n        s.setEnabledProtocols(new String[] {"SSLv3", "TLSv1.3"});\n    }',
      'java/weak-crypto/weak-key-protocol',
    );
    assert.ok(applyEdits(text, finding.fix!.edits).includes('new String[] {"TLSv1.3"}'));
    const named = await findingOf(
      'import javax.net.ssl.*;',
      '    private static final String[] OLD = {"TLSv1"};\n    void p(SSLSocket s) {\n        s.setEnabledProtocols(OLD);\n    }',
      'java/weak-crypto/weak-key-protocol',
    );
    assert.strictEqual(named.finding.fix, undefined);
  });
});
