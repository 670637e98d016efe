// Python weak crypto (py-strong-crypto): review rewrites, and what it leaves alone.

import * as assert from 'assert';
import type { Finding } from '../../server/src/engine';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { reportedFinding } from '../helpers';

async function findingOf(body: string, ruleId: string): Promise<{ text: string; finding: Finding }> {
  const text = `from Crypto.Cipher import AES\nfrom cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\n\nKEY = b'k' * 16\nSTATIC_IV = b'i' * 16\n\n${body}\n`;
  return { text, finding: await reportedFinding(text, 'python', ruleId) };
}

const CIPHER = 'py/weak-crypto/broken-cipher';

describe('py-strong-crypto', () => {
  it('drops a constant CBC IV so pycryptodome draws a random one, for review', async () => {
    const { text, finding } = await findingOf(
      'def seal(data):\n    cipher = AES.new(KEY, AES.MODE_CBC, STATIC_IV)\n    return cipher.iv + cipher.encrypt(data)',
      CIPHER,
    );
    assert.strictEqual(finding.fix?.safety, 'review');
    assert.ok(applyEdits(text, finding.fix.edits).includes('    cipher = AES.new(KEY, AES.MODE_CBC)\n'));
  });

  it('adds the os import for a fresh cryptography IV', async () => {
    const { text, finding } = await findingOf(
      "def seal(data):\n    enc = Cipher(algorithms.AES(KEY), modes.CBC(b'\\x00' * 16)).encryptor()\n    return enc.update(data)",
      CIPHER,
    );
    const out = applyEdits(text, finding.fix!.edits);
    assert.ok(out.includes('import os\n'), out);
    assert.ok(out.includes('modes.CBC(os.urandom(16))'), out);
  });

  it('leaves decrypting code alone: it must use the mode and IV the data was sealed with', async () => {
    const { finding } = await findingOf(
      'def unseal(blob):\n    cipher = AES.new(KEY, AES.MODE_ECB)\n    return cipher.decrypt(blob)',
      CIPHER,
    );
    assert.strictEqual(finding.fix, undefined);
  });
});
