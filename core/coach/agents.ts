// The AI coding agents Warden writes instructions for, and where each one reads them. One list,
// for `warden instructions --agent`, the extension's command and the agent-hooks work (issue 27).
// A file Warden creates for itself is Warden's whole; in a file the user owns, Warden writes only
// between its markers.

export const AGENTS = ['copilot', 'cursor', 'claude', 'codex', 'agents'] as const;
export type Agent = (typeof AGENTS)[number];

export function isAgent(value: string): value is Agent {
  return (AGENTS as readonly string[]).includes(value);
}

export interface AgentTarget {
  /** Human name of the agent. */
  name: string;
  /** The always-on file: `section` (user-owned, Warden's markers) or `whole` (Warden's own). */
  always: { path: string; ownership: 'section' | 'whole' };
  /**
   * Per-language files with an `applyTo` glob (Copilot), `{lang}` standing for the language;
   * without them, the always-on file carries the per-language requirements too.
   */
  perLanguage?: string;
}

export const AGENT_TARGETS: Record<Agent, AgentTarget> = {
  copilot: {
    name: 'GitHub Copilot',
    always: { path: '.github/copilot-instructions.md', ownership: 'section' },
    perLanguage: '.github/instructions/warden-{lang}.instructions.md',
  },
  cursor: { name: 'Cursor', always: { path: '.cursor/rules/warden.mdc', ownership: 'whole' } },
  claude: { name: 'Claude Code', always: { path: 'CLAUDE.md', ownership: 'section' } },
  codex: { name: 'Codex', always: { path: 'AGENTS.md', ownership: 'section' } },
  agents: { name: 'AGENTS.md readers', always: { path: 'AGENTS.md', ownership: 'section' } },
};
