// Sensitivity tiers: High for authentication, payments, crypto and personal data; Medium for
// request handling, databases and files; Low otherwise — with the reasons the tooltip shows.

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
    assert.strictEqual(profileFile('# exports personal data of a customer\ndef export(user): pass').tier, 'high');
    assert.strictEqual(profileFile('def add(a, b):\n    return a + b').tier, 'low');
  });

  it('explains the tier with words and lines, highest tier first', () => {
    const p = profileFile(seed('AuthService.java'));
    assert.match(
      p.reasons[0],
      /^High — Authentication \/ passwords: `authentication` \(line 1\), `authenticateUser` \(line 2\)/,
    );
    assert.ok(p.reasons.some((r) => r.startsWith('Medium — SQL / database')));
  });

  it('counts Warden findings as reasons, mapped through their class', () => {
    const p = profileFile('x = 1', [{ ruleId: 'java/sqli/string-built-query', line: 0 }]);
    assert.strictEqual(p.tier, 'medium');
    assert.match(p.reasons[0], /Warden finding java\/sqli\/string-built-query \(line 1\)/);
    assert.strictEqual(profileFile('x = 1', [{ ruleId: 'py/weak-crypto/md5', line: 0 }]).tier, 'high');
    assert.strictEqual(classOfRuleId('go/cmdi/exec-command'), 'cmdi');
  });
});
