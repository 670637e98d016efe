import * as assert from 'assert';
import { contentLength, FramingGuard, MAX_HEADER_BYTES, MAX_MESSAGE_BYTES } from '../../server/src/lsp/framing';

function frame(body: string, header = `Content-Length: ${Buffer.byteLength(body)}`): Buffer {
  return Buffer.from(`${header}\r\n\r\n${body}`);
}

/** Feeds `chunks` through a guard; resolves with what passed and the error, if any. */
function guard(chunks: Buffer[]): Promise<{ out: Buffer; error?: Error }> {
  return new Promise((resolve) => {
    const g = new FramingGuard();
    const out: Buffer[] = [];
    g.on('data', (b: Buffer) => out.push(b));
    g.on('error', (error) => resolve({ out: Buffer.concat(out), error }));
    g.on('end', () => resolve({ out: Buffer.concat(out) }));
    for (const c of chunks) g.write(c);
    g.end();
  });
}

describe('LSP framing guard (red-team #14)', () => {
  it('passes well-framed messages through byte for byte, however they are split', async () => {
    const stream = Buffer.concat([
      frame('{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"x":"é"}}'),
      frame(
        '{"jsonrpc":"2.0","method":"initialized"}',
        'Content-Length: 40\r\nContent-Type: application/vscode-jsonrpc',
      ),
      frame('{}'),
    ]);
    for (const size of [1, 3, 17, stream.length]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < stream.length; i += size) chunks.push(stream.subarray(i, i + size));
      const { out, error } = await guard(chunks);
      assert.strictEqual(error, undefined, `chunks of ${size}`);
      assert.ok(out.equals(stream), `chunks of ${size}`);
    }
  });

  it('stops at a non-numeric, missing or oversized Content-Length, and at a line that is no header', async () => {
    const cases: Array<[string, Buffer, RegExp]> = [
      ['non-numeric', frame('{}', 'Content-Length: abc'), /not a number/],
      ['negative', frame('{}', 'Content-Length: -5'), /not a number/],
      ['missing', frame('{}', 'Content-Type: application/json'), /without Content-Length/],
      ['oversized', frame('{}', `Content-Length: ${MAX_MESSAGE_BYTES + 1}`), /is over/],
      ['garbage line', frame('{}', '{"jsonrpc":"2.0"}Content-Length: 2'), /not an LSP header line/],
      ['endless header', Buffer.from('x'.repeat(MAX_HEADER_BYTES + 1)), /no end/],
    ];
    for (const [name, bytes, message] of cases) {
      const { error } = await guard([frame('{"ok":1}'), bytes]);
      assert.match(error?.message ?? 'no error', message, name);
    }
  });

  it('a Content-Length that is too short leaves the rest of the body where a header should be: stopped there', async () => {
    const body = '{"jsonrpc":"2.0","id":2,"method":"textDocument/hover"}';
    const { error, out } = await guard([
      frame(body, 'Content-Length: 10'),
      frame('{"jsonrpc":"2.0","id":3,"method":"shutdown"}'),
    ]);
    assert.match(error?.message ?? 'no error', /not an LSP header line/);
    assert.strictEqual(out.toString(), `Content-Length: 10\r\n\r\n${body.slice(0, 10)}`);
  });

  it('reads the length like the LSP reader (case-insensitive name, spaces around the value)', () => {
    assert.strictEqual(contentLength('content-length:   42  '), 42);
    assert.strictEqual(contentLength('Content-Type: x\r\nContent-Length: 0'), 0);
  });
});
