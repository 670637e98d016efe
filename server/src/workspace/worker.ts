// A scan worker thread: its own parsers and rules, scanning files by path on request. Workers let
// a workspace scan use every core; the engine itself is single-threaded.

import { parentPort, workerData } from 'worker_threads';
import type { IncludableKind, RuleSource, Severity } from '../engine';
import { Assets, createNodeScanner } from '../host/node-assets';
import { outcomeOf, scanFailed, scanFile, ScanOutcome } from './scan-file';

export interface WorkerInput {
  assets?: Assets;
  extraRules: RuleSource[];
  maxBytes: number;
  disabledRules: string[];
  /** Findings below this severity are not returned (the CLI's --min-severity). */
  minimumSeverity?: Severity;
  /** Code kinds scanned like product code (the CLI's --include-*). */
  includeKinds?: IncludableKind[];
}
/** Per file: where it must stay (symlinks), how its findings are fingerprinted, how the limit is named. */
export interface ScanFileExtras {
  root?: string;
  fingerprintAs?: string;
  /** The path its code kind is judged by (relative to the scan root). */
  codeKindPath?: string;
  limitSetting?: string;
}
export interface ScanRequest extends ScanFileExtras {
  id: number;
  path: string;
}
export interface ScanReply extends ScanOutcome {
  id: number;
  path: string;
}

const input = workerData as WorkerInput;
const scanner = createNodeScanner(input.extraRules, input.assets);

parentPort?.on('message', async ({ id, path, ...extras }: ScanRequest) => {
  let reply: ScanReply;
  try {
    const scan = await scanFile(scanner, path, {
      ...extras,
      maxBytes: input.maxBytes,
      disabledRules: input.disabledRules,
      minimumSeverity: input.minimumSeverity,
      includeKinds: input.includeKinds,
    });
    reply = { id, path, ...outcomeOf(scan) };
  } catch (e) {
    reply = { id, path, ...scanFailed(e as Error) };
  }
  parentPort?.postMessage(reply);
});
