// The team policy in the editor: a boundary violation is a diagnostic in a trusted workspace,
// with a code action inserting the approval template; untrusted, the policy file is not read.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspClient } from './client';

const POLICY = 'boundaries:\n  - paths: ["billing/**"]\n    ai: needs-approval\n    reason: money moves here\n';
const CART = [
  'def pay(cart):',
  '    # warden:ai-generated begin',
  '    total = sum(i.price for i in cart)',
  '    # warden:ai-generated end',
  '    return total',
  '',
].join('\n');

type Action = {
  title: string;
  isPreferred?: boolean;
  edit?: { changes: Record<string, Array<{ range: unknown; newText: string }>> };
};

describe('team policy in the language server', function () {
  this.timeout(60000);
  let dir: string;
  let client: LspClient;
  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'warden-policy-lsp-')));
    fs.mkdirSync(path.join(dir, '.warden'));
    fs.mkdirSync(path.join(dir, 'billing'));
    fs.writeFileSync(path.join(dir, '.warden', 'policy.yaml'), POLICY);
    client = new LspClient();
  });
  afterEach(async () => {
    await client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows an unapproved AI region in a needs-approval path, and offers the approval template', async () => {
    await client.initialize({ trusted: true, folder: dir });
    const uri = pathToFileURL(path.join(dir, 'billing', 'cart.py')).href;
    await client.open(uri, 'python', CART);
    const { diagnostics } = await client.diagnostics(uri, (p) =>
      p.diagnostics.some((d) => d.code === 'warden/policy/ai-needs-approval'),
    );
    const violation = diagnostics.find((d) => d.code === 'warden/policy/ai-needs-approval')!;
    assert.strictEqual(violation.range.start.line, 1);
    assert.strictEqual(violation.severity, 1);
    assert.match(violation.message, /money moves here/);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: violation.range,
      context: { diagnostics: [violation], only: ['quickfix'] },
    })) as Action[];
    const insert = actions.find((a) => /approval marker template/.test(a.title));
    assert.ok(insert, JSON.stringify(actions.map((a) => a.title)));
    assert.ok(!insert.isPreferred, 'an approval is a reviewer decision, never the preferred fix');
    assert.match(
      insert.edit!.changes[uri][0].newText,
      /^ {4}# warden:approved-by <name> \d{4}-\d{2}-\d{2} <reason>\n$/,
    );
    // Approved: the diagnostic goes away on the next scan.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        {
          text: CART.replace(
            '    # warden:ai',
            '    # warden:approved-by dana 2026-12-07 sums prices\n    # warden:ai',
          ),
        },
      ],
    });
    await client.diagnostics(
      uri,
      (p) => p.version === 2 && !p.diagnostics.some((d) => d.code?.startsWith('warden/policy')),
    );
  });

  it('does not read the policy in an untrusted workspace', async () => {
    await client.initialize({ trusted: false, folder: dir });
    const uri = pathToFileURL(path.join(dir, 'billing', 'cart.py')).href;
    await client.open(uri, 'python', CART);
    const published = await client.diagnostics(uri);
    assert.deepStrictEqual(
      published.diagnostics.filter((d) => d.code?.startsWith('warden/policy')),
      [],
    );
  });
});
