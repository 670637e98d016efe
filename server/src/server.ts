// Warden language server: LSP wiring only. Documents are tracked with incremental trees
// (lsp/documents), scanned by the pure engine, and findings published as diagnostics
// (lsp/diagnostics). Scans are debounced per document; results for stale versions are dropped.

import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  InitializeParams,
  InitializeResult,
  ProposedFeatures,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import {
  Finding,
  LanguageId,
  languageForEditorId,
  Rule,
  ScanCancelled,
  Scanner,
  skipReason,
  isTestPath,
  RuleSource,
} from './engine';
import { fixAll, FIX_ALL_KIND, quickFixes } from './lsp/code-actions';
import { hoverMarkdown } from './lsp/hover';
import { editedSpans, focusFor, shiftFinding } from './lsp/incremental';
import { listWorkspaceFiles } from './workspace/files';
import { cores, ScanPool } from './workspace/pool';
import { collectSuppressions, readForSuppressions } from './workspace/suppressions';
import { pathToFileURL } from 'url';
import { createNodeScanner, readRuleDir } from './host/node-assets';
import { toDiagnostic } from './lsp/diagnostics';
import { DocumentStore, OpenDocument } from './lsp/documents';
import { normalizeSettings, WardenSettings } from './lsp/settings';
import { isManifest, ruleCatalogue, scanManifest } from './sca';
import { projectManifests } from './sca/project-files';
import { loadSnapshot } from './sca/snapshot-file';
import { collectReport } from './report/collect';
import { formatComplianceHtml, formatComplianceMarkdown } from './report/compliance';
import { VERSION } from './version';
import { DEBOUNCE_MS, FULL_SCAN_IDLE_MS, KEYSTROKE_SCAN_BUDGET_MS, SCAN_SLICE_MS } from './lsp/timing';
import { registerEnclosingFunction } from './lsp/enclosing-function';

/** A focus larger than this share of the document is not worth a partial scan. */
const MAX_FOCUS_SHARE = 0.3;

const connection = createConnection(ProposedFeatures.all);
const store = new DocumentStore();
const timers = new Map<string, NodeJS.Timeout>();
const fullScanTimers = new Map<string, NodeJS.Timeout>();
const settingsCache = new Map<string, Promise<WardenSettings>>();
const skippedNotified = new Set<string>();
/** The findings last published per document, for hovers and fix-all. */
const published = new Map<string, { version: number; findings: Finding[] }>();
/** Recent cost of edit-triggered scans per document (ms, smoothed): sets how long edits are coalesced. */
const editScanCost = new Map<string, number>();
let scanner: Scanner;
let rulesById = new Map<string, Rule>();
let hasConfigurationCapability = false;
let workspaceFolders: string[] = [];
let trusted = false;
let customRulesPath = '';

/** Rules from the workspace: only in a trusted workspace, since they decide what is reported. */
function workspaceRules(): RuleSource[] {
  if (!trusted) return [];
  const dirs = workspaceFolders.flatMap((f) => [
    path.join(f, '.warden', 'rules'),
    ...(customRulesPath ? [path.resolve(f, customRulesPath)] : []),
  ]);
  return [...new Set(dirs)]
    .filter((d) => fs.existsSync(d) && fs.statSync(d).isDirectory())
    .flatMap((d) => readRuleDir(d, path.dirname(d)));
}

function loadScanner(): void {
  scanner?.pool.dispose();
  scanner = createNodeScanner(workspaceRules());
  rulesById = new Map(ruleCatalogue(scanner.ruleSet.rules).map((r) => [r.id, r]));
  reportRuleProblems();
}

function reportRuleProblems(): void {
  const problems = scanner.problems;
  if (problems.length === 0) return;
  for (const p of problems) connection.console.warn(`Warden rule problem: ${p.file}:${p.line}: ${p.message}`);
  void connection.window.showWarningMessage(
    `Warden: ${problems.length} rule problem(s); the other rules still run. First: ${problems[0].file}:${problems[0].line}: ${problems[0].message}`,
  );
}

