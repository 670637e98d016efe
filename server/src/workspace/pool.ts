// A fixed pool of scan workers (one per core by default) fed from a queue; results stream back
// as each file finishes. Cancelling stops handing out files and terminates the workers.

import * as os from 'os';
import { ResourceLimits, Worker } from 'worker_threads';
import type { ScanFileExtras, ScanReply, ScanRequest, WorkerInput } from './worker';

/**
 * A scan allocates many short-lived objects (tree-sitter nodes); V8's default young generation
 * lets each worker grow by tens of MB of garbage before collecting. A small one keeps every
 * worker's resident memory low (the editor's case) for about 10% more CPU; the CLI, which wants
 * throughput, passes `{}` for V8's defaults.
 */
export const LOW_MEMORY_WORKERS: ResourceLimits = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 };

/** Replacement workers a pool starts at most (each failed worker fails only its own file). */
const MAX_RESTARTS = 16;

/** A file to scan and the promise waiting for it. */
interface Job {
  path: string;
  extras: ScanFileExtras;
  resolve: (r: ScanReply) => void;
  reject: (e: Error) => void;
}

export function cores(): number {
  return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
}

export class ScanPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly pending = new Map<number, Job & { worker: Worker }>();
  private nextId = 0;
  private closed = false;
  private restarts = 0;

  constructor(
    private readonly workerFile: string,
    private readonly input: WorkerInput,
    size = cores(),
    private readonly resourceLimits: ResourceLimits = LOW_MEMORY_WORKERS,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  /**
   * Starts a worker. One that dies fails only the file it held, with the reason, and is replaced:
   * the scan goes on with the same number of workers. With `retry` (a file that ran a low-memory worker out of memory), the worker
   * has V8's default limits, scans only that file and is then replaced by a low-memory one: the
   * pool keeps its size, memory stays low for the many ordinary files, and no file is lost.
   */
  private spawn(retry?: Job): void {
    const worker = new Worker(this.workerFile, {
      workerData: this.input,
      ...(retry ? {} : { resourceLimits: this.resourceLimits }),
    });
    let failure: Error | undefined;
    let retiring = false;
    worker.on('message', (reply: ScanReply) => {
      const job = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      job?.resolve(reply);
      if (retry) {
        retiring = true;
        this.forget(worker);
        void worker.terminate();
        if (!this.closed) this.spawn();
      } else this.idle.push(worker);
      this.pump();
    });
    worker.on('error', (e) => {
      failure = e;
    });
    worker.on('exit', (code) => {
      this.forget(worker);
      if (retiring) return;
      const reason = failure ?? new Error(`the scan worker stopped (exit code ${code})`);
      let again: Job | undefined;
      for (const [id, job] of this.pending) {
        if (job.worker !== worker) continue;
        this.pending.delete(id);
        const outOfMemory = (failure as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
        if (outOfMemory && !retry && !this.closed) again = job;
        else job.reject(reason);
      }
      if (this.closed) return;
      // A worker that cannot even start (its bundle or grammars missing) must not respawn forever.
      if (++this.restarts > MAX_RESTARTS) {
        again?.reject(reason);
        for (const job of this.queue.splice(0)) job.reject(reason);
        return;
      }
      this.spawn(again);
      this.pump();
    });
    this.workers.push(worker);
    if (retry) this.dispatch(worker, retry);
    else this.idle.push(worker);
  }

  private dispatch(worker: Worker, job: Job): void {
    const id = this.nextId++;
    this.pending.set(id, { ...job, worker });
    const request: ScanRequest = { id, path: job.path, ...job.extras };
    worker.postMessage(request);
  }

  private forget(worker: Worker): void {
    const index = this.workers.indexOf(worker);
    if (index >= 0) this.workers.splice(index, 1);
    const idle = this.idle.indexOf(worker);
    if (idle >= 0) this.idle.splice(idle, 1);
  }

  scan(path: string, extras: ScanFileExtras = {}): Promise<ScanReply> {
    if (this.closed) return Promise.reject(new Error('the scan pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ path, extras, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (!this.closed && this.idle.length > 0 && this.queue.length > 0) {
      this.dispatch(this.idle.pop()!, this.queue.shift()!);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('cancelled'));
    for (const job of this.pending.values()) job.reject(new Error('cancelled'));
    this.pending.clear();
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
