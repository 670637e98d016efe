// Sensitivity tiers: High for authentication, payments, crypto and personal data when two signals
// agree (a keyword and a call or a finding); Medium for one such signal and for request handling,
// databases and files; Low otherwise — with the reasons the tooltip shows.

import * as assert from 'assert';
import { classOfRuleId, profileFile } from '../../../core/coach/profile';
import { seed } from './support';

describe('coach sensitivity profile', () => {
  it('rates the seed snippets', () => {
    assert.strictEqual(profileFile(seed('AuthService.java')).tier, 'high');
    assert.strictEqual(profileFile(seed('upload.py')).tier, 'medium');
    assert.strictEqual(profileFile(seed('handler.go')).tier, 'medium');
    assert.strictEqual(profileFile(seed('preferences.js')).tier, 'medium');
  });

  it('rates payment, crypto and personal-data code High and plain code Low', () => {
    assert.strictEqual(profileFile('const charge = await stripe.charges.create({ amount })').tier, 'high');
    assert.strictEqual(profileFile('key = os.urandom(32)\ncipher = AES.new(key, AES.MODE_GCM)').tier, 'high');
    assert.strictEqual(
      profileFile('def export(user):\n    return user.email_address, user.date_of_birth').tier,
      'low',
      'identifiers alone are not prose',
    );
    assert.strictEqual(profileFile('# exports personal data of a customer\ndef export(user): pass').tier, 'medium');
    assert.strictEqual(
      profileFile('# exports personal data of a customer\ndef export(user):\n    writer.writerow(user)').tier,
      'high',
    );
    assert.strictEqual(profileFile('def add(a, b):\n    return a + b').tier, 'low');
  });

  it('needs two signals for High: a design-token file or a display-name helper is not High', () => {
    const tokens = "// design tokens\nexport const tokens = { colorPrimary: '#0af', spacing: 4 };\n";
    assert.notStrictEqual(profileFile(tokens).tier, 'high');
    const displayName =
      '// user profile helpers\nexport function displayName(user) {\n  return `${user.first} ${user.last}`;\n}\n';
    assert.notStrictEqual(profileFile(displayName).tier, 'high');
    const signing = "// sign the api token\nconst sig = crypto.createHmac('sha256', key).update(body).digest('hex');\n";
    const p = profileFile(signing);
    assert.strictEqual(p.tier, 'high');
    assert.match(
      p.reasons[0],
      /^High — Tokens \/ cryptography: keyword `token` \(line 1\).*call `createHmac\(` \(line 2\)/,
    );
  });

  it('explains the tier with words and lines, highest tier first', () => {
    const p = profileFile(seed('AuthService.java'));
    assert.match(
      p.reasons[0],
      /^High — Authentication \/ passwords: keyword `authentication` \(line 1\), .*call `authenticateUser\(` \(line 2\)/,
    );
    assert.ok(p.reasons.some((r) => r.startsWith('Medium — SQL / database')));
  });

  it('counts Warden findings as reasons, mapped through their class', () => {
    const p = profileFile('x = 1', [{ ruleId: 'java/sqli/string-built-query', line: 0 }]);
    assert.strictEqual(p.tier, 'medium');
    assert.match(p.reasons[0], /Warden finding java\/sqli\/string-built-query \(line 1\)/);
    const md5 = [{ ruleId: 'py/weak-crypto/md5', line: 1 }];
    assert.strictEqual(profileFile('x = 1', md5).tier, 'medium', 'a finding alone is one signal');
    assert.strictEqual(profileFile('# verify the password\nok = same(a, b)', md5).tier, 'high');
    assert.strictEqual(classOfRuleId('go/cmdi/exec-command'), 'cmdi');
  });
});
