// `warden mcp`: Warden as an MCP server over stdio, on the official SDK (McpServer +
// StdioServerTransport): JSON-RPC framing, capability negotiation, schema validation of every
// call and protocol errors come from the SDK, so a malformed call is answered and never kills the
// server. Tools are in tools.ts; their input and output schemas are below (zod, as JSON Schema in
// tools/list). stdout carries the protocol only: nothing else is ever written there.

import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { RootsListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { JsonSchemaValidator, jsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/types.js';
import * as z from 'zod/v4';
import { AGENTS } from '../../../core/coach/agents';
import { VERSION } from '../version';
import { schemas } from './schemas';
import {
  explainRule,
  fixCode,
  hardenPromptTool,
  scanCode,
  scanFiles,
  securityInstructions,
  ToolContext,
  ToolError,
} from './tools';

// zod compiles object parsers with new Function unless told not to: Warden ships no dynamic code.
z.config({ jitless: true });

/**
 * The SDK validates elicitation answers against a JSON schema with ajv, which compiles validators
 * with new Function. Warden never elicits, so validation is refused rather than bundled (the build
 * replaces the SDK's ajv provider, see esbuild.config.mjs).
 */
const NO_SCHEMA_VALIDATION: jsonSchemaValidator = {
  getValidator<T>(): JsonSchemaValidator<T> {
    return () => ({ valid: false, data: undefined, errorMessage: 'Warden validates no elicitation schemas' });
  },
};

function result(value: object, summary: string): CallToolResult {
  return {
    content: [{ type: 'text', text: `${summary}\n${JSON.stringify(value)}` }],
    structuredContent: value as Record<string, unknown>,
  };
}

/** A refusal as a tool error the agent reads; anything else is a Warden bug, reported the same way. */
async function guarded(run: () => Promise<CallToolResult> | CallToolResult): Promise<CallToolResult> {
  try {
    return await run();
  } catch (e) {
    const message = e instanceof ToolError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
    if (!(e instanceof ToolError)) process.stderr.write(`warden mcp: ${(e as Error)?.stack ?? String(e)}\n`);
    return { content: [{ type: 'text', text: message }], isError: true };
  }
}

function findingSummary(r: { total: number; omitted: number }): string {
  if (r.total === 0) return 'No findings.';
  return `${r.total} finding${r.total === 1 ? '' : 's'}${r.omitted ? ` (${r.omitted} left out; fix these and scan again)` : ''}. Fix them; never add suppression comments.`;
}

export function createMcpServer(ctx: ToolContext): McpServer {
  const server = new McpServer(
    { name: 'warden', version: VERSION },
    {
      jsonSchemaValidator: NO_SCHEMA_VALIDATION,
      instructions:
        'Warden is an offline security linter. Call scan_code or scan_files on code you wrote before handing it back, ' +
        'fix what it reports (fix_code applies the safe fixes), and never silence a finding with a suppression comment.',
    },
  );
  const readOnly = { readOnlyHint: true, openWorldHint: false };
  server.registerTool(
    'scan_code',
    {
      title: 'Scan code for security problems',
      description:
        'Scans a code snippet (Java, JavaScript, TypeScript, Python, Go, or a config file by name) and returns its security findings, at most 50.',
      inputSchema: schemas.codeInput,
      outputSchema: schemas.scanCodeOutput,
      annotations: readOnly,
    },
    (input) =>
      guarded(async () => {
        const r = await scanCode(ctx, input);
        return result(r, r.notScanned ? `Not scanned: ${r.notScanned}` : findingSummary(r));
      }),
  );
  server.registerTool(
    'scan_files',
    {
      title: 'Scan workspace files',
      description:
        'Scans files or folders inside the workspace roots (relative to the first root or absolute) and returns their findings, at most 50.',
      inputSchema: schemas.scanFilesInput,
      outputSchema: schemas.scanFilesOutput,
      annotations: readOnly,
    },
    (input) =>
      guarded(async () => {
        const r = await scanFiles(ctx, input);
        return result(r, `${r.filesScanned} file(s) scanned. ${findingSummary(r)}`);
      }),
  );
  server.registerTool(
    'explain_rule',
    {
      title: 'Explain a Warden rule',
      description: 'What a rule id reports, what the code must do instead, a secure example and references.',
      inputSchema: schemas.explainInput,
      outputSchema: schemas.explainOutput,
      annotations: readOnly,
    },
    (input) => guarded(() => result(explainRule(ctx, input), `Rule ${input.id}.`)),
  );
  server.registerTool(
    'fix_code',
    {
      title: 'Apply the safe fixes',
      description:
        'Returns the code with every safe fix applied (fixes that need review are never applied) and the findings that remain to fix by hand.',
      inputSchema: schemas.codeInput,
      outputSchema: schemas.fixCodeOutput,
      annotations: readOnly,
    },
    (input) =>
      guarded(async () => {
        const r = await fixCode(ctx, input);
        return result(r, `${r.applied.length} fix(es) applied. Remaining: ${findingSummary(r)}`);
      }),
  );
  server.registerTool(
    'harden_prompt',
    {
      title: 'Harden a prompt',
      description: 'Adds the security requirements a coding prompt needs (at most eight, riskiest first).',
      inputSchema: schemas.hardenInput,
      outputSchema: schemas.hardenOutput,
      annotations: readOnly,
    },
    (input) => guarded(() => result(hardenPromptTool(ctx, input), 'Hardened prompt.')),
  );
  server.registerTool(
    'security_instructions',
    {
      title: 'Security instructions for this workspace',
      description: `The security instructions Warden writes for an agent (${AGENTS.join(', ')}), for the first workspace root. Nothing is written.`,
      inputSchema: schemas.instructionsInput,
      outputSchema: schemas.instructionsOutput,
      annotations: readOnly,
    },
    (input) => guarded(() => result(securityInstructions(ctx, input), 'Security instructions.')),
  );
  return server;
}

/** Asks the client for its roots when it has them, and again when it says they changed. */
function followClientRoots(server: McpServer, ctx: ToolContext): void {
  const refresh = async (): Promise<void> => {
    if (!server.server.getClientCapabilities()?.roots) return;
    try {
      const { roots } = await server.server.listRoots();
      ctx.roots.setFromClient(roots.map((r) => r.uri));
    } catch (e) {
      process.stderr.write(
        `warden mcp: the client's roots could not be read (${(e as Error).message}); using ${ctx.roots.list().join(', ')}\n`,
      );
    }
  };
  server.server.oninitialized = () => void refresh();
  server.server.setNotificationHandler(RootsListChangedNotificationSchema, () => refresh());
}

/** Serves MCP on stdin/stdout until the client closes the stream. */
export async function runMcpServer(ctx: ToolContext): Promise<number> {
  const server = createMcpServer(ctx);
  followClientRoots(server, ctx);
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
    process.stdin.once('end', () => resolve());
  });
  await server.connect(transport);
  await closed;
  await server.close().catch(() => undefined);
  return 0;
}
