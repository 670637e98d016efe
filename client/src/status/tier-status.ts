// The active file's finding counts and sensitivity tier in the status bar (the two strongest
// reasons in the tooltip; a click opens Warden's menu and edits nothing), and, when enabled, an
// information diagnostic on High-tier files that have no security header. The tier itself is
// core/coach's sensitivityTier(); this file only renders it.

import * as vscode from 'vscode';
import { MISSING_HEADER_CODE, NOTHING_SENSITIVE, sensitivityTier } from '../../../core/coach/tier';
import { coachSettings, wardenFindings } from '../commands/coach-context';
import { STATUS_MENU_COMMAND } from '../commands/status-menu';
import { statusText, statusTooltip } from './status-text';

const DEBOUNCE_MS = 400;

export class TierStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('warden.tier', vscode.StatusBarAlignment.Right, 100);
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('warden-coach');
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor() {
    this.item.name = 'Warden sensitivity tier';
    this.item.command = STATUS_MENU_COMMAND;
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument(
        (e) => e.document === vscode.window.activeTextEditor?.document && this.schedule(DEBOUNCE_MS),
      ),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (e.uris.some((u) => u.toString() === active)) this.schedule(DEBOUNCE_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.diagnostics.delete(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('warden') && this.schedule(0)),
    );
    this.schedule(0);
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), delay);
  }

  private update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.uri.scheme === 'output') {
      this.item.hide();
      return;
    }
    const status = sensitivityTier(doc.getText(), wardenFindings(doc.uri), {
      requireHeaderForHighTier: coachSettings(doc.uri).requireHeaderForHighTier,
    });
    const warden = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Warden');
    const counts = {
      errors: warden.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length,
      warnings: warden.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length,
    };
    this.item.text = statusText(counts, status.label);
    this.item.tooltip = new vscode.MarkdownString(
      statusTooltip(counts, status.label, status.reasons, NOTHING_SENSITIVE),
    );
    this.item.backgroundColor =
      status.tier === 'high' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();

    if (!status.missingHeader) {
      this.diagnostics.delete(doc.uri);
      return;
    }
    const d = new vscode.Diagnostic(
      new vscode.Range(0, 0, 0, doc.lineAt(0).text.length),
      status.missingHeader,
      vscode.DiagnosticSeverity.Information,
    );
    d.source = 'Warden (coach)';
    d.code = MISSING_HEADER_CODE;
    this.diagnostics.set(doc.uri, [d]);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.subscriptions.forEach((s) => s.dispose());
    this.item.dispose();
    this.diagnostics.dispose();
  }
}
