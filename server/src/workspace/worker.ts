// A scan worker thread: its own parsers and rules, scanning files by path on request. Workers let
// a workspace scan use every core; the engine itself is single-threaded.

import * as fs from 'fs';
import { parentPort, workerData } from 'worker_threads';
import { isTestPath, languageForPath, RuleSource } from '../engine';
import { Assets, createNodeScanner } from '../host/node-assets';

export interface WorkerInput {
  assets?: Assets;
  extraRules: RuleSource[];
  maxBytes: number;
  disabledRules: string[];
  /** Findings below this severity are not returned (the CLI's --min-severity). */
  minimumSeverity?: import('../engine').Severity;
}
export interface ScanRequest {
  id: number;
  path: string;
}
export interface ScanReply {
  id: number;
  path: string;
  findings: import('../engine').Finding[];
  problems: import('../engine').EngineProblem[];
}

const input = workerData as WorkerInput;
const scanner = createNodeScanner(input.extraRules, input.assets);
const disabled = new Set(input.disabledRules);

parentPort?.on('message', async (request: ScanRequest) => {
  const reply: ScanReply = { id: request.id, path: request.path, findings: [], problems: [] };
  try {
    const language = languageForPath(request.path);
    const size = fs.statSync(request.path).size;
    if (!language) reply.problems.push({ message: 'not scanned: no rules for this file type' });
    else if (size > input.maxBytes)
      reply.problems.push({
        message: `not scanned: ${Math.round(size / 1024)} KB is over the ${Math.round(input.maxBytes / 1024)} KB limit`,
      });
    else {
      const result = await scanner.scanText(fs.readFileSync(request.path, 'utf8'), language, {
        maxBytes: input.maxBytes,
        disabledRules: disabled,
        minimumSeverity: input.minimumSeverity,
        testFile: isTestPath(request.path),
      });
      reply.findings = result.findings;
      reply.problems = result.problems;
    }
  } catch (e) {
    reply.problems.push({ message: `scan failed: ${(e as Error).message}` });
  }
  parentPort?.postMessage(reply);
});
