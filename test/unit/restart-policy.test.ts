import * as assert from 'assert';
import { RestartPolicy } from '../../client/src/restart-policy';

describe('language server restart policy', () => {
  it('restarts a server that died once, however many write errors its death caused', () => {
    assert.deepStrictEqual(new RestartPolicy().closed(), { restart: true });
  });

  it('gives up on a crash loop: the fifth death within three minutes is not restarted', () => {
    let now = 0;
    const policy = new RestartPolicy(4, 180_000, () => now);
    const decisions = [0, 10_000, 20_000, 30_000, 40_000].map((t) => ((now = t), policy.closed()));
    assert.deepStrictEqual(
      decisions.map((d) => d.restart),
      [true, true, true, true, false],
    );
    assert.match(decisions[4].message ?? '', /5 times in 3 minutes/);
  });

  it('forgets deaths older than the window, so a server that crashes rarely is always restarted', () => {
    let now = 0;
    const policy = new RestartPolicy(4, 180_000, () => now);
    for (let i = 0; i < 20; i++) {
      now = i * 60_000;
      assert.strictEqual(policy.closed().restart, true, `death ${i + 1} at minute ${i}`);
    }
  });
});
