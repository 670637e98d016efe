// The "Warden" view in the activity bar: the workspace's findings (from the diagnostics Warden
// published) grouped by severity, class or file, optionally only on code changed since HEAD, with
// the disabled rules and the suppressions as sections of their own so neither goes unseen.

import * as path from 'path';
import * as vscode from 'vscode';
import { LIST_SUPPRESSIONS, ListSuppressionsResult, SuppressionEntry } from '../../../core/protocol';
import { runGit } from '../../../core/io/git';
import { languageClient } from '../language-client';
import { workspaceExcludes } from '../workspace-excludes';
import { changedLines, FindingGroup, GroupBy, groupFindings, onlyNewCode, ViewFinding } from './grouping';

export const VIEW_ID = 'warden.findings';
const SEVERITY: Record<number, ViewFinding['severity']> = { 0: 'error', 1: 'warning', 2: 'info', 3: 'info' };
const ICON: Record<ViewFinding['severity'], string> = { error: 'error', warning: 'warning', info: 'info' };

type Node =
  | { kind: 'group'; group: FindingGroup }
  | { kind: 'finding'; finding: ViewFinding; uri: vscode.Uri; range: vscode.Range }
  | { kind: 'disabled'; rules: string[] }
  | { kind: 'disabledRule'; rule: string }
  | { kind: 'suppressions' }
  | { kind: 'suppression'; entry: SuppressionEntry };

interface Located {
  finding: ViewFinding;
  uri: vscode.Uri;
  range: vscode.Range;
}

function relative(uri: vscode.Uri): string {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return folder ? path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join('/') : uri.fsPath;
}

/** Every Warden diagnostic VS Code holds, as view findings. */
function wardenDiagnostics(): Located[] {
  return vscode.languages.getDiagnostics().flatMap(([uri, diagnostics]) =>
    diagnostics
      .filter((d) => d.source === 'Warden')
      .map((d) => {
        const ruleId = typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? '');
        const data = (d as vscode.Diagnostic & { data?: { class?: string } }).data;
        return {
          uri,
          range: d.range,
          finding: {
            file: relative(uri),
            line: d.range.start.line,
            severity: SEVERITY[d.severity],
            ruleId,
            class: data?.class ?? ruleId.split('/')[1] ?? ruleId,
            message: d.message,
          },
        };
      }),
  );
}

