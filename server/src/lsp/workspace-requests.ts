// The workspace-wide requests: scan every file on worker threads, list every suppression, and
// the compliance report. Files are listed and read like the CLI's (core/io's reader, size limit,
// symlinks kept inside their workspace folder).

import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import type {
  ExcludeParams,
  ListSuppressionsResult,
  ReportParams,
  ReportResult,
  ScanWorkspaceResult,
} from '../../../core/protocol/requests';
import { collectReport } from '../report/collect';
import { formatComplianceHtml, formatComplianceMarkdown } from '../report/compliance';
import { loadSnapshot } from '../sca/snapshot-file';
import { VERSION } from '../version';
import { isManifest } from '../sca';
import type { AdvisorySnapshot } from '../sca';
import { listWorkspaceFiles } from '../workspace/files';
import { scanFile } from '../workspace/scan-file';
import type { ScanOutcome } from '../workspace/scan-file';
import { cores, ScanPool } from '../workspace/pool';
import { collectSuppressions, readForSuppressions } from '../workspace/suppressions';
import { toDiagnostic } from './diagnostics';
import type { RulesHost } from './rules-host';
import type { Sessions } from './session';
import type { WardenSettings } from './settings';

export interface WorkspaceHost {
  connection: Connection;
  rules: RulesHost;
  sessions: Sessions;
  settings(uri: string): Promise<WardenSettings>;
}

/**
 * Workers for a workspace scan: one core stays with the editor's server thread (keystroke scans
 * stay fast during a workspace scan) and each worker holds its own grammars (~50 MB), so a few
 * suffice.
 */
function workspaceScanWorkers(): number {
  return Math.max(1, Math.min(cores() - 1, 4));
}

function firstFolderSettings(host: WorkspaceHost): Promise<WardenSettings> {
  const first = host.rules.folders[0];
  return host.settings(first ? pathToFileURL(first).href : '');
}

/**
 * Scans every file of the workspace on the other cores, streaming diagnostics as files finish, with a
 * cancellable progress bar. Open documents keep their live diagnostics.
 */
