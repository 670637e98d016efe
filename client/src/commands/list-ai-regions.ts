// Warden: List AI-generated regions — finds every marked region in the workspace's source files
// and opens the one picked.

import * as vscode from 'vscode';
import { AiRegion, parseAiRegions } from '../../../core/protocol/ai-regions';
import { coachSettings } from './coach-context';
import type { WardenCommand } from './index';

const SOURCE_GLOB =
  '**/*.{java,js,jsx,mjs,cjs,ts,tsx,mts,cts,py,go,rb,php,cs,c,cc,cpp,h,hpp,rs,kt,swift,scala,sh,sql,html,vue,svelte}';
const EXCLUDE = '**/{node_modules,dist,out,build,vendor,.git,.venv,venv,__pycache__}/**';
const MAX_FILES = 5000;

interface Item extends vscode.QuickPickItem {
  uri: vscode.Uri;
  region: AiRegion;
}

export const listAiRegionsCommand: WardenCommand = {
  id: 'warden.listAiRegions',
  async run() {
    const label = coachSettings().aiMarkerLabel;
    const items = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Warden: finding AI-generated regions' },
      async () => {
        const out: Item[] = [];
        const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
        for (const uri of await vscode.workspace.findFiles(SOURCE_GLOB, EXCLUDE, MAX_FILES)) {
          // Unsaved edits count: read open documents from the editor, the rest from disk.
          const text =
            open.get(uri.toString())?.getText() ??
            Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
          if (!text.includes(label)) continue;
          for (const region of parseAiRegions(text, { label })) {
            const size = region.endLine - region.beginLine - (region.unterminated ? 0 : 1);
            out.push({
              uri,
              region,
              label: `${vscode.workspace.asRelativePath(uri)}:${region.beginLine + 1}`,
              description: `${size} line(s)${region.note ? ` · ${region.note}` : ''}${region.unterminated ? ' · no end marker' : ''}`,
            });
          }
        }
        return out;
      },
    );
    if (items.length === 0) {
      void vscode.window.showInformationMessage(`Warden: no regions marked "${label} begin" in this workspace.`);
      return;
    }
    const pick = await vscode.window.showQuickPick(items, {
      title: `${items.length} AI-generated region(s)`,
      matchOnDescription: true,
    });
    if (!pick) return;
    const editor = await vscode.window.showTextDocument(pick.uri);
    const range = new vscode.Range(pick.region.beginLine, 0, pick.region.endLine, 0);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
  },
};
