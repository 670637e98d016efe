// A paced scan (the language server's whole-file scans): it hands the event loop back between
// steps, finds exactly what an unpaced scan finds, and stops when told a newer edit arrived.

import * as assert from 'assert';
import { ScanCancelled } from '../../server/src/engine';
import { generateFile, BENCH_LANGUAGES } from '../../bench/generate';
import { scanner, workClock } from '../helpers';

describe('paced whole-file scans', function () {
  this.timeout(60000);

  for (const language of BENCH_LANGUAGES) {
    it(`${language}: 3,000 generated lines give the same findings paced (in windows) as in one pass`, async () => {
      const text = generateFile(language, 3000, 11);
      // Budgets count work (no budget runs out on these files), so load cannot cut one scan short.
      const whole = await scanner().scanText(text, language, { clock: workClock(0.01) });
      const paced = await scanner().scanText(text, language, { yieldEveryMs: 0, clock: workClock(0.01) });
      assert.ok(whole.findings.length > 0, 'the generated file has findings');
      assert.deepStrictEqual(paced.findings, whole.findings);
      assert.deepStrictEqual(paced.problems, whole.problems);
    });
  }

  it('lets other work run before it finishes', async () => {
    const text = generateFile('python', 3000, 12);
    let ranDuringScan = false;
    let scanDone = false;
    setImmediate(() => {
      ranDuringScan = !scanDone;
    });
    await scanner().scanText(text, 'python', { yieldEveryMs: 0 });
    scanDone = true;
    assert.ok(ranDuringScan, 'a callback queued before the scan ran before it ended');
    // Unpaced, the same scan runs to its end first.
    let ranDuringUnpaced = false;
    let unpacedDone = false;
    setImmediate(() => {
      ranDuringUnpaced = !unpacedDone;
    });
    const pending = scanner().scanText(text, 'python');
    await pending;
    unpacedDone = true;
    await new Promise((resolve) => setImmediate(resolve));
    assert.ok(!ranDuringUnpaced);
  });

  it('stops with ScanCancelled at its next pause once cancelled says so', async () => {
    const text = generateFile('javascript', 3000, 13);
    let asked = 0;
    await assert.rejects(
      scanner().scanText(text, 'javascript', { yieldEveryMs: 0, cancelled: () => ++asked >= 3 }),
      (e: unknown) => e instanceof ScanCancelled,
    );
    assert.strictEqual(asked, 3, 'it stopped at the pause where it was first told to');
  });
});
