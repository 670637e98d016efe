// Fuzzing the language server's framing over stdio (issue 16): mutated headers, Content-Length
// values and bodies are written raw to a real server process, each followed by a well-formed
// probe request. The server must answer the probe or exit; alive but silent (deaf) is a failure.

import { ChildProcess, spawn } from 'child_process';
import { Rng } from './fuzz-lib';

export interface FrameCase {
  label: string;
  bytes: Buffer;
}

function frame(body: string, length = Buffer.byteLength(body), headers = ''): Buffer {
  return Buffer.from(`Content-Length: ${length}\r\n${headers}\r\n${body}`, 'utf8');
}

const DOCUMENT = {
  jsonrpc: '2.0',
  method: 'textDocument/didOpen',
  params: {
    textDocument: { uri: 'file:///fuzz/a.py', languageId: 'python', version: 1, text: 'import os\nos.system(x)\n' },
  },
};
const HOVER = {
  jsonrpc: '2.0',
  id: 'fuzz-hover',
  method: 'textDocument/hover',
  params: { textDocument: { uri: 'file:///fuzz/a.py' }, position: { line: 1, character: 3 } },
};

type Mutation = (rng: Rng, body: string) => { label: string; bytes: Buffer };

const MUTATIONS: Mutation[] = [
  (rng, body) => {
    const delta = 1 + rng.int(40);
    return { label: `length-${delta}`, bytes: frame(body, Math.max(0, Buffer.byteLength(body) - delta)) };
  },
  (rng, body) => {
    const value = rng.pick(['abc', '-5', '1e3', '', ' 12', '0x10', 'NaN', '99999999999999999999', '1.5']);
    return { label: `length "${value}"`, bytes: Buffer.from(`Content-Length: ${value}\r\n\r\n${body}`) };
  },
  (rng, body) => {
    const header = rng.pick([
      'content-length',
      'Content-Length ',
      'Content-Type: application/vscode-jsonrpc; charset=latin1\r\nContent-Length',
    ]);
    return {
      label: `header "${header.slice(0, 20)}"`,
      bytes: Buffer.from(`${header}: ${Buffer.byteLength(body)}\r\n\r\n${body}`),
    };
  },
  (rng, body) => ({
    label: 'no blank line',
    bytes: Buffer.from(`Content-Length: ${Buffer.byteLength(body)}\r\n${body}`),
  }),
  (rng) => {
    const body = rng.pick([
      '{',
      'null',
      '[]',
      '42',
      '"x"',
      '{"jsonrpc":"2.0"}',
      '{"jsonrpc":"2.0","id":{},"method":1}',
      '\u0000\u0001',
    ]);
    return { label: `body ${JSON.stringify(body)}`, bytes: frame(body) };
  },
  (rng) => {
    const method = rng.pick([
      'textDocument/didChange',
      'textDocument/hover',
      'warden/nothing',
      '$/cancelRequest',
      'initialize',
    ]);
    const params = rng.pick([
      'null',
      '"x"',
      '[1,2]',
      '{"textDocument":{"uri":5}}',
      '{"textDocument":{"uri":"file:///fuzz/a.py","version":"x"},"contentChanges":[{"range":{"start":{"line":-1,"character":1e9}},"text":7}]}',
    ]);
    const id = rng.chance(0.5) ? `,"id":${rng.pick(['1', '"s"', 'null', '1.5', '[]'])}` : '';
    return {
      label: `${method} params ${params.slice(0, 30)}`,
      bytes: frame(`{"jsonrpc":"2.0"${id},"method":"${method}","params":${params}}`),
    };
  },
  (rng) => ({
    label: 'garbage line',
    bytes: Buffer.from(rng.pick(['\r\n', 'hello\r\n\r\n', 'Content-Length: 5\r\n\r\n', '\r\n\r\n\r\n'])),
  }),
  (rng, body) => {
    const cut = rng.int(body.length);
    return {
      label: `split frame@${cut}`,
      bytes: Buffer.concat([frame(body).subarray(0, cut + 20), frame(body).subarray(cut + 20)]),
    };
  },
  (rng) => {
    const size = 1 + rng.int(1_000_000);
    return { label: `padded body ${size}`, bytes: frame(`${' '.repeat(size)}${JSON.stringify(DOCUMENT)}`) };
  },
];

