// The server's life cycle over real stdio: broken framing ends it so the client can restart it
// (red-team #14: it stayed up and deaf), requests after `shutdown` get InvalidRequest and `exit`
// ends it (#19), and a reopened document that is not scanned is announced again.

import * as assert from 'assert';
import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import { REPO } from '../helpers';
import { LspClient } from './client';

function frame(body: string, length = Buffer.byteLength(body)): string {
  return `Content-Length: ${length}\r\n\r\n${body}`;
}

const INITIALIZE = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { processId: null, rootUri: null, capabilities: {} },
});
const HOVER = (id: number): string =>
  JSON.stringify({
    jsonrpc: '2.0',
    id,
    method: 'textDocument/hover',
    params: { textDocument: { uri: 'file:///x.py' }, position: { line: 0, character: 0 } },
  });

/** The raw server: bytes in, parsed responses out, and how it ended. */
class RawServer {
  readonly process: ChildProcess;
  readonly responses: Array<{ id?: number; result?: unknown; error?: { code: number } }> = [];
  stderr = '';
  readonly exited: Promise<number | null>;
  private pending = '';

  constructor() {
    this.process = spawn(process.execPath, [path.join(REPO, 'dist', 'server.js'), '--stdio'], { stdio: 'pipe' });
    this.process.stderr!.on('data', (b: Buffer) => (this.stderr += b.toString()));
    this.process.stdout!.on('data', (b: Buffer) => {
      this.pending += b.toString();
      for (;;) {
        const m = /^Content-Length: (\d+)\r\n\r\n/.exec(this.pending);
        if (!m || this.pending.length < m[0].length + Number(m[1])) return;
        this.responses.push(JSON.parse(this.pending.slice(m[0].length, m[0].length + Number(m[1]))));
        this.pending = this.pending.slice(m[0].length + Number(m[1]));
      }
    });
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
  }

  send(bytes: string): void {
    this.process.stdin!.write(bytes);
  }

  async response(id: number): Promise<(typeof this.responses)[number]> {
    for (;;) {
      const found = this.responses.find((r) => r.id === id);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

describe('language server life cycle over stdio', function () {
  this.timeout(60000);

  for (const [name, broken] of [
    ['a non-numeric Content-Length', `Content-Length: abc\r\n\r\n${HOVER(2)}`],
    ['a Content-Length shorter than the body', frame(HOVER(2), 12)],
    ['a missing Content-Length', `Content-Type: application/json\r\n\r\n${HOVER(2)}`],
  ])
    it(`${name}: the server exits (code 1) instead of going deaf`, async () => {
      const server = new RawServer();
      server.send(frame(INITIALIZE));
      await server.response(1);
      server.send(broken);
      server.send(frame(HOVER(3)));
      assert.strictEqual(await server.exited, 1);
      assert.match(server.stderr, /broken LSP framing/);
    });

  it('a well-framed body that is not JSON is only an error: the server keeps answering', async () => {
    const server = new RawServer();
    try {
      server.send(frame(INITIALIZE));
      await server.response(1);
      server.send(frame('{"jsonrpc": "2.0", "id": 2, oops'));
      server.send(frame(HOVER(3)));
      assert.deepStrictEqual(await server.response(3), { jsonrpc: '2.0', id: 3, result: null });
    } finally {
      server.process.kill();
    }
  });

  it('the client going away (stdin closed) ends the server', async () => {
    const server = new RawServer();
    server.send(frame(INITIALIZE));
    await server.response(1);
    server.process.stdin!.end();
    assert.strictEqual(await server.exited, 1);
  });

  it('after shutdown, requests get InvalidRequest and exit ends the server with code 0', async () => {
    const client = new LspClient();
    const exited = new Promise<number | null>((resolve) => client.process.on('exit', resolve));
    await client.initialize();
    assert.strictEqual(await client.connection.sendRequest('shutdown'), null);
    await assert.rejects(
      client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: 'file:///x.py' },
        position: { line: 0, character: 0 },
      }),
      (e: { code?: number; message?: string }) => e.code === -32600 && /after shutdown/.test(e.message ?? ''),
    );
    await assert.rejects(client.connection.sendRequest('shutdown'), (e: { code?: number }) => e.code === -32600);
    await client.connection.sendNotification('exit');
    assert.strictEqual(await exited, 0);
    client.connection.dispose();
  });

  it('an oversized document is announced once per opening: closed and reopened, it is announced again', async () => {
    const client = new LspClient();
    const told: string[] = [];
    client.connection.onRequest('window/showMessageRequest', (m: { message: string }) => {
      told.push(m.message);
      return null;
    });
    client.connection.onNotification('window/showMessage', (m: { message: string }) => void told.push(m.message));
    try {
      client.settings = { maxFileSizeKB: 1 };
      await client.initialize();
      const uri = 'file:///work/big.py';
      const text = 'x = 1\n'.repeat(400);
      for (let opening = 1; opening <= 2; opening++) {
        await client.open(uri, 'python', text, opening);
        await client.diagnostics(uri, (p) => p.version === opening);
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }
      assert.strictEqual(told.filter((m) => m.startsWith('Warden: big.py not scanned')).length, 2, told.join('\n'));
    } finally {
      await client.close();
    }
  });
});
