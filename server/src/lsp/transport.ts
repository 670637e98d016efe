// The server's connection: stdio (other editors, tests) through the framing guard, Node IPC (VS
// Code), both through the shutdown guard. After `shutdown` the LSP spec wants every request
// answered with InvalidRequest and only `exit` acted on; vscode-languageserver answered them as
// usual (red-team #19).

import { format } from 'util';
import {
  Connection,
  createConnection,
  DataCallback,
  Disposable,
  ErrorCodes,
  IPCMessageReader,
  IPCMessageWriter,
  Message,
  MessageReader,
  MessageWriter,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import { FramingGuard } from './framing';

export type ServerConnection = Connection;

/** A reader that, once `shutdown` was requested, answers requests itself and drops notifications but `exit`. */
export class ShutdownGuard implements MessageReader {
  private shutdownRequested = false;
  /** Requests refused after shutdown (for tests and logs). */
  refused = 0;

  constructor(
    private readonly inner: MessageReader,
    private readonly writer: MessageWriter,
  ) {}

  get onError() {
    return this.inner.onError;
  }
  get onClose() {
    return this.inner.onClose;
  }
  get onPartialMessage() {
    return this.inner.onPartialMessage;
  }
  get shuttingDown(): boolean {
    return this.shutdownRequested;
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((message) => {
      const { method, id } = message as Message & { method?: unknown; id?: unknown };
      if (typeof method !== 'string') return callback(message); // a response to our own request
      const isRequest = id !== undefined && id !== null;
      if (!this.shutdownRequested) {
        if (isRequest && method === 'shutdown') this.shutdownRequested = true;
        return callback(message);
      }
      if (isRequest) {
        this.refused++;
        void this.writer.write({
          jsonrpc: '2.0',
          id,
          error: {
            code: ErrorCodes.InvalidRequest,
            message: `'${method}' after shutdown: the server is shutting down`,
          },
        } as Message);
      } else if (method === 'exit') callback(message);
    });
  }

  dispose(): void {
    this.inner.dispose();
  }
}

/** Without the library's own stdio set-up, console output must not reach stdout (the LSP stream). */
function consoleToStderr(): void {
  const toStderr = (...args: unknown[]): void => void process.stderr.write(`${format(...args)}\n`);
  console.log = console.info = console.debug = console.warn = toStderr;
}

export function createServerConnection(argv = process.argv): ServerConnection {
  let reader: MessageReader;
  let writer: MessageWriter;
  if (argv.includes('--stdio')) {
    consoleToStderr();
    const guard = new FramingGuard();
    guard.on('error', (e) => {
      // The stream cannot be re-synchronised: exit (not 0) so the client starts a fresh server.
      process.stderr.write(`Warden: broken LSP framing from the client (${e.message}); exiting\n`);
      process.exit(1);
    });
    process.stdin.pipe(guard);
    reader = new StreamMessageReader(guard);
    writer = new StreamMessageWriter(process.stdout);
  } else if (argv.includes('--node-ipc')) {
    reader = new IPCMessageReader(process);
    writer = new IPCMessageWriter(process);
  } else return createConnection(ProposedFeatures.all); // sockets, pipes: the library's own set-up
  const guarded = new ShutdownGuard(reader, writer);
  const connection = createConnection(ProposedFeatures.all, guarded, writer);
  // Given a reader rather than a stream, the library does not exit when the client goes away.
  reader.onClose(() => process.exit(guarded.shuttingDown ? 0 : 1));
  return connection;
}
