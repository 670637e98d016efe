// Warden's VS Code client: starts the language server (node IPC) and registers the commands.
// Everything else lives in the server or in pure modules.

import { CONFIG_FILE_PATTERNS } from '../../core/secrets/config-files';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { LANGUAGE_INFO, WORKSPACE_TRUSTED } from '../../core/protocol';
import { COMMANDS } from './commands';
import { activateCoach } from './status';
import { activateFindingsView, FindingsView } from './findings-view';
import { setLanguageClient } from './language-client';
import { RestartPolicy } from './restart-policy';
import { registerScanTool } from './lm-tool';

export const DOCUMENT_SELECTOR = [
  ...Object.values(LANGUAGE_INFO)
    .flatMap((info) => info.editorLanguageIds)
    .flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
  // Dependency manifests: the server checks them against its advisory snapshot.
  {
    scheme: 'file',
    pattern:
      '**/{package.json,package-lock.json,npm-shrinkwrap.json,yarn.lock,pnpm-lock.yaml,requirements*.txt,requirements*.in,pyproject.toml,poetry.lock,uv.lock,Pipfile.lock,go.mod,go.sum,pom.xml,build.gradle,build.gradle.kts}',
  },
  // Config files (.env, YAML, JSON, …): the server reads them for secrets.
  ...CONFIG_FILE_PATTERNS.map((pattern) => ({ scheme: 'file', pattern })),
];

let client: LanguageClient | undefined;

export async function activate(
  context: vscode.ExtensionContext,
): Promise<{ client: LanguageClient; findingsView: FindingsView }> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const restarts = new RestartPolicy();
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        const decision = restarts.closed();
        return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, message: decision.message };
      },
    },
    synchronize: { configurationSection: 'warden' },
    // The hover's "Rule documentation" link runs this one command; no other command link is trusted.
    markdown: { isTrusted: { enabledCommands: ['warden.showRuleDocs'] }, supportHtml: false },
    // The languages already open let the server load their grammars and compile their rules while
    // the client is still starting up, before the first document arrives.
    initializationOptions: {
      trusted: vscode.workspace.isTrusted,
      languages: [...new Set(vscode.workspace.textDocuments.map((d) => d.languageId))],
    },
  };
  client = new LanguageClient('warden', 'Warden', serverOptions, clientOptions);
  setLanguageClient(client);
  for (const command of COMMANDS) {
    context.subscriptions.push(
      vscode.commands.registerCommand(command.id, (...args: unknown[]) => command.run(context, ...args)),
    );
  }
  activateCoach(context);
  registerScanTool(context);
  const findingsView = activateFindingsView(context);
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(WORKSPACE_TRUSTED)),
  );
  try {
    await client.start();
  } catch (e) {
    void vscode.window.showErrorMessage(`Warden could not start its language server: ${(e as Error).message}`);
  }
  return { client, findingsView };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
