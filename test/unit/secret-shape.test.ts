// What a value under a secret-like name must look like to be reported (policy.md, "Secrets"):
// long enough, not a name or a dotted token, not a placeholder from the one list, and random
// enough. One module for every language (core/secrets/value-shape.ts).

import * as assert from 'assert';
import { isPlaceholder } from '../../core/secrets/placeholders';
import { entropyBits, literalContent, secretShape } from '../../core/secrets/value-shape';

describe('secret value shape', () => {
  it('reports values that look like secrets, in any quoting', () => {
    for (const literal of [
      "'f8a9s7df98a7sdf9a8s7df'",
      '"Pr0duction!2024"',
      "b'_5#y2L\"F4Q8z'",
      '`hunter2hunter2`',
      "'keyboard cat'",
      '[]byte("s3cr3t-signing-k3y")',
      "process.env.JWT_SECRET || 'a9f8e7d6c5b4a3f2'",
    ])
      assert.strictEqual(secretShape(literal).secret, true, literal);
  });

  it('does not report names, dotted tokens, placeholders, short or interpolated values', () => {
    const cases: Array<[string, string]> = [
      ["'comment.doc.tag'", 'identifier'],
      ["'user_password'", 'identifier'],
      ["'_password_reset_token'", 'identifier'],
      ["'CSRF token missing or incorrect.'", 'prose'],
      ["'x-api-key'", 'identifier'],
      ["'DB_PASSWORD'", 'identifier'],
      ["'settings.secretKey'", 'identifier'],
      ["'abc123'", 'too-short'],
      ["'changeme'", 'placeholder'],
      ["'changethis123'", 'placeholder'],
      ["'your-api-key-here'", 'placeholder'],
      ["'<token>'", 'placeholder'],
      ["'xxxxxxxxxxxx'", 'placeholder'],
      ["'********'", 'placeholder'],
      ["'password123'", 'placeholder'],
      ["'dummy-token-value'", 'placeholder'],
      ["'${API_KEY}'", 'interpolated'],
      ["'{{ secret }}'", 'interpolated'],
      ["''", 'empty'],
      ["'aaaaaaaaaaaa'", 'low-entropy'],
    ];
    for (const [literal, reason] of cases)
      assert.deepStrictEqual(secretShape(literal), { secret: false, reason }, literal);
  });

  it('a JWT under a token name is not a dotted identifier', () => {
    const jwt = [
      'eyJhbGciOiJIUzI1NiJ9',
      'eyJzdWIiOiIxMjM0NTY3ODkwIn0',
      'dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk',
    ].join('.');
    assert.strictEqual(secretShape(`'${jwt}'`).secret, true);
  });

  it('the helpers: literal content and entropy', () => {
    assert.strictEqual(literalContent('r"abc"'), 'abc');
    assert.strictEqual(literalContent('os.getenv("X", "fallback-value")'), 'fallback-value');
    assert.strictEqual(entropyBits('aaaa'), 0);
    assert.strictEqual(entropyBits('abcd'), 2);
    assert.strictEqual(isPlaceholder('TODO'), true);
    assert.strictEqual(isPlaceholder('k8s-prod-7f3a'), false);
  });
});
