// A fixed pool of scan workers (one per core by default) fed from a queue; results stream back
// as each file finishes. Cancelling stops handing out files and terminates the workers.

import * as os from 'os';
import { ResourceLimits, Worker } from 'worker_threads';
import type { ScanReply, WorkerInput } from './worker';

/**
 * A scan allocates many short-lived objects (tree-sitter nodes); V8's default young generation
 * lets each worker grow by tens of MB of garbage before collecting. A small one keeps every
 * worker's resident memory low (the editor's case) for about 10% more CPU; the CLI, which wants
 * throughput, passes `{}` for V8's defaults.
 */
export const LOW_MEMORY_WORKERS: ResourceLimits = { maxYoungGenerationSizeMb: 4 };

export function cores(): number {
  return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
}

export class ScanPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Array<{ path: string; resolve: (r: ScanReply) => void; reject: (e: Error) => void }> = [];
  private readonly pending = new Map<number, { resolve: (r: ScanReply) => void; reject: (e: Error) => void; worker: Worker }>();
  private nextId = 0;
  private closed = false;

  constructor(workerFile: string, input: WorkerInput, size = cores(), resourceLimits: ResourceLimits = LOW_MEMORY_WORKERS) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(workerFile, { workerData: input, resourceLimits });
      worker.on('message', (reply: ScanReply) => {
        const job = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        this.idle.push(worker);
        job?.resolve(reply);
        this.pump();
      });
      worker.on('error', (e) => {
        for (const [id, job] of this.pending) {
          if (job.worker === worker) {
            this.pending.delete(id);
            job.reject(e);
          }
        }
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  scan(path: string): Promise<ScanReply> {
    if (this.closed) return Promise.reject(new Error('the scan pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ path, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (!this.closed && this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      const id = this.nextId++;
      this.pending.set(id, { resolve: job.resolve, reject: job.reject, worker });
      worker.postMessage({ id, path: job.path });
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
