// `warden mcp` from the command line: the built-in rules, the coach's knowledge and the working
// folder as the workspace root until the client sends its own roots.

import { createNodeScanner } from '../host/node-assets';
import { cliKnowledge } from '../cli/coach';
import { WorkspaceRoots } from './roots';
import { runMcpServer } from './server';

export async function runMcp(cwd = process.cwd()): Promise<number> {
  return runMcpServer({ scanner: createNodeScanner(), knowledge: cliKnowledge, roots: new WorkspaceRoots(cwd) });
}