function settingsFor(uri: string): Promise<WardenSettings> {
  if (!hasConfigurationCapability) return Promise.resolve(normalizeSettings({}));
  let cached = settingsCache.get(uri);
  if (!cached) {
    cached = connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'warden' })
      .then(normalizeSettings, () => normalizeSettings({}));
    settingsCache.set(uri, cached);
  }
  return cached;
}

function schedule(uri: string, delay = DEBOUNCE_MS, full = false): void {
  const table = full ? fullScanTimers : timers;
  clearTimeout(table.get(uri));
  if (!full) {
    // A new edit postpones the pending full scan: it runs once typing pauses.
    clearTimeout(fullScanTimers.get(uri));
    fullScanTimers.delete(uri);
  }
  table.set(
    uri,
    setTimeout(() => {
      table.delete(uri);
      scanDocument(uri, full).catch((e: unknown) => {
        // A newer edit or a close stopped it; the newer version has its own scan.
        if (e instanceof ScanCancelled) return;
        connection.console.error(`Warden: scan of ${uri} failed: ${e instanceof Error ? e.stack : String(e)}`);
      });
    }, delay),
  );
}

/**
 * How long to wait for more edits before scanning: re-scans that fit the keystroke budget run at
 * once (the diagnostics arrive while the user still looks at the edit); costlier ones wait
 * DEBOUNCE_MS for a pause, so typing is not slowed by scans the next keystroke makes stale.
 */
function editDelay(uri: string): number {
  return (editScanCost.get(uri) ?? 0) <= KEYSTROKE_SCAN_BUDGET_MS ? 0 : DEBOUNCE_MS;
}

function pathOf(uri: string): string {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  } catch {
    return uri;
  }
}

/** Dependency manifests (package.json, go.mod, pom.xml, …): checked against the advisory snapshot. */
async function scanManifestDocument(uri: string, entry: OpenDocument): Promise<void> {
  const settings = await settingsFor(uri);
  const version = entry.document.version;
  const result = settings.enable
    ? scanManifest(pathOf(uri), entry.document.getText(), loadSnapshot(), {
        disabledRules: new Set(settings.disabledRules),
        minimumSeverity: settings.minimumSeverity,
        project: projectManifests(pathOf(uri)),
      })
    : { findings: [], problems: [] };
  if (store.get(uri) !== entry || entry.document.version !== version) return;
  for (const p of result.problems) connection.console.warn(`Warden: ${uri}: ${p.message}`);
  published.set(uri, { version, findings: result.findings });
  await connection.sendDiagnostics({
    uri,
    version,
    diagnostics: result.findings.map((f) => toDiagnostic(f, uri, version, rulesById.get(f.ruleId))),
  });
}

