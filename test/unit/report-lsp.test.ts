// The `warden/report` request of the language server ("Warden: Security report"), over real LSP.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { LspClient } from '../lsp/client';
import { project } from './report.test';

describe('warden/report over LSP', function () {
  this.timeout(60000);
  it('returns the Markdown and HTML report of the workspace folder', async () => {
    const dir = project();
    const client = new LspClient();
    try {
      await client.initialize({ folder: dir });
      const md = (await client.connection.sendRequest('warden/report', { format: 'md' })) as {
        text: string;
        findings: number;
        files: number;
      };
      assert.strictEqual(md.findings, 3);
      assert.strictEqual(md.files, 3);
      assert.match(md.text, new RegExp(`^# Warden security report — ${path.basename(dir)}`));
      assert.match(md.text, /`package\.json:3` \| `sca\/npm\/vulnerable`/);
      const html = (await client.connection.sendRequest('warden/report', { format: 'html' })) as { text: string };
      assert.match(html.text, /^<!DOCTYPE html>[\s\S]*<svg/);
    } finally {
      await client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
