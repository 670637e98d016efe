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

/**
 * `safe`: keeps what the code is for and removes the finding; preferred and part of fix-all.
 * `review`: a rewrite the developer must check (it picks an allow-list, a limit, an environment
 * variable, a data format): offered, never preferred, never bulk-applied.
 */
export type FixSafety = 'safe' | 'review';

export interface Fix {
  title: string;
  edits: TextEdit[];
  /**
   * Set on every fix the engine computes. Absent only on fixes made outside the fixer registry
   * (a dependency upgrade), which count as safe.
   */
  safety?: FixSafety;
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

/** Computes a fix for one finding; a result marked `review` downgrades a safe fixer for this shape. */
export type Propose = (ctx: FixContext) => Fix | undefined;

/** A built-in fixer: the name rule files use (`fix: py-generic-error`) and its declared safety. */
export interface Fixer {
  name: string;
  safety: FixSafety;
  propose: Propose;
}
