// What `warden hooks install --agent …` writes for each agent: its hook entries (after an edit
// and/or at the end of a turn) and its MCP registration, in each agent's documented format
// (sources and versions in docs/agents.md). Pure data: hooks.ts merges it into the files.

export const HOOK_AGENTS = ['claude', 'cursor', 'copilot', 'codex'] as const;
export type HookAgent = (typeof HOOK_AGENTS)[number];

export function isHookAgent(value: string): value is HookAgent {
  return (HOOK_AGENTS as readonly string[]).includes(value);
}

export type HookEvent = 'post-edit' | 'stop';

/** One entry Warden appends to an array in a JSON config file. */
export interface JsonEntry {
  kind: 'json-array';
  file: string;
  /** Path of the array inside the document, e.g. ['hooks', 'PostToolUse']. */
  path: string[];
  value: object;
  /** Properties the document gets when Warden creates it (e.g. Cursor's `version: 1`). */
  skeleton?: Record<string, unknown>;
}

/** One property Warden sets in an object of a JSON config file (an MCP server). */
export interface JsonProperty {
  kind: 'json-property';
  file: string;
  path: string[];
  value: object;
}

/** A block of lines Warden appends to a TOML file between its own marker comments. */
export interface TomlBlock {
  kind: 'toml-block';
  file: string;
  /** The block's body (without the markers). */
  lines: (existing: unknown) => string[];
}

export type ConfigChange = JsonEntry | JsonProperty | TomlBlock;

/** The shell command that runs a Warden hook, e.g. `node "/…/dist/cli.js" hooks run --agent claude --event stop`. */
export function hookCommand(base: string, agent: HookAgent, event: HookEvent): string {
  return `${base} hooks run --agent ${agent} --event ${event}`;
}

/** Recognises Warden's hook commands in any config (also those written by another Warden version). */
export const WARDEN_HOOK = /\bhooks run --agent (claude|cursor|copilot|codex)\b/;

export interface Launch {
  /** The command line that starts the CLI (`node "/path/dist/cli.js"` or `warden`). */
  base: string;
  /** The same as a program and its arguments, for MCP registrations. */
  command: string;
  args: string[];
}

export function changesFor(agent: HookAgent, launch: Launch): ConfigChange[] {
  const mcp = { command: launch.command, args: [...launch.args, 'mcp'] };
  const cmd = (event: HookEvent): string => hookCommand(launch.base, agent, event);
  switch (agent) {
    case 'claude':
      return [
        {
          kind: 'json-array',
          file: '.claude/settings.json',
          path: ['hooks', 'PostToolUse'],
          value: {
            matcher: 'Write|Edit|MultiEdit',
            hooks: [{ type: 'command', command: cmd('post-edit'), timeout: 60 }],
          },
        },
        {
          kind: 'json-array',
          file: '.claude/settings.json',
          path: ['hooks', 'Stop'],
          value: { hooks: [{ type: 'command', command: cmd('stop'), timeout: 120 }] },
        },
        { kind: 'json-property', file: '.mcp.json', path: ['mcpServers', 'warden'], value: { type: 'stdio', ...mcp } },
      ];
    case 'cursor':
      return [
        {
          kind: 'json-array',
          file: '.cursor/hooks.json',
          path: ['hooks', 'stop'],
          value: { command: cmd('stop') },
          skeleton: { version: 1 },
        },
        { kind: 'json-property', file: '.cursor/mcp.json', path: ['mcpServers', 'warden'], value: mcp },
      ];
    case 'copilot':
      return [
        {
          kind: 'json-array',
          file: '.github/hooks/warden.json',
          path: ['hooks', 'postToolUse'],
          value: { type: 'command', bash: cmd('post-edit'), powershell: cmd('post-edit'), timeoutSec: 60 },
          skeleton: { version: 1 },
        },
        {
          kind: 'json-property',
          file: '.vscode/mcp.json',
          path: ['servers', 'warden'],
          value: { type: 'stdio', ...mcp },
        },
      ];
    case 'codex':
      return [
        {
          kind: 'json-array',
          file: '.codex/hooks.json',
          path: ['hooks', 'Stop'],
          value: { hooks: [{ type: 'command', command: cmd('stop'), timeout: 120 }] },
        },
        {
          kind: 'toml-block',
          file: '.codex/config.toml',
          lines: (existing) => [
            // Hooks are behind a feature flag in Codex; a [features] table of the user's is left alone.
            ...(hasTable(existing, 'features') ? [] : ['[features]', 'codex_hooks = true', '']),
            '[mcp_servers.warden]',
            `command = ${JSON.stringify(mcp.command)}`,
            `args = [${mcp.args.map((a) => JSON.stringify(a)).join(', ')}]`,
          ],
        },
      ];
  }
}

function hasTable(doc: unknown, name: string): boolean {
  return typeof doc === 'object' && doc !== null && name in (doc as Record<string, unknown>);
}
