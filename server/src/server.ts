// Warden language server: LSP wiring only. Each open document is a DocumentSession (lsp/session)
// scanned by lsp/document-scans; the workspace requests live in lsp/workspace-requests, the rules
// in lsp/rules-host, the connection and its framing and shutdown guards in lsp/transport.

import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  InitializeParams,
  InitializeResult,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { LIST_SUPPRESSIONS, REPORT, SCAN_WORKSPACE, WORKSPACE_TRUSTED } from '../../core/protocol/requests';
import type { ExcludeParams, ReportParams } from '../../core/protocol/requests';
import { Finding, LanguageId, languageForEditorId } from './engine';
import { fixAll, FIX_ALL_KIND, quickFixes } from './lsp/code-actions';
import { DocumentScans, pathOf } from './lsp/document-scans';
import { registerCoachFacts } from './lsp/coach-facts';
import { hoverMarkdown } from './lsp/hover';
import { RulesHost } from './lsp/rules-host';
import { Sessions } from './lsp/session';
import { normalizeSettings, WardenSettings } from './lsp/settings';
import { createServerConnection } from './lsp/transport';
import {
  keepFindingsOfClosed,
  listSuppressions,
  scanWorkspace,
  WorkspaceHost,
  workspaceReport,
} from './lsp/workspace-requests';
import { loadSnapshot } from './sca/snapshot-file';
import { PolicyHost } from './lsp/policy-host';

const connection = createServerConnection();
const sessions = new Sessions();
let hasConfigurationCapability = false;

const rules = new RulesHost((problems) => {
  for (const p of problems) connection.console.warn(`Warden rule problem: ${p.file}:${p.line}: ${p.message}`);
  void connection.window.showWarningMessage(
    `Warden: ${problems.length} rule problem(s); the other rules still run. First: ${problems[0].file}:${problems[0].line}: ${problems[0].message}`,
  );
});

function fetchSettings(uri: string): Promise<WardenSettings> {
  if (!hasConfigurationCapability) return Promise.resolve(normalizeSettings({}));
  return connection.workspace
    .getConfiguration({ scopeUri: uri, section: 'warden' })
    .then(normalizeSettings, () => normalizeSettings({}));
}

const policies = new PolicyHost(rules, (message) => void connection.window.showWarningMessage(message));

const scans = new DocumentScans(
  {
    policyFindings: (file, text) => policies.findings(file, text),
    scanner: () => rules.scanner,
    rule: (id) => rules.rule(id),
    snapshot: loadSnapshot,
    settings: fetchSettings,
    folders: () => rules.folders,
    publish: (uri, version, diagnostics) => connection.sendDiagnostics({ uri, version, diagnostics }),
    tell: (message) => void connection.window.showInformationMessage(message),
    warn: (message) => connection.console.warn(message),
    error: (message) => connection.console.error(message),
    log: (message) => connection.console.info(message),
  },
  sessions,
);

const workspace: WorkspaceHost = { connection, rules, sessions, settings: fetchSettings };

connection.onInitialize((params: InitializeParams): InitializeResult => {
  hasConfigurationCapability = !!params.capabilities.workspace?.configuration;
  rules.folders = (params.workspaceFolders ?? []).map((f) => pathOf(f.uri));
  const options = params.initializationOptions as { trusted?: boolean; languages?: string[] } | undefined;
  rules.trusted = options?.trusted === true;
  rules.load();
  rules.scanner.prepare(
    (options?.languages ?? []).map(languageForEditorId).filter((l): l is LanguageId => !!l),
    true,
  );
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      hoverProvider: true,
    },
    serverInfo: { name: 'Warden' },
  };
});

/** Re-reads warden.customRulesPath; reloads the rules when it changed. */
async function refreshCustomRules(): Promise<boolean> {
  if (!hasConfigurationCapability) return false;
  const settings = normalizeSettings(await connection.workspace.getConfiguration('warden').then(undefined, () => ({})));
  if (settings.customRulesPath === rules.customRulesPath) return false;
  rules.customRulesPath = settings.customRulesPath;
  if (rules.trusted) reloadRules();
  return rules.trusted;
}

function reloadRules(): void {
  rules.load();
  for (const session of sessions.all()) {
    session.dropTree(); // parsed by the old scanner's parsers: start over
    scans.schedule(session, 0);
  }
}

connection.onInitialized(() => {
  if (hasConfigurationCapability)
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'warden' });
  void refreshCustomRules();
});

connection.onDidChangeConfiguration(async () => {
  for (const session of sessions.all()) session.forgetSettings();
  if (await refreshCustomRules()) return;
  for (const session of sessions.all()) scans.schedule(session, 0);
});

connection.onNotification(WORKSPACE_TRUSTED, () => {
  rules.trusted = true;
  reloadRules();
});

connection.onCodeAction(({ textDocument, context }) => {
  const session = sessions.get(textDocument.uri);
  if (!session) return [];
  const wantsFixAll = context.only?.some((k) => FIX_ALL_KIND.startsWith(k) && k !== CodeActionKind.QuickFix);
  const actions =
    context.only && !context.only.includes(CodeActionKind.QuickFix)
      ? []
      : quickFixes(textDocument.uri, session.version, context.diagnostics);
  if (wantsFixAll || !context.only) {
    const findings = scans.currentFindings(textDocument.uri);
    const all = findings && fixAll(textDocument.uri, session.document.getText(), findings);
    if (all) actions.push(all);
  }
  return actions;
});

connection.onHover(({ textDocument, position }) => {
  const findings = scans.currentFindings(textDocument.uri) ?? [];
  const inside = (f: Finding): boolean =>
    (position.line > f.range.start.line ||
      (position.line === f.range.start.line && position.character >= f.range.start.character)) &&
    (position.line < f.range.end.line ||
      (position.line === f.range.end.line && position.character <= f.range.end.character));
  const hits = findings.filter(inside);
  if (hits.length === 0) return null;
  return {
    contents: {
      kind: 'markdown',
      value: hits.map((f) => hoverMarkdown(f, rules.rule(f.ruleId))).join('\n\n---\n\n'),
    },
  };
});

connection.onRequest(SCAN_WORKSPACE, (params: ExcludeParams | undefined, token) =>
  scanWorkspace(workspace, params, token),
);
connection.onRequest(LIST_SUPPRESSIONS, (params: ExcludeParams | undefined) => listSuppressions(workspace, params));
connection.onRequest(REPORT, (params: ReportParams | undefined, token) => workspaceReport(workspace, params, token));

connection.onDidOpenTextDocument(({ textDocument }) => {
  const language = languageForEditorId(textDocument.languageId);
  const session = sessions.open(
    textDocument.uri,
    textDocument.languageId,
    textDocument.version,
    textDocument.text,
    language,
  );
  // Grammar and rules load while the scan waits for the document's settings.
  if (language) rules.scanner.prepare([language]);
  scans.schedule(session, 0);
});

connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
  const session = sessions.get(textDocument.uri);
  if (!session) return;
  session.applyChanges(contentChanges, textDocument.version);
  scans.schedule(session, scans.editDelay(session));
});

connection.onDidCloseTextDocument(({ textDocument }) => {
  sessions.close(textDocument.uri);
  // Findings of a closed workspace file stay (scanned again from disk) until fixed.
  keepFindingsOfClosed(workspace, textDocument.uri).catch((e: unknown) =>
    connection.console.error(`Warden: ${textDocument.uri}: ${(e as Error).message}`),
  );
});

registerCoachFacts(connection, () => rules.scanner.pool);
connection.listen();
