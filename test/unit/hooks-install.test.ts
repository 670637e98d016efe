// `warden hooks install|uninstall` (issue 27) on throw-away projects that already hold the user's
// own config: the diff is shown first, --dry-run writes nothing, the written config has each
// agent's documented shape (docs/agents.md), install is idempotent, and uninstall gives back the
// user's files byte for byte and removes the files Warden created.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse as parseJsonc } from 'jsonc-parser';
import { parse as parseToml } from 'smol-toml';
import { runHooks } from '../../server/src/cli/hooks';
import { HOOK_AGENTS, HookAgent } from '../../server/src/cli/hooks-agents';
import { tempDir, writeFiles } from './cli-support';

const CLAUDE_SETTINGS = `{
    "permissions": {
        "allow": ["Bash(npm test)"]
    },
    "hooks": {
        "PostToolUse": [
            { "matcher": "Write", "hooks": [{ "type": "command", "command": "npx prettier --write \\"$FILE\\"" }] }
        ]
    }
}
`;
const USER_CONFIG: Record<HookAgent, Record<string, string>> = {
  claude: {
    '.claude/settings.json': CLAUDE_SETTINGS,
    '.mcp.json': '{\n  "mcpServers": {\n    "db": { "command": "db-mcp", "args": [] }\n  }\n}\n',
  },
  cursor: {
    '.cursor/hooks.json':
      '{\n\t"version": 1,\n\t"hooks": {\n\t\t"afterFileEdit": [{ "command": "./format.sh" }]\n\t}\n}\n',
  },
  copilot: {
    '.vscode/mcp.json':
      '// my servers\n{\n  "servers": {\n    // the issue tracker\n    "tracker": { "type": "http", "url": "http://localhost:4000" },\n  },\n}\n',
    '.github/hooks/audit.json': '{"version":1,"hooks":{"sessionStart":[{"type":"command","bash":"echo hi"}]}}\n',
  },
  codex: {
    '.codex/config.toml': 'model = "o4-mini"\n\n[mcp_servers.docs]\ncommand = "docs-mcp"\n',
  },
};

function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else out.set(path.relative(root, full), fs.readFileSync(full, 'utf8'));
    }
  };
  walk(root);
  return out;
}

function run(cwd: string, ...argv: string[]): string {
  let out = '';
  assert.strictEqual(runHooks(argv, { cwd, stdout: (t) => (out += t) }), 0);
  return out;
}

const json = (root: string, file: string): Record<string, any> => {
  const errors: unknown[] = [];
  const value = parseJsonc(fs.readFileSync(path.join(root, file), 'utf8'), errors as never, {
    allowTrailingComma: true,
  });
  assert.deepStrictEqual(errors, [], file);
  return value;
};

type Hook = Record<string, unknown>;
/** A command hook of the Claude Code / Codex settings shape: { matcher?, hooks: [{ type: 'command', command, timeout? }] }. */
function assertMatcherGroups(groups: unknown, event: string): Hook[] {
  assert.ok(Array.isArray(groups), event);
  for (const g of groups as Hook[]) {
    assert.ok(Array.isArray(g.hooks), `${event}: a matcher group holds hooks`);
    for (const h of g.hooks as Hook[]) {
      assert.strictEqual(h.type, 'command');
      assert.strictEqual(typeof h.command, 'string');
      if ('timeout' in h) assert.strictEqual(typeof h.timeout, 'number');
    }
  }
  return (groups as Hook[]).filter((g) => /hooks run --agent/.test(JSON.stringify(g)));
}

