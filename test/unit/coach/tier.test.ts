// The sensitivity tier every front end shows: its label and reasons follow the file's topics and
// findings, and the missing-header note appears only on a High-tier file without a header when
// the team asks for headers.

import * as assert from 'assert';
import { applyEdit, headerEdit } from '../../../core/coach/header';
import { sensitivityTier } from '../../../core/coach/tier';
import { knowledge } from './support';

const LOGIN = [
  'def login(username, password):',
  '    user = db.find_user(username)',
  '    return bcrypt.checkpw(password.encode(), user.password_hash)',
  '',
].join('\n');

describe('coach sensitivity tier', () => {
  it('rates authentication code High, with a reason naming the line', () => {
    const status = sensitivityTier(LOGIN, [], { requireHeaderForHighTier: false });
    assert.deepStrictEqual([status.tier, status.label], ['high', 'High']);
    assert.ok(
      status.reasons.some((r) => r.startsWith('High — ') && /line 1\)/.test(r)),
      status.reasons.join('\n'),
    );
    assert.strictEqual(status.missingHeader, undefined, 'no note unless headers are required');
  });

  it('rates text with nothing sensitive Low with no reasons', () => {
    const status = sensitivityTier('def add(a, b):\n    return a + b\n', [], { requireHeaderForHighTier: true });
    assert.deepStrictEqual(status, { tier: 'low', label: 'Low', reasons: [] });
  });

  it('counts a Warden finding as evidence even when the text says nothing', () => {
    const status = sensitivityTier('x = f(y)\n', [{ ruleId: 'py/sqli/format-string', line: 0 }], {
      requireHeaderForHighTier: false,
    });
    assert.notStrictEqual(status.tier, 'low');
    assert.ok(status.reasons.some((r) => r.includes('Warden finding py/sqli/format-string (line 1)')));
  });

  it('asks for a header on a High-tier file until one is inserted', () => {
    const missing = sensitivityTier(LOGIN, [], { requireHeaderForHighTier: true }).missingHeader;
    assert.ok(missing && /^High-sensitivity file \(.+\) without a security header/.test(missing), missing);
    const edit = headerEdit({ languageId: 'python', text: LOGIN }, knowledge());
    assert.ok(edit.ok);
    const withHeader = applyEdit(LOGIN, edit.edit);
    assert.strictEqual(sensitivityTier(withHeader, [], { requireHeaderForHighTier: true }).missingHeader, undefined);
  });
});
