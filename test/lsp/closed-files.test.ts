// A closed workspace file keeps its findings (scanned again from disk) until they are fixed; a file
// outside the workspace folders is cleared when it closes (server.test.ts).

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { HAVE_SEEDS, seed } from '../helpers';
import { LspClient } from './client';

describe('findings of closed files', function () {
  this.timeout(60000);

  it('stay after the editor closes, from the file as saved, and go once it is fixed on disk', async function () {
    if (!HAVE_SEEDS) this.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-closed-'));
    fs.mkdirSync(path.join(dir, 'app'));
    fs.writeFileSync(path.join(dir, 'app/handler.go'), seed('handler.go'));
    const uri = `file://${dir}/app/handler.go`;
    const client = new LspClient();
    try {
      await client.initialize({ trusted: true, folder: dir });
      await client.open(uri, 'go', seed('handler.go'));
      await client.diagnostics(uri, (p) => p.version !== undefined && p.diagnostics.length === 3);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await client.diagnostics(uri, (p) => p.version === undefined && p.diagnostics.length === 3);
      fs.writeFileSync(path.join(dir, 'app/handler.go'), 'package main\n');
      await client.open(uri, 'go', 'package main\n');
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await client.diagnostics(uri, (p) => p.version === undefined && p.diagnostics.length === 0);
    } finally {
      await client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
