// `warden review` on a scripted git history in a temp repository (the built CLI, as a reviewer
// runs it): security items first in a fixed order, AI labels from markers and from commits with an
// Assisted-by: trailer, suppressions and approvals as items of their own, an approval by the
// code's own author in the same change not satisfying a boundary, and unexplained AI regions.

import * as assert from 'assert';
import * as fs from 'fs';
import { git, runCli, tempDir, writeFiles } from './cli-support';

const POLICY = `tiers:
  high:
    paths: ["billing/**"]
boundaries:
  - paths: ["billing/**"]
    ai: needs-approval
`;

const PAY_BASE = `def fee(amount):
    return amount // 100
`;

const ASSISTED = `${PAY_BASE}
def refund(amount):
    return -amount
`;

interface Item {
  kind: string;
  file: string;
  line: number;
  endLine: number;
  why: string;
}

function review(dir: string, ...args: string[]): Item[] {
  const run = runCli(['review', ...args, '--format', 'json'], dir);
  assert.strictEqual(run.code, 0, run.stderr);
  return (JSON.parse(run.stdout) as { items: Item[] }).items;
}

describe('warden review', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('warden-review-');
    git(dir, 'init', '-q');
    git(dir, 'config', 'user.email', 'reviewer@example.invalid');
    writeFiles(dir, {
      '.warden/policy.yaml': POLICY,
      'app/handler.py': 'import os\n\ndef run(request):\n    return 1\n',
      'billing/pay.py': PAY_BASE,
      'docs/notes.py': 'X = 1\n',
    });
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'base');
    git(dir, 'tag', 'base');
    // An AI-assisted commit by another author.
    writeFiles(dir, { 'billing/pay.py': ASSISTED });
    git(dir, '-c', 'user.email=ada@example.invalid', 'commit', '-q', '-am', 'Refunds\n\nAssisted-by: Copilot');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('orders findings, boundaries, AI hunks in High-tier files, suppressions, approvals, unexplained AI, then the rest', () => {
    writeFiles(dir, {
      'app/handler.py':
        'import os\nfrom flask import request\n\ndef run():\n    os.system(request.args["c"])\n    return 1  # nosec\n',
      'billing/pay.py': `${ASSISTED}
# warden:approved-by reviewer 2026-12-07 totals only
# warden:ai-generated begin
def total(items):
    return sum(items)
# warden:ai-generated end
`,
      'docs/notes.py': 'X = 2\n',
    });
    const items = review(dir, '--since', 'base');
    assert.deepStrictEqual(
      items.map((i) => [i.kind, i.file, i.line]),
      [
        ['finding', 'app/handler.py', 5],
        // The assisted commit's refund has no approval; the marked region's approval is its own author's.
        ['boundary', 'billing/pay.py', 4],
        ['boundary', 'billing/pay.py', 8],
        ['ai-high-tier', 'billing/pay.py', 3],
        ['ai-high-tier', 'billing/pay.py', 8],
        ['suppression-added', 'app/handler.py', 6],
        ['approval-added', 'billing/pay.py', 7],
        ['unexplained-ai', 'billing/pay.py', 4],
        ['unexplained-ai', 'billing/pay.py', 8],
        ['change', 'app/handler.py', 2],
        ['change', 'app/handler.py', 4],
        ['change', 'docs/notes.py', 1],
      ],
    );
    assert.match(items[3].why, /Assisted-by: Copilot/);
    assert.match(items[4].why, /markers/);
    assert.match(items[6].why, /does not satisfy a boundary/);
  });

  it('an approval by another author than the code satisfies the boundary; warden:explained clears the comprehension item', () => {
    writeFiles(dir, {
      'billing/pay.py': `${PAY_BASE}
# warden:approved-by reviewer 2026-12-07 refund is a negation
# warden:explained negates the amount for the ledger
${ASSISTED.slice(PAY_BASE.length + 1)}`,
    });
    // The refund lines stay Ada's (blame), the approval is the reviewer's: it counts.
    git(dir, 'add', '.');
    const kinds = review(dir, '--since', 'base').map((i) => i.kind);
    assert.ok(!kinds.includes('boundary'), kinds.join());
    assert.ok(!kinds.includes('unexplained-ai'), kinds.join());
    assert.ok(kinds.includes('approval-added') && kinds.includes('ai-high-tier'), kinds.join());
  });

  it('--staged reviews the index only; markdown output is a pull-request comment', () => {
    writeFiles(dir, { 'docs/notes.py': 'X = 3\n' });
    git(dir, 'add', 'docs/notes.py');
    writeFiles(dir, { 'app/handler.py': 'import os\n\ndef run(request):\n    return 2\n' });
    assert.deepStrictEqual(
      review(dir, '--staged').map((i) => i.file),
      ['docs/notes.py'],
    );
    const md = runCli(['review', '--staged', '--format', 'markdown'], dir);
    assert.match(md.stdout, /^### Warden security review \(staged changes\)/);
    assert.match(md.stdout, /#### Other changed lines \(1\)\n\n1\. `docs\/notes\.py:1` /);
  });

  it('needs --since or --staged (exit 2)', () => {
    const run = runCli(['review'], dir);
    assert.strictEqual(run.code, 2);
    assert.match(run.stderr, /--since <git-ref>/);
  });
});