export class FindingsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  groupBy: GroupBy = 'severity';
  newCodeOnly = false;
  private located: Located[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.subscriptions.push(
      vscode.languages.onDidChangeDiagnostics(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration(
        (e) => e.affectsConfiguration('warden.disabledRules') && this.refresh(),
      ),
    );
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  /** Findings shown now: all, or those on lines changed since HEAD (untracked files count as new). */
  private findings(): Located[] {
    const all = wardenDiagnostics();
    if (!this.newCodeOnly) return all;
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder || !vscode.workspace.isTrusted) return [];
    const git = (args: string[]) => {
      try {
        return runGit(args, { cwd: folder.uri.fsPath, trusted: true, timeoutMs: 10_000 });
      } catch {
        return { ok: false, stdout: '' };
      }
    };
    const diff = git(['diff', '-U0', '--no-color', '--no-ext-diff', 'HEAD']);
    const untracked = git(['ls-files', '--others', '--exclude-standard']);
    if (!diff.ok) return [];
    const kept = new Set(
      onlyNewCode(
        all.map((l) => l.finding),
        changedLines(diff.stdout),
        new Set(untracked.ok ? untracked.stdout.split('\n').filter(Boolean) : []),
      ),
    );
    return all.filter((l) => kept.has(l.finding));
  }

  getChildren(node?: Node): Node[] | Thenable<Node[]> {
    if (!node) {
      this.located = this.findings();
      const disabled = vscode.workspace.getConfiguration('warden').get<string[]>('disabledRules') ?? [];
      return [
        ...groupFindings(
          this.located.map((l) => l.finding),
          this.groupBy,
        ).map((group): Node => ({ kind: 'group', group })),
        ...(disabled.length ? [{ kind: 'disabled', rules: disabled } as Node] : []),
        { kind: 'suppressions' },
      ];
    }
    if (node.kind === 'group')
      return node.group.findings.map((finding) => {
        const at = this.located.find((l) => l.finding === finding)!;
        return { kind: 'finding', finding, uri: at.uri, range: at.range };
      });
    if (node.kind === 'disabled') return node.rules.map((rule) => ({ kind: 'disabledRule', rule }));
    if (node.kind === 'suppressions') return this.suppressions();
    return [];
  }

  private async suppressions(): Promise<Node[]> {
    const client = languageClient();
    if (!client) return [];
    const entries = await client.sendRequest<ListSuppressionsResult>(LIST_SUPPRESSIONS, {
      exclude: workspaceExcludes(),
    });
    return entries.map((entry) => ({ kind: 'suppression', entry }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Expanded);
        item.description = `${node.group.findings.length}`;
        return item;
      }
      case 'finding': {
        const f = node.finding;
        const item = new vscode.TreeItem(f.message, vscode.TreeItemCollapsibleState.None);
        item.description = `${f.file}:${f.line + 1}`;
        item.tooltip = `${f.ruleId} (${f.severity})`;
        item.iconPath = new vscode.ThemeIcon(ICON[f.severity]);
        item.command = { title: 'Open', command: 'vscode.open', arguments: [node.uri, { selection: node.range }] };
        return item;
      }
      case 'disabled': {
        const item = new vscode.TreeItem('Disabled rules', vscode.TreeItemCollapsibleState.Expanded);
        item.description = `${node.rules.length}`;
        item.iconPath = new vscode.ThemeIcon('circle-slash');
        return item;
      }
      case 'disabledRule': {
        const item = new vscode.TreeItem(node.rule, vscode.TreeItemCollapsibleState.None);
        item.description = 'warden.disabledRules';
        item.command = {
          title: 'Settings',
          command: 'workbench.action.openSettings',
          arguments: ['warden.disabledRules'],
        };
        return item;
      }
      case 'suppressions': {
        const item = new vscode.TreeItem('Suppressions', vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon('eye-closed');
        return item;
      }
      case 'suppression': {
        const e = node.entry;
        const item = new vscode.TreeItem(e.targets.join(', ') || '(all rules)', vscode.TreeItemCollapsibleState.None);
        item.description = `${relative(vscode.Uri.file(e.file))}:${e.appliesTo + 1} — ${e.reason || 'no reason given'}`;
        item.command = {
          title: 'Open',
          command: 'vscode.open',
          arguments: [vscode.Uri.file(e.file), { selection: new vscode.Range(e.line, 0, e.line, 0) }],
        };
        return item;
      }
    }
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.changed.dispose();
  }
}

/** Registers the view and its commands: show, group by, new code only / all code, refresh. */
export function activateFindingsView(context: vscode.ExtensionContext): FindingsView {
  const view = new FindingsView();
  const tree = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: view, showCollapseAll: true });
  const describe = () => {
    tree.description = `by ${view.groupBy}${view.newCodeOnly ? ' · new code since HEAD' : ''}`;
    void vscode.commands.executeCommand('setContext', 'warden.findings.newCodeOnly', view.newCodeOnly);
  };
  describe();
  context.subscriptions.push(
    view,
    tree,
    vscode.commands.registerCommand('warden.showFindings', () => vscode.commands.executeCommand(`${VIEW_ID}.focus`)),
    vscode.commands.registerCommand('warden.findings.groupBy', async (by?: GroupBy) => {
      const picked =
        by ??
        ((await vscode.window.showQuickPick(['severity', 'class', 'file'], { title: 'Group Warden findings by' })) as
          GroupBy | undefined);
      if (!picked) return;
      view.groupBy = picked;
      describe();
      view.refresh();
    }),
    vscode.commands.registerCommand('warden.findings.newCodeOnly', () => {
      view.newCodeOnly = true;
      describe();
      view.refresh();
    }),
    vscode.commands.registerCommand('warden.findings.allCode', () => {
      view.newCodeOnly = false;
      describe();
      view.refresh();
    }),
    vscode.commands.registerCommand('warden.findings.refresh', () => view.refresh()),
  );
  return view;
}
