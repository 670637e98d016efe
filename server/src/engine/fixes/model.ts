// What a quick-fix is: a title and text edits, computed with the finding and carried inside it
// (and in the diagnostic's data), so the editor can apply it without asking the engine again.

import type { Node, Tree } from 'web-tree-sitter';
import type { Dataflow, TaintConfig } from '../dataflow';
import type { LanguageId } from '../languages';
import type { Rule } from '../rule-model';
import type { Range } from '../types';

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface FixContext {
  rule: Rule;
  /** The reported node (the sink). */
  node: Node;
  captures: Map<string, Node[]>;
  text: string;
  tree: Tree;
  language: LanguageId;
  flow: Dataflow;
  taint: TaintConfig;
  /** What the rule's conditions found (e.g. "no Secure attribute"), to pick or decline a fix. */
  details: string[];
  /** Per-scan cache for work that is the same for every finding of a file (import anchors, file-wide checks). */
  memo: <T>(key: string, compute: () => T) => T;
}

export type Fixer = (ctx: FixContext) => Fix | undefined;
