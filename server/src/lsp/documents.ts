// Open documents with their syntax trees. Edits are applied to the text and to the tree
// (tree.edit), so the next parse reuses the old tree: re-parsing after a keystroke is incremental.
// Trees of closed documents are freed at once (wasm memory is not garbage-collected).

import { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Edit, Point, Tree } from 'web-tree-sitter';
import type { LanguageId } from '../engine';
import type { EditRecord } from './incremental';

export interface OpenDocument {
  document: TextDocument;
  language: LanguageId | undefined;
  /** The tree of the last parse, already `edit`ed for changes made since. */
  tree: Tree | undefined;
  /** Whether `tree` reflects the current text (false after edits until re-parsed). */
  treeCurrent: boolean;
  /** Edits since the last scan, in order; undefined after a full-text change (no partial re-scan). */
  pendingEdits: EditRecord[] | undefined;
}

function endPoint(start: Point, inserted: string): Point {
  const lines = inserted.split(/\r\n|\r|\n/);
  if (lines.length === 1) return { row: start.row, column: start.column + inserted.length };
  return { row: start.row + lines.length - 1, column: lines[lines.length - 1].length };
}

export class DocumentStore {
  private readonly docs = new Map<string, OpenDocument>();

  open(
    uri: string,
    editorLanguageId: string,
    version: number,
    text: string,
    language: LanguageId | undefined,
  ): OpenDocument {
    this.close(uri);
    const entry: OpenDocument = {
      document: TextDocument.create(uri, editorLanguageId, version, text),
      language,
      tree: undefined,
      treeCurrent: false,
      pendingEdits: undefined,
    };
    this.docs.set(uri, entry);
    return entry;
  }

  get(uri: string): OpenDocument | undefined {
    return this.docs.get(uri);
  }

  all(): OpenDocument[] {
    return [...this.docs.values()];
  }

  /** Applies LSP content changes in order, keeping the tree in step with the text. */
  change(uri: string, changes: TextDocumentContentChangeEvent[], version: number): OpenDocument | undefined {
    const entry = this.docs.get(uri);
    if (!entry) return undefined;
    for (const change of changes) {
      if (!('range' in change) || !change.range) {
        // Full-text change: an incremental parse is not possible.
        entry.tree?.delete();
        entry.tree = undefined;
        entry.pendingEdits = undefined;
      } else if (entry.tree) {
        const doc = entry.document;
        const startIndex = doc.offsetAt(change.range.start);
        const oldEndIndex = doc.offsetAt(change.range.end);
        const startPosition = { row: change.range.start.line, column: change.range.start.character };
        const edit: Edit = {
          startIndex,
          oldEndIndex,
          newEndIndex: startIndex + change.text.length,
          startPosition,
          oldEndPosition: { row: change.range.end.line, column: change.range.end.character },
          newEndPosition: endPoint(startPosition, change.text),
        } as Edit;
        entry.tree.edit(edit);
        entry.pendingEdits?.push({
          startIndex,
          oldEndIndex,
          newEndIndex: edit.newEndIndex,
          start: change.range.start,
          oldEnd: change.range.end,
          newEnd: { line: edit.newEndPosition.row, character: edit.newEndPosition.column },
        });
      } else {
        entry.pendingEdits = undefined; // no tree to edit: the next scan is a full one
      }
      entry.document = TextDocument.update(entry.document, [change], version);
    }
    entry.treeCurrent = false;
    return entry;
  }

  setTree(entry: OpenDocument, tree: Tree): void {
    if (entry.tree && entry.tree !== tree) entry.tree.delete();
    entry.tree = tree;
    entry.treeCurrent = true;
  }

  /** Called after each scan: later edits are recorded from here on. */
  markScanned(entry: OpenDocument): void {
    entry.pendingEdits = [];
  }

  close(uri: string): void {
    const entry = this.docs.get(uri);
    entry?.tree?.delete();
    this.docs.delete(uri);
  }
}