async function scanDocument(uri: string, forceFull = false): Promise<void> {
  const entry = store.get(uri);
  if (entry && !entry.language && isManifest(pathOf(uri))) return scanManifestDocument(uri, entry);
  if (!entry || !entry.language) return;
  const settings = await settingsFor(uri);
  const version = entry.document.version;
  /** A newer edit or a close made this scan's result stale. */
  const superseded = (): boolean => store.get(uri) !== entry || entry.document.version !== version;
  if (!settings.enable) {
    published.delete(uri);
    await connection.sendDiagnostics({ uri, version, diagnostics: [] });
    return;
  }
  const text = entry.document.getText();
  const skipped = skipReason(text, settings.maxFileSizeKB * 1024);
  if (skipped) {
    if (!skippedNotified.has(uri)) {
      skippedNotified.add(uri);
      void connection.window.showInformationMessage(
        `Warden: ${path.basename(pathOf(uri))} not scanned: ${skipped.detail}`,
      );
    }
    published.delete(uri);
    await connection.sendDiagnostics({ uri, version, diagnostics: [] });
    return;
  }
  const edits = entry.pendingEdits;
  const previous = published.get(uri);
  const tree = await parse(entry, text);
  if (superseded()) return; // a newer edit will rescan
  if (!tree) {
    // Parsing ran out of its budget: the last findings no longer match the text, so they are
    // cleared, and the user hears about it once (as for an oversized document).
    if (!skippedNotified.has(uri)) {
      skippedNotified.add(uri);
      void connection.window.showInformationMessage(
        `Warden: ${path.basename(pathOf(uri))} not scanned: parsing took longer than its time budget`,
      );
    }
    published.delete(uri);
    await connection.sendDiagnostics({ uri, version, diagnostics: [] });
    return;
  }
  skippedNotified.delete(uri); // scanned again: a later skip is news
  store.markScanned(entry);
  // After small edits, only the functions they touched are analysed again; the rest keep their
  // findings (moved through the edits) until the full scan that follows on idle.
  const focus =
    !forceFull && edits && edits.length > 0 && previous
      ? focusFor(tree, entry.language, editedSpans(edits), MAX_FOCUS_SHARE)
      : undefined;
  const partial = focus && focus.endIndex - focus.startIndex < MAX_FOCUS_SHARE * text.length ? focus : undefined;
  const scanStarted = performance.now();
  const result = await scanner.scanTree(tree, text, entry.language, {
    disabledRules: new Set(settings.disabledRules),
    minimumSeverity: settings.minimumSeverity,
    testFile: isTestPath(pathOf(uri)),
    focus: partial,
    aiMarkerLabel: settings.aiMarkerLabel,
    // A whole-file scan of a large document pauses every few milliseconds, so edits, hovers and
    // code actions are answered meanwhile; an edit or a close stops it (its tree is edited then).
    ...(partial ? {} : { yieldEveryMs: SCAN_SLICE_MS, cancelled: superseded }),
  });
  if (superseded()) return;
  for (const p of result.problems) connection.console.warn(`Warden: ${uri}: ${p.message}`);
  let findings = result.findings;
  if (partial && previous && edits) {
    const inFocus = (f: Finding): boolean => {
      const at = entry.document.offsetAt(f.range.start);
      return at >= partial.startIndex && at < partial.endIndex;
    };
    const kept = previous.findings.map((f) => shiftFinding(f, edits)).filter((f): f is Finding => !!f && !inFocus(f));
    findings = [...kept, ...findings].sort(
      (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
    );
    schedule(uri, FULL_SCAN_IDLE_MS, true);
  }
  if (!forceFull && edits) {
    const cost = performance.now() - scanStarted;
    editScanCost.set(uri, ((editScanCost.get(uri) ?? cost) + cost) / 2);
  }
  published.set(uri, { version, findings });
  await connection.sendDiagnostics({
    uri,
    version,
    diagnostics: findings.map((f) => toDiagnostic(f, uri, version, rulesById.get(f.ruleId))),
  });
}

async function parse(entry: OpenDocument, text: string) {
  if (entry.treeCurrent && entry.tree) return entry.tree;
  const open = (): boolean => store.get(entry.document.uri) === entry;
  // A document closed while its settings or grammar loaded must not get a tree: nothing would free it.
  if (!open()) return undefined;
  try {
    const tree = await scanner.pool.parse(entry.language!, text, entry.tree);
    if (!open()) {
      tree.delete();
      return undefined;
    }
    store.setTree(entry, tree);
    return tree;
  } catch (e) {
    connection.console.warn(`Warden: ${entry.document.uri} not scanned: ${(e as Error).message}`);
    return undefined;
  }
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  hasConfigurationCapability = !!params.capabilities.workspace?.configuration;
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => pathOf(f.uri));
  const options = params.initializationOptions as { trusted?: boolean; languages?: string[] } | undefined;
  trusted = options?.trusted === true;
  loadScanner();
  scanner.prepare(
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
  if (settings.customRulesPath === customRulesPath) return false;
  customRulesPath = settings.customRulesPath;
  if (trusted) reloadRules();
  return trusted;
}

function reloadRules(): void {
  loadScanner();
  for (const doc of store.all()) {
    // Trees belong to the old pool's parsers; start over.
    doc.tree = undefined;
    doc.treeCurrent = false;
    schedule(doc.document.uri, 0);
  }
}

connection.onInitialized(() => {
  if (hasConfigurationCapability)
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'warden' });
  void refreshCustomRules();
});