const VALID: Record<HookAgent, (root: string) => void> = {
  claude(root) {
    const s = json(root, '.claude/settings.json');
    assert.deepStrictEqual(s.permissions, { allow: ['Bash(npm test)'] });
    const post = assertMatcherGroups(s.hooks.PostToolUse, 'PostToolUse');
    assert.strictEqual(s.hooks.PostToolUse.length, 2, 'the user’s hook stays');
    assert.strictEqual(post[0].matcher, 'Write|Edit|MultiEdit');
    assert.match(JSON.stringify(post), /--agent claude --event post-edit/);
    assert.match(JSON.stringify(assertMatcherGroups(s.hooks.Stop, 'Stop')), /--event stop/);
    const mcp = json(root, '.mcp.json').mcpServers;
    assert.deepStrictEqual(Object.keys(mcp), ['db', 'warden']);
    assert.deepStrictEqual(mcp.warden.args.slice(-1), ['mcp']);
    assert.strictEqual(mcp.warden.command, 'node');
  },
  cursor(root) {
    const h = json(root, '.cursor/hooks.json');
    assert.strictEqual(h.version, 1);
    assert.deepStrictEqual(h.hooks.afterFileEdit, [{ command: './format.sh' }]);
    assert.strictEqual(h.hooks.stop.length, 1);
    assert.deepStrictEqual(Object.keys(h.hooks.stop[0]), ['command']);
    assert.match(h.hooks.stop[0].command, /--agent cursor --event stop/);
    assert.deepStrictEqual(json(root, '.cursor/mcp.json').mcpServers.warden.args.slice(-1), ['mcp']);
  },
  copilot(root) {
    const h = json(root, '.github/hooks/warden.json');
    assert.strictEqual(h.version, 1);
    const [entry] = h.hooks.postToolUse;
    assert.strictEqual(entry.type, 'command');
    assert.match(entry.bash, /--agent copilot --event post-edit/);
    assert.match(entry.powershell, /--agent copilot --event post-edit/);
    assert.strictEqual(typeof entry.timeoutSec, 'number');
    const servers = json(root, '.vscode/mcp.json').servers;
    assert.deepStrictEqual(Object.keys(servers), ['tracker', 'warden']);
    assert.strictEqual(servers.warden.type, 'stdio');
  },
  codex(root) {
    const config = parseToml(fs.readFileSync(path.join(root, '.codex/config.toml'), 'utf8')) as Record<string, any>;
    assert.strictEqual(config.model, 'o4-mini');
    assert.deepStrictEqual(Object.keys(config.mcp_servers), ['docs', 'warden']);
    assert.deepStrictEqual(config.mcp_servers.warden.args.slice(-1), ['mcp']);
    assert.strictEqual(config.features.codex_hooks, true);
    const hooks = json(root, '.codex/hooks.json').hooks;
    assert.match(JSON.stringify(assertMatcherGroups(hooks.Stop, 'Stop')), /--agent codex --event stop/);
  },
};

describe('warden hooks install / uninstall', () => {
  for (const agent of HOOK_AGENTS) {
    it(`${agent}: dry run, install (valid, user config kept), idempotent, uninstall byte for byte`, () => {
      const root = fs.realpathSync(tempDir('warden-hooks-'));
      try {
        writeFiles(root, USER_CONFIG[agent]);
        const original = snapshot(root);

        const dry = run(root, 'install', '--agent', agent, '--dry-run');
        assert.match(dry, /^--- /m);
        assert.match(dry, /^\+ .*hooks run --agent/m);
        assert.match(dry, /Dry run: nothing written/);
        assert.deepStrictEqual(snapshot(root), original);

        run(root, 'install', '--agent', agent);
        VALID[agent](root);
        const installed = snapshot(root);
        for (const [file, text] of original)
          if (installed.get(file) !== text) {
            // Only Warden's lines were added: every line of the user's file is still there, in order
            // (the one before Warden's entry may gain the comma that separates them).
            const lines = installed
              .get(file)!
              .split('\n')
              .map((l) => l.replace(/,$/, ''));
            let at = 0;
            for (const l of text
              .split('\n')
              .map((x) => x.replace(/,$/, ''))
              .filter((x) => !/^\s*[}\]]$/.test(x))) {
              const found = lines.indexOf(l, at);
              assert.ok(found >= 0, `${file}: the line ${JSON.stringify(l)} was changed`);
              at = found + 1;
            }
          }

        assert.match(run(root, 'install', '--agent', agent), /already installed/);
        assert.deepStrictEqual(snapshot(root), installed);

        run(root, 'uninstall', '--agent', agent);
        assert.deepStrictEqual(snapshot(root), original);
        assert.match(run(root, 'uninstall', '--agent', agent), /No Warden/);
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    });
  }

  it('in an empty project, uninstall removes every file install created', () => {
    const root = fs.realpathSync(tempDir('warden-hooks-'));
    try {
      for (const agent of HOOK_AGENTS) {
        run(root, 'install', '--agent', agent);
        run(root, 'uninstall', '--agent', agent);
        const left = [...snapshot(root).keys()];
        assert.deepStrictEqual(left, [], `${agent}: ${left.join(', ')}`);
      }
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('refuses a config file that is not valid JSON, writing nothing', () => {
    const root = fs.realpathSync(tempDir('warden-hooks-'));
    try {
      writeFiles(root, { '.claude/settings.json': '{ "hooks": [1, 2' });
      const before = snapshot(root);
      assert.throws(() => run(root, 'install', '--agent', 'claude'), /not a JSON object Warden can merge into/);
      assert.deepStrictEqual(snapshot(root), before);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('points the hooks and the MCP registration at --command when given (npx or a global install)', () => {
    const root = fs.realpathSync(tempDir('warden-hooks-'));
    try {
      run(root, 'install', '--agent', 'claude', '--command', 'npx warden');
      const s = json(root, '.claude/settings.json');
      assert.strictEqual(s.hooks.Stop[0].hooks[0].command, 'npx warden hooks run --agent claude --event stop');
      assert.deepStrictEqual(json(root, '.mcp.json').mcpServers.warden, {
        type: 'stdio',
        command: 'npx',
        args: ['warden', 'mcp'],
      });
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
