// Warden's own security (issue 8): limited support in untrusted workspaces, quick-fixes that only edit the document they were asked about, and the client's write sites.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Node } from 'web-tree-sitter';
import { languageForPath } from '../../server/src/engine';
import { runScan } from '../../server/src/cli/main';
import { parseArgs, ScanArgs } from '../../server/src/cli/args';
import { createNodeScanner } from '../../server/src/host/node-assets';
import { HAVE_SEEDS, listFiles, REPO, scanner, seed, SEED_DIR } from '../helpers';
import { LspClient } from '../lsp/client';
import { installNetworkTrap } from './security-network-trap';
import { corpus, EDITOR_LANGUAGE } from './security-corpus';

const RULE_COMMANDS = new Set(['warden.showRuleDocs', 'warden.disableRule']);
describe('security of Warden itself: workspace trust and writes', function () {
  this.timeout(180000);

  it('declares limited support for untrusted workspaces, with the reason, and restricts the custom rules setting', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const untrusted = pkg.capabilities?.untrustedWorkspaces;
    assert.strictEqual(untrusted?.supported, 'limited');
    assert.match(untrusted.description, /custom rules/i);
    assert.match(untrusted.description, /trust/i);
    assert.deepStrictEqual(untrusted.restrictedConfigurations, ['warden.customRulesPath']);
    // The client passes the trust state to the server; test/lsp/server.test.ts ("custom workspace
    // rules") shows .warden/rules loaded when trusted and ignored when not.
    assert.match(
      fs.readFileSync(path.join(REPO, 'client', 'src', 'extension.ts'), 'utf8'),
      /initializationOptions:\s*{\s*trusted:\s*vscode\.workspace\.isTrusted,/,
    );
  });

  it('every code action for every fixture, seed and example finding edits only the document it was asked about', async () => {
    type Edit = {
      range: { start: { line: number; character: number }; end: { line: number; character: number } };
      newText: string;
    };
    type Action = {
      title: string;
      edit?: { changes?: Record<string, Edit[]>; documentChanges?: unknown[] };
      command?: { command: string; arguments?: unknown[] };
    };
    const client = new LspClient();
    let actions = 0;
    let withEdits = 0;
    try {
      await client.initialize();
      for (const [i, file] of corpus().entries()) {
        const language = languageForPath(file)!;
        const uri = `file:///work/actions/${i}/${path.basename(file)}`;
        const text = fs.readFileSync(file, 'utf8');
        await client.open(uri, EDITOR_LANGUAGE[language], text);
        const { diagnostics } = await client.diagnostics(uri);
        const lines = text.split(/\r\n|\r|\n/);
        const requests = [
          ...diagnostics.map((d) => ({ range: d.range, context: { diagnostics: [d], only: ['quickfix'] } })),
          {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            context: { diagnostics: [], only: ['source.fixAll.warden'] },
          },
          {
            range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: 0 } },
            context: { diagnostics },
          },
        ];
        for (const request of requests) {
          const answer = (await client.connection.sendRequest('textDocument/codeAction', {
            textDocument: { uri },
            ...request,
          })) as Action[];
          for (const action of answer) {
            actions++;
            assert.strictEqual(
              action.edit?.documentChanges,
              undefined,
              `${action.title}: no file creation, rename or deletion`,
            );
            if (action.edit) {
              withEdits++;
              assert.deepStrictEqual(Object.keys(action.edit.changes ?? {}), [uri], action.title);
              for (const e of action.edit.changes![uri]) {
                assert.ok(
                  e.range.end.line < lines.length && e.range.end.character <= lines[e.range.end.line].length,
                  `${action.title}: edit inside the document`,
                );
              }
            }
            // The rule-page and disable-rule commands name a rule of this document's findings and
            // touch no document; every other command targets the same document.
            if (action.command && RULE_COMMANDS.has(action.command.command))
              assert.ok(
                action.command.arguments?.length === 1 &&
                  diagnostics.some((d) => d.code === action.command!.arguments![0]),
                `${action.title}: the command names a finding's rule`,
              );
            else if (action.command)
              assert.strictEqual(
                action.command.arguments?.[0],
                uri,
                `${action.title}: the command targets the same document`,
              );
          }
        }
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }
    } finally {
      await client.close();
    }
    assert.ok(withEdits >= 40 && actions > withEdits, `${actions} actions, ${withEdits} with edits`);
  });

  it('the client writes only to the active editor, the document of a finding, or the instruction files the user asked for', () => {
    // Every place client code changes a file, pinned: a new write path must be reviewed here.
    const sources = listFiles(path.join(REPO, 'client', 'src'), (n) => n.endsWith('.ts'));
    const writes = sources.flatMap((f) => {
      const text = fs.readFileSync(f, 'utf8');
      return [
        ...text.matchAll(
          /editor\.edit\(|new vscode\.WorkspaceEdit\(|workspace\.fs\.(writeFile|delete|rename|copy|createDirectory)|\bfs\.(writeFile|appendFile|rm|unlink|rename|mkdir|copyFile)\w*\(|\bwriteFileAtomic\(/g,
        ),
      ].map((m) => `${path.relative(path.join(REPO, 'client', 'src'), f)}: ${m[0]}`);
    });
    assert.deepStrictEqual(writes.sort(), [
      'commands/harden-prompt.ts: editor.edit(',
      'commands/insert-security-header.ts: editor.edit(',
      'commands/mark-ai-generated.ts: editor.edit(',
      // .warden/feedback.json of the workspace folder, trusted workspaces only, confined to the folder.
      'commands/report-feedback.ts: workspace.fs.createDirectory',
      'commands/report-feedback.ts: writeFileAtomic(',
      'commands/report.ts: workspace.fs.writeFile',
      'commands/report.ts: writeFileAtomic(',
      'commands/rule-docs.ts: workspace.fs.createDirectory',
      'commands/rule-docs.ts: workspace.fs.writeFile',
      'commands/suppress.ts: new vscode.WorkspaceEdit(',
      'commands/write-assistant-instructions.ts: new vscode.WorkspaceEdit(',
    ]);
    const suppress = fs.readFileSync(path.join(REPO, 'client', 'src', 'commands', 'suppress.ts'), 'utf8');
    assert.match(suppress, /edit\.insert\(document\.uri,/, 'the suppression goes into the finding’s own document');
    const report = fs.readFileSync(path.join(REPO, 'client', 'src', 'commands', 'report.ts'), 'utf8');
    assert.match(
      report,
      /const target = await vscode\.window\.showSaveDialog\([\s\S]*writeFileAtomic\(target\.fsPath,[\s\S]*workspace\.fs\.writeFile\(target,/,
      'the report goes only where the user chose in the save dialog',
    );
    // Rule pages go to the extension's own storage, never the workspace.
    const ruleDocs = fs.readFileSync(path.join(REPO, 'client', 'src', 'commands', 'rule-docs.ts'), 'utf8');
    assert.match(ruleDocs, /const folder = vscode\.Uri\.joinPath\(context\.globalStorageUri, 'rule-docs'\);/);
    assert.match(ruleDocs, /const uri = vscode\.Uri\.joinPath\(folder, pageFileName\(ruleId\)\);/);
    // Disabling a rule writes the workspace's settings only (not the user's), with an Undo.
    const disable = fs.readFileSync(path.join(REPO, 'client', 'src', 'commands', 'disable-rule.ts'), 'utf8');
    assert.deepStrictEqual(
      [...disable.matchAll(/config\.update\([^;]*?ConfigurationTarget\.(\w+)\)/g)].map((m) => m[1]),
      ['Workspace', 'Workspace'],
    );
    const instructions = fs.readFileSync(
      path.join(REPO, 'client', 'src', 'commands', 'write-assistant-instructions.ts'),
      'utf8',
    );
    // Only the agents' fixed instruction files (core/coach/agents.ts), inside the workspace folder.
    assert.match(
      instructions,
      /\.\.\.instructionFiles\(stack, 'copilot'\),\s*\.\.\.\(settings\.writeAgentsMd \? instructionFiles\(stack, 'agents'\) : \[\]\),/,
    );
    assert.match(instructions, /const uri = vscode\.Uri\.joinPath\(folder\.uri, w\.path\);/);
  });
});
