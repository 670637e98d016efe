// The status bar item's text and tooltip (client/src/status/status-text.ts): counts and tier on one
// line, the tooltip a few lines with the tier's two strongest reasons and what a click does.

import * as assert from 'assert';
import { statusText, statusTooltip } from '../../client/src/status/status-text';

describe('status bar text', () => {
  it('shows warnings, errors and the tier', () => {
    assert.strictEqual(
      statusText({ warnings: 3, errors: 1 }, 'High'),
      '$(shield) Warden: 3 $(warning) 1 $(error) · High',
    );
    assert.strictEqual(statusText({ warnings: 0, errors: 2 }, 'Medium'), '$(shield) Warden: 2 $(error) · Medium');
    assert.strictEqual(statusText({ warnings: 0, errors: 0 }, 'Low'), '$(shield) Warden: $(check) · Low');
  });

  it('the tooltip keeps the two strongest reasons and says a click opens the menu', () => {
    const reasons = ['Authentication: keyword and a call', 'Payments: keyword and a finding', 'Crypto: keyword'];
    const tooltip = statusTooltip({ warnings: 1, errors: 0 }, 'High', reasons, 'nothing sensitive');
    const lines = tooltip.split('\n');
    assert.ok(lines.length <= 6, tooltip);
    assert.deepStrictEqual(
      lines.filter((l) => l.startsWith('- ')),
      [`- ${reasons[0]}`, `- ${reasons[1]}`],
    );
    assert.match(tooltip, /0 errors, 1 warning \(1 more reason\)\. Click for Warden's actions\./);
    assert.match(statusTooltip({ warnings: 0, errors: 0 }, 'Low', [], 'nothing sensitive'), /nothing sensitive/);
  });
});
