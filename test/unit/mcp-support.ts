// Drives `node dist/cli.js mcp` with the MCP SDK's own client over stdio, as an agent would.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { ListRootsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { REPO } from '../helpers';

export const CLI = path.join(REPO, 'dist', 'cli.js');

export interface Session {
  client: Client;
  close(): Promise<void>;
}

/** A connected client; the server runs in `cwd`. With `roots`, the client offers them as its roots. */
export async function connect(cwd: string, roots?: string[]): Promise<Session> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [CLI, 'mcp'],
    cwd,
    stderr: 'pipe',
  });
  const client = new Client({ name: 'warden-test', version: '1.0.0' }, roots ? { capabilities: { roots: {} } } : {});
  if (roots)
    client.setRequestHandler(ListRootsRequestSchema, () => ({
      roots: roots.map((r) => ({ uri: `file://${r}`, name: path.basename(r) })),
    }));
  await client.connect(transport);
  return { client, close: () => client.close() };
}

export type CallResult = {
  isError?: boolean;
  content: Array<{ type: string; text?: string }>;
  structuredContent?: Record<string, unknown>;
};

export async function call(session: Session, name: string, args: Record<string, unknown>): Promise<CallResult> {
  return (await session.client.callTool({ name, arguments: args })) as CallResult;
}

/** The error text of a call that must fail: a tool error result or a JSON-RPC error, either is fine. */
export async function errorOf(session: Session, name: string, args: unknown): Promise<string> {
  try {
    const r = (await session.client.callTool({ name, arguments: args as Record<string, unknown> })) as CallResult;
    if (!r.isError) throw new Error(`${name} succeeded: ${JSON.stringify(r).slice(0, 300)}`);
    return r.content.map((c) => c.text ?? '').join('\n');
  } catch (e) {
    if ((e as Error).message.includes('succeeded:')) throw e;
    return (e as Error).message;
  }
}

export function tempDir(name: string): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `warden-${name}-`)));
}
