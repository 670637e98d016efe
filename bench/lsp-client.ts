// A minimal LSP client for the benchmark: spawns the built server over stdio and records when each
// publishDiagnostics arrives, so latencies are measured on the real protocol path.

import { ChildProcess, spawn } from 'child_process';
import {
  createMessageConnection,
  MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node';

export interface Publication {
  uri: string;
  version?: number;
  diagnostics: unknown[];
  /** performance.now() when it arrived. */
  at: number;
}

export class BenchLspClient {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  readonly publications: Publication[] = [];
  private waiters: Array<{ test: (p: Publication) => boolean; resolve: (p: Publication) => void }> = [];

  constructor(
    serverJs: string,
    readonly spawnedAt = performance.now(),
  ) {
    this.process = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (p: Omit<Publication, 'at'>) => {
      const publication = { ...p, at: performance.now() };
      this.publications.push(publication);
      this.waiters = this.waiters.filter((w) => {
        if (!w.test(publication)) return true;
        w.resolve(publication);
        return false;
      });
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => ({})),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('$/progress', () => undefined);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onNotification('window/showMessage', () => undefined);
    this.connection.listen();
  }

  /** `languages`: the languages of the documents already open, as VS Code's client announces them. */
  async initialize(folder?: string, languages?: string[]): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: folder ? [{ uri: `file://${folder}`, name: 'bench' }] : null,
      capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true } },
      initializationOptions: { trusted: false, ...(languages ? { languages } : {}) },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** The next publication (from now on) that passes `test`. */
  next(test: (p: Publication) => boolean, timeoutMs = 30000): Promise<Publication> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no publication within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        test,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version, text },
    });
  }

  change(
    uri: string,
    version: number,
    start: { line: number; character: number },
    end: { line: number; character: number },
    text: string,
  ): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start, end }, text }],
    });
  }

  closeDocument(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async shutdown(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    this.process.kill();
  }
}