/**
 * One mutated frame. Corrupt framing (issue 16 #14: a Content-Length too small, non-numeric or
 * missing) must make the server exit so its client restarts it; anything else must be answered.
 */
export function frameCase(rng: Rng): FrameCase {
  const body = JSON.stringify(rng.chance(0.5) ? DOCUMENT : HOVER);
  const i = rng.int(MUTATIONS.length);
  const m = MUTATIONS[i](rng, body);
  return { label: `lsp ${m.label}`, bytes: m.bytes };
}

/** A server process spoken to in raw bytes; responses are read frame by frame. */
export class RawLspServer {
  readonly process: ChildProcess;
  private buffer = Buffer.alloc(0);
  private readonly answered = new Set<string>();
  private exitCode: number | null | undefined;
  private probes = 0;

  constructor(serverJs: string) {
    this.process = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    this.process.stdout!.on('data', (chunk: Buffer) => this.read(chunk));
    this.process.stdin!.on('error', () => undefined); // a closed pipe is an exit, seen below
    this.process.on('exit', (code, signal) => (this.exitCode = signal ? -1 : code));
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, end).toString())?.[1]);
      if (!Number.isFinite(length) || this.buffer.length < end + 4 + length) return;
      const body = this.buffer.subarray(end + 4, end + 4 + length).toString();
      this.buffer = this.buffer.subarray(end + 4 + length);
      try {
        const message = JSON.parse(body) as { id?: unknown; method?: string };
        if (message.id !== undefined && message.method === undefined) this.answered.add(String(message.id));
        else if (message.id !== undefined && message.method) this.reply(message.id); // workspace/configuration and the like
      } catch {
        // The server's own output is not ours to judge here.
      }
    }
  }

  private reply(id: unknown): void {
    this.write(frame(JSON.stringify({ jsonrpc: '2.0', id, result: null })));
  }

  write(bytes: Buffer): void {
    if (this.exitCode === undefined) this.process.stdin!.write(bytes);
  }

  async initialize(): Promise<'answered' | 'exited' | 'silent'> {
    const id = 'fuzz-init';
    this.write(
      frame(
        JSON.stringify({
          jsonrpc: '2.0',
          id,
          method: 'initialize',
          params: { processId: null, rootUri: null, capabilities: {} },
        }),
      ),
    );
    const state = await this.wait(id, 20000);
    this.write(frame(JSON.stringify({ jsonrpc: '2.0', method: 'initialized', params: {} })));
    return state;
  }

  /** Sends a well-formed request and reports whether it was answered, the server exited, or neither. */
  async probe(timeoutMs: number): Promise<'answered' | 'exited' | 'silent'> {
    const id = `fuzz-probe-${++this.probes}`;
    this.write(frame(JSON.stringify({ ...HOVER, id })));
    return this.wait(id, timeoutMs);
  }

  private async wait(id: string, timeoutMs: number): Promise<'answered' | 'exited' | 'silent'> {
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
      if (this.answered.has(id)) return 'answered';
      if (this.exitCode !== undefined) return 'exited';
      await new Promise((r) => setTimeout(r, 20));
    }
    return 'silent';
  }

  get exited(): number | null | undefined {
    return this.exitCode;
  }

  dispose(): void {
    if (this.exitCode === undefined) this.process.kill();
  }
}

/**
 * Runs `cases` against servers started from `serverJs` (a new one after any exit or failure):
 * each case's bytes, then a probe. Returns the failures (deaf server, or an exit by signal).
 */
export async function runFrameCases(serverJs: string, cases: FrameCase[], probeMs = 5000): Promise<string[]> {
  const failures: string[] = [];
  let server: RawLspServer | undefined;
  for (const c of cases) {
    if (!server) {
      server = new RawLspServer(serverJs);
      if ((await server.initialize()) !== 'answered') {
        failures.push('a fresh server did not answer initialize');
        server.dispose();
        return failures;
      }
    }
    server.write(c.bytes);
    // The probe right after a bad frame may be swallowed as its body; the next one must be answered.
    let state = await server.probe(probeMs);
    if (state === 'silent') state = await server.probe(probeMs);
    if (state === 'answered') continue;
    if (state === 'silent')
      failures.push(`${c.label}: alive but no answer to a well-formed request within ${probeMs} ms`);
    else if (server.exited === -1) failures.push(`${c.label}: the server was killed by a signal`);
    server.dispose();
    server = undefined;
  }
  server?.dispose();
  return failures;
}
