// Everything the server keeps for one open document, in one object with one dispose(): the text
// and its syntax tree (edits are applied to both, so re-parsing is incremental), the pending scan
// timers, the findings last published, the recent cost of edit scans, the settings, and whether
// the user was already told the document is not scanned. Closing a document disposes its session,
// so nothing of it outlives the close (red-team #12 measured what a leak here costs).

import { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Edit, Point, Tree } from 'web-tree-sitter';
import type { Finding, LanguageId } from '../engine';
import type { EditRecord } from './incremental';
import type { WardenSettings } from './settings';

/** Syntax trees alive in every session: wasm memory is never collected, so a test counts them. */
let liveTrees = 0;
export function liveTreeCount(): number {
  return liveTrees;
}

function endPoint(start: Point, inserted: string): Point {
  const lines = inserted.split(/\r\n|\r|\n/);
  if (lines.length === 1) return { row: start.row, column: start.column + inserted.length };
  return { row: start.row + lines.length - 1, column: lines[lines.length - 1].length };
}

type TimerKind = 'edit' | 'full';

export class DocumentSession {
  document: TextDocument;
  /** The tree of the last parse, already `edit`ed for changes made since. */
  private syntaxTree: Tree | undefined;
  /** Whether the tree reflects the current text (false after edits until re-parsed). */
  treeCurrent = false;
  /** Edits since the last scan, in order; undefined after a full-text change (no partial re-scan). */
  pendingEdits: EditRecord[] | undefined;
  /** The findings last published, for hovers and fix-all. */
  published: { version: number; findings: Finding[] } | undefined;
  /** Recent cost of edit-triggered scans (ms, smoothed): sets how long edits are coalesced. */
  editScanCost: number | undefined;
  private settings: Promise<WardenSettings> | undefined;
  private skipAnnounced = false;
  private readonly timers = new Map<TimerKind, NodeJS.Timeout>();
  private disposed = false;
  /** Scans using the tree now; a tree dropped meanwhile is freed when the last one is done. */
  private holds = 0;
  private retired: Tree[] = [];

  constructor(
    uri: string,
    editorLanguageId: string,
    version: number,
    text: string,
    readonly language: LanguageId | undefined,
  ) {
    this.document = TextDocument.create(uri, editorLanguageId, version, text);
  }

  get uri(): string {
    return this.document.uri;
  }
  get version(): number {
    return this.document.version;
  }
  get isDisposed(): boolean {
    return this.disposed;
  }
  get tree(): Tree | undefined {
    return this.syntaxTree;
  }
  get pendingTimers(): number {
    return this.timers.size;
  }

  /** Applies LSP content changes in order, keeping the tree in step with the text. */
  applyChanges(changes: TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (!('range' in change) || !change.range) {
        this.dropTree(); // a full-text change: an incremental parse is not possible
        this.pendingEdits = undefined;
      } else if (this.syntaxTree) {
        const doc = this.document;
        const startIndex = doc.offsetAt(change.range.start);
        const oldEndIndex = doc.offsetAt(change.range.end);
        const startPosition = { row: change.range.start.line, column: change.range.start.character };
        const edit = {
          startIndex,
          oldEndIndex,
          newEndIndex: startIndex + change.text.length,
          startPosition,
          oldEndPosition: { row: change.range.end.line, column: change.range.end.character },
          newEndPosition: endPoint(startPosition, change.text),
        } as Edit;
        this.syntaxTree.edit(edit);
        this.pendingEdits?.push({
          startIndex,
          oldEndIndex,
          newEndIndex: edit.newEndIndex,
          start: change.range.start,
          oldEnd: change.range.end,
          newEnd: { line: edit.newEndPosition.row, character: edit.newEndPosition.column },
        });
      } else {
        this.pendingEdits = undefined; // no tree to edit: the next scan is a full one
      }
      this.document = TextDocument.update(this.document, [change], version);
    }
    this.treeCurrent = false;
  }

  /** Keeps `tree` as the document's current tree; a tree for a disposed session is freed at once. */
  setTree(tree: Tree): void {
    if (tree === this.syntaxTree) {
      this.treeCurrent = true;
      return;
    }
    liveTrees++;
    if (this.disposed) {
      tree.delete();
      liveTrees--;
      return;
    }
    this.dropTree();
    this.syntaxTree = tree;
    this.treeCurrent = true;
  }

  /** Frees the tree (after a full-text change, or when the rules and their parsers are reloaded). */
  dropTree(): void {
    if (this.syntaxTree) this.retired.push(this.syntaxTree);
    this.syntaxTree = undefined;
    this.treeCurrent = false;
    this.freeRetired();
  }

  /**
   * Marks the tree in use by a scan until the returned release is called: a close, a full-text
   * change or a rules reload meanwhile frees it only then (a freed tree read later is wasm memory
   * already handed to someone else).
   */
  hold(): () => void {
    this.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
      this.freeRetired();
    };
  }

  private freeRetired(): void {
    if (this.holds > 0) return;
    for (const tree of this.retired.splice(0)) {
      tree.delete();
      liveTrees--;
    }
  }

  /** Called after each scan: later edits are recorded from here on. */
  markScanned(): void {
    this.pendingEdits = [];
  }

  /** The document's settings, fetched once until the configuration changes. */
  settingsFrom(fetch: () => Promise<WardenSettings>): Promise<WardenSettings> {
    this.settings ??= fetch();
    return this.settings;
  }
  forgetSettings(): void {
    this.settings = undefined;
  }

  /** True the first time a document is not scanned since it was last scanned: the user is told once. */
  firstSkip(): boolean {
    const first = !this.skipAnnounced;
    this.skipAnnounced = true;
    return first;
  }
  /** Scanned again: a later skip is news. */
  scannedAgain(): void {
    this.skipAnnounced = false;
  }

  /** Runs `run` after `delay`; a new edit timer also postpones the pending full scan. */
  schedule(kind: TimerKind, delay: number, run: () => void): void {
    if (this.disposed) return;
    this.cancel(kind);
    if (kind === 'edit') this.cancel('full');
    this.timers.set(
      kind,
      setTimeout(() => {
        this.timers.delete(kind);
        run();
      }, delay),
    );
  }

  private cancel(kind: TimerKind): void {
    clearTimeout(this.timers.get(kind));
    this.timers.delete(kind);
  }

  dispose(): void {
    this.disposed = true;
    for (const kind of [...this.timers.keys()]) this.cancel(kind);
    this.dropTree();
    this.published = undefined;
    this.settings = undefined;
  }
}

/** The open documents by URI. */
export class Sessions {
  private readonly byUri = new Map<string, DocumentSession>();

  open(uri: string, editorLanguageId: string, version: number, text: string, language: LanguageId | undefined) {
    this.close(uri);
    const session = new DocumentSession(uri, editorLanguageId, version, text, language);
    this.byUri.set(uri, session);
    return session;
  }

  get(uri: string): DocumentSession | undefined {
    return this.byUri.get(uri);
  }

  all(): DocumentSession[] {
    return [...this.byUri.values()];
  }

  get size(): number {
    return this.byUri.size;
  }

  close(uri: string): void {
    this.byUri.get(uri)?.dispose();
    this.byUri.delete(uri);
  }
}