connection.onDidChangeConfiguration(async () => {
  settingsCache.clear();
  if (await refreshCustomRules()) return;
  for (const doc of store.all()) schedule(doc.document.uri, 0);
});

connection.onNotification('warden/workspaceTrusted', () => {
  trusted = true;
  reloadRules();
});

/** Findings of the current version of a document, or nothing if it changed since the last scan. */
function currentFindings(uri: string): Finding[] | undefined {
  const entry = store.get(uri);
  const last = published.get(uri);
  return entry && last && last.version === entry.document.version ? last.findings : undefined;
}

connection.onCodeAction(({ textDocument, context }) => {
  const entry = store.get(textDocument.uri);
  if (!entry) return [];
  const version = entry.document.version;
  const wantsFixAll = context.only?.some((k) => FIX_ALL_KIND.startsWith(k) && k !== CodeActionKind.QuickFix);
  const actions =
    context.only && !context.only.includes(CodeActionKind.QuickFix)
      ? []
      : quickFixes(textDocument.uri, version, context.diagnostics);
  if (wantsFixAll || !context.only) {
    const findings = currentFindings(textDocument.uri);
    const all = findings && fixAll(textDocument.uri, entry.document.getText(), findings);
    if (all) actions.push(all);
  }
  return actions;
});

connection.onHover(({ textDocument, position }) => {
  const findings = currentFindings(textDocument.uri) ?? [];
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
      value: hits.map((f) => hoverMarkdown(f, rulesById.get(f.ruleId))).join('\n\n---\n\n'),
    },
  };
});

/**
 * Workers for a workspace scan: one core stays with the editor's server thread (keystroke scans
 * stay fast during a workspace scan) and each worker holds its own grammars (~50 MB), so a few
 * suffice.
 */
function workspaceScanWorkers(): number {
  return Math.max(1, Math.min(cores() - 1, 4));
}

/**
 * Scans every file of the workspace on the other cores, streaming diagnostics as files finish, with a
 * cancellable progress bar. Open documents keep their live diagnostics.
 */
connection.onRequest('warden/scanWorkspace', async (params: { exclude?: string[] } | undefined, token) => {
  const started = Date.now();
  const progress = await connection.window.createWorkDoneProgress();
  progress.begin('Warden: scanning workspace', 0, 'listing files…', true);
  const cancelled = (): boolean => token.isCancellationRequested || progress.token.isCancellationRequested;
  const files = workspaceFolders.flatMap((root) =>
    listWorkspaceFiles(root, { exclude: params?.exclude ?? [], cancelled }).map((file) => ({ file, root })),
  );
  const settings = await settingsFor(workspaceFolders[0] ? pathToFileURL(workspaceFolders[0]).href : '');
  const pool = new ScanPool(
    path.join(__dirname, 'scan-worker.js'),
    {
      extraRules: workspaceRules(),
      maxBytes: settings.maxFileSizeKB * 1024,
      disabledRules: settings.disabledRules,
    },
    workspaceScanWorkers(),
  );
  let done = 0;
  let findings = 0;
  try {
    await Promise.all(
      files.map(({ file, root }) =>
        pool.scan(file, { root }).then(
          (reply) => {
            done++;
            findings += reply.findings.length;
            const uri = pathToFileURL(file).href;
            if (!store.get(uri)) {
              void connection.sendDiagnostics({
                uri,
                diagnostics: reply.findings.map((f) => toDiagnostic(f, uri, -1, rulesById.get(f.ruleId))),
              });
            }
            progress.report(
              Math.round((done * 100) / Math.max(1, files.length)),
              `${done}/${files.length} files, ${findings} findings`,
            );
            if (cancelled()) void pool.close();
          },
          (e: Error) => {
            // Cancelled, or the file could not be scanned (its worker ran out of memory): not counted.
            if (!cancelled()) connection.console.warn(`Warden: ${file} not scanned: ${e.message}`);
          },
        ),
      ),
    );
  } finally {
    await pool.close();
    progress.done();
  }
  return { files: files.length, scanned: done, findings, cancelled: cancelled(), durationMs: Date.now() - started };
});

