// The user's files.exclude globs that are switched on: the server honours them (with .gitignore)
// for every workspace-wide operation, so scan, report and suppression list cover the same files.

import * as vscode from 'vscode';

export function workspaceExcludes(): string[] {
  const excludes = vscode.workspace.getConfiguration('files').get<Record<string, boolean>>('exclude') ?? {};
  return Object.entries(excludes)
    .filter(([, on]) => on === true)
    .map(([glob]) => glob);
}