export async function scanWorkspace(
  host: WorkspaceHost,
  params: ExcludeParams | undefined,
  token: CancellationToken,
): Promise<ScanWorkspaceResult> {
  const { connection, rules } = host;
  const started = Date.now();
  const progress = await connection.window.createWorkDoneProgress();
  progress.begin('Warden: scanning workspace', 0, 'listing files…', true);
  const cancelled = (): boolean => token.isCancellationRequested || progress.token.isCancellationRequested;
  const settings = await firstFolderSettings(host);
  const includeVendored = settings.includeCodeKinds.includes('vendored');
  // Dependency manifests and lockfiles too, as the CLI and the report scan them: they are few and
  // need the advisory snapshot, so the server thread checks them; code goes to the workers.
  const listed = rules.folders.flatMap((root) =>
    listWorkspaceFiles(root, { exclude: params?.exclude ?? [], cancelled, includeVendored, manifests: true }).map(
      (file) => ({ file, root }),
    ),
  );
  const files = listed.filter(({ file }) => !isManifest(file));
  const manifests = listed.filter(({ file }) => isManifest(file));
  let snapshot: AdvisorySnapshot | undefined;
  const pool = new ScanPool(
    path.join(__dirname, 'scan-worker.js'),
    {
      extraRules: rules.workspaceRules(),
      maxBytes: settings.maxFileSizeKB * 1024,
      disabledRules: settings.disabledRules,
      includeKinds: settings.includeCodeKinds,
    },
    workspaceScanWorkers(),
  );
  let done = 0;
  let findings = 0;
  const total = files.length + manifests.length;
  const publish = (file: string, found: ScanOutcome['findings']): void => {
    done++;
    findings += found.length;
    const uri = pathToFileURL(file).href;
    if (!host.sessions.get(uri))
      void connection.sendDiagnostics({
        uri,
        diagnostics: found.map((f) => toDiagnostic(f, uri, -1, rules.rule(f.ruleId))),
      });
    progress.report(Math.round((done * 100) / Math.max(1, total)), `${done}/${total} files, ${findings} findings`);
  };
  try {
    for (const { file, root } of manifests) {
      if (cancelled()) break;
      const scan = await scanFile(rules.scanner, file, {
        root,
        maxBytes: settings.maxFileSizeKB * 1024,
        disabledRules: settings.disabledRules,
        minimumSeverity: settings.minimumSeverity,
        snapshot: () => (snapshot ??= loadSnapshot()),
      });
      publish(file, scan.ok ? scan.findings : []);
    }
    await Promise.all(
      files.map(({ file, root }) =>
        // Code kinds are judged inside the folder: a workspace under ~/test/ is not all test code.
        pool.scan(file, { root, codeKindPath: path.relative(root, file) }).then(
          (reply) => {
            publish(file, reply.findings);
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
  return { files: total, scanned: done, findings, cancelled: cancelled(), durationMs: Date.now() - started };
}

/** Every suppression in the workspace (open documents as edited), for the audit list and export. */
export async function listSuppressions(
  host: WorkspaceHost,
  params: ExcludeParams | undefined,
): Promise<ListSuppressionsResult> {
  const maxBytes = (await firstFolderSettings(host)).maxFileSizeKB * 1024;
  return host.rules.folders.flatMap((root) =>
    collectSuppressions(
      listWorkspaceFiles(root, { exclude: params?.exclude ?? [] }),
      (file) =>
        host.sessions.get(pathToFileURL(file).href)?.document.getText() ?? readForSuppressions(file, maxBytes, root),
    ),
  );
}

/** The compliance report of the workspace ("Warden: Security report"), as Markdown or HTML text. */
export async function workspaceReport(
  host: WorkspaceHost,
  params: ReportParams | undefined,
  token: CancellationToken,
): Promise<ReportResult> {
  const { folders } = host.rules;
  const settings = await firstFolderSettings(host);
  const snapshot = loadSnapshot();
  const root = folders[0] ?? process.cwd();
  const report = await collectReport(
    host.rules.scanner,
    folders.flatMap((folder) => listWorkspaceFiles(folder, { exclude: params?.exclude ?? [], manifests: true })),
    {
      root,
      snapshot,
      disabledRules: settings.disabledRules,
      minimumSeverity: settings.minimumSeverity,
      maxBytes: settings.maxFileSizeKB * 1024,
      containIn: folders,
      cancelled: () => token.isCancellationRequested,
    },
  );
  const meta = {
    title: path.basename(root),
    generated: new Date().toISOString().slice(0, 10),
    version: VERSION,
    advisoryDate: snapshot.date,
  };
  return {
    text: params?.format === 'html' ? formatComplianceHtml(report, meta) : formatComplianceMarkdown(report, meta),
    findings: report.files.reduce((n, f) => n + f.findings.length, 0),
    files: report.filesScanned,
  };
}

/**
 * A document closed: its findings stay until fixed, so a file of the workspace is scanned again as
 * saved on disk (the closed editor may have dropped unsaved edits). A file outside the workspace
 * folders, or one that cannot be read, has its diagnostics cleared.
 */
export async function keepFindingsOfClosed(host: WorkspaceHost, uri: string): Promise<void> {
  const { connection, rules } = host;
  const file = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  const root = file && rules.folders.find((f) => !path.relative(f, file).startsWith('..'));
  let diagnostics: ReturnType<typeof toDiagnostic>[] = [];
  if (file && root && !path.isAbsolute(path.relative(root, file))) {
    const settings = await host.settings(uri);
    const scan = settings.enable
      ? await scanFile(rules.scanner, file, {
          root,
          maxBytes: settings.maxFileSizeKB * 1024,
          disabledRules: settings.disabledRules,
          minimumSeverity: settings.minimumSeverity,
          includeKinds: settings.includeCodeKinds,
          codeKindPath: path.relative(root, file),
          snapshot: loadSnapshot,
        })
      : undefined;
    if (scan?.ok) diagnostics = scan.findings.map((f) => toDiagnostic(f, uri, -1, rules.rule(f.ruleId)));
  }
  // Reopened meanwhile: the open document's own scan publishes.
  if (!host.sessions.get(uri)) void connection.sendDiagnostics({ uri, diagnostics });
}