/** Every suppression in the workspace (open documents as edited), for the audit list and export. */
connection.onRequest('warden/listSuppressions', async (params: { exclude?: string[] } | undefined) => {
  const settings = await settingsFor(workspaceFolders[0] ? pathToFileURL(workspaceFolders[0]).href : '');
  return workspaceFolders.flatMap((root) =>
    collectSuppressions(
      listWorkspaceFiles(root, { exclude: params?.exclude ?? [] }),
      (file) =>
        store.get(pathToFileURL(file).href)?.document.getText() ??
        readForSuppressions(file, settings.maxFileSizeKB * 1024, root),
    ),
  );
});

/** The compliance report of the workspace ("Warden: Security report"), as Markdown or HTML text. */
connection.onRequest(
  'warden/report',
  async (params: { format?: 'md' | 'html'; exclude?: string[] } | undefined, token) => {
    const settings = await settingsFor(workspaceFolders[0] ? pathToFileURL(workspaceFolders[0]).href : '');
    const snapshot = loadSnapshot();
    const root = workspaceFolders[0] ?? process.cwd();
    const report = await collectReport(
      scanner,
      workspaceFolders.flatMap((root) => listWorkspaceFiles(root, { exclude: params?.exclude ?? [], manifests: true })),
      {
        root,
        snapshot,
        disabledRules: settings.disabledRules,
        minimumSeverity: settings.minimumSeverity,
        maxBytes: settings.maxFileSizeKB * 1024,
        containIn: workspaceFolders,
        cancelled: () => token.isCancellationRequested,
      },
    );
    const meta = {
      title: path.basename(root),
      generated: new Date().toISOString().slice(0, 10),
      version: VERSION,
      advisoryDate: snapshot.date,
    };
    const findings = report.files.reduce((n, f) => n + f.findings.length, 0);
    return {
      text: params?.format === 'html' ? formatComplianceHtml(report, meta) : formatComplianceMarkdown(report, meta),
      findings,
      files: report.filesScanned,
    };
  },
);

connection.onDidOpenTextDocument(({ textDocument }) => {
  const language = languageForEditorId(textDocument.languageId);
  store.open(textDocument.uri, textDocument.languageId, textDocument.version, textDocument.text, language);
  // Grammar and rules load while the scan waits for the document's settings.
  if (language) scanner.prepare([language]);
  schedule(textDocument.uri, 0);
});

connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
  if (store.change(textDocument.uri, contentChanges, textDocument.version))
    schedule(textDocument.uri, editDelay(textDocument.uri));
});

connection.onDidCloseTextDocument(({ textDocument }) => {
  clearTimeout(timers.get(textDocument.uri));
  timers.delete(textDocument.uri);
  clearTimeout(fullScanTimers.get(textDocument.uri));
  fullScanTimers.delete(textDocument.uri);
  store.close(textDocument.uri);
  published.delete(textDocument.uri);
  editScanCost.delete(textDocument.uri);
  settingsCache.delete(textDocument.uri);
  void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
});

registerEnclosingFunction(connection, () => scanner.pool);
connection.listen();
