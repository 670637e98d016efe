// Loads web-tree-sitter and the grammars lazily (once each) and hands out one reusable parser per
// language. Bytes come through an injected reader so the engine never touches the file system.

import { Language, Parser, Tree } from 'web-tree-sitter';
import { LANGUAGES, LanguageId } from './languages';

/** Returns the bytes of a wasm file by name (`web-tree-sitter.wasm`, `tree-sitter-go.wasm`, …). */
export type WasmReader = (fileName: string) => Promise<Uint8Array>;

/** Parsing stops after this long; the document is then reported as skipped, never hung on. */
export const DEFAULT_PARSE_BUDGET_MS = 3000;

export class ParseTimeoutError extends Error {
  constructor(budgetMs: number) {
    super(`parsing took longer than ${budgetMs} ms and was stopped`);
  }
}

/**
 * tree-sitter starts a row only at \n, but LSP (and old Mac files) also end a line at a lone \r:
 * without this, every finding after one was reported on the wrong line and past its line's end,
 * and a line comment swallowed the rest of the file. \r → \n keeps every offset the same.
 */
export function withLoneCarriageReturnsAsNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

export class ParserPool {
  private initialized: Promise<void> | undefined;
  private readonly languages = new Map<LanguageId, Promise<Language>>();
  private readonly parsers = new Map<LanguageId, Parser>();

  constructor(private readonly readWasm: WasmReader) {}

  private init(): Promise<void> {
    this.initialized ??= this.readWasm('web-tree-sitter.wasm').then((wasmBinary) => Parser.init({ wasmBinary }));
    return this.initialized;
  }

  language(id: LanguageId): Promise<Language> {
    let pending = this.languages.get(id);
    if (!pending) {
      pending = this.init()
        .then(() => this.readWasm(LANGUAGES[id].wasmFile))
        .then((bytes) => Language.load(bytes));
      // A failed load must not poison the cache: the next request retries.
      pending.catch(() => this.languages.delete(id));
      this.languages.set(id, pending);
    }
    return pending;
  }

  async parser(id: LanguageId): Promise<Parser> {
    const language = await this.language(id);
    let parser = this.parsers.get(id);
    if (!parser) {
      parser = new Parser();
      parser.setLanguage(language);
      this.parsers.set(id, parser);
    }
    return parser;
  }

  /**
   * Parses `text`, reusing `oldTree` (already `edit`ed by the caller) for an incremental parse.
   * Throws ParseTimeoutError when the budget runs out.
   */
  async parse(id: LanguageId, text: string, oldTree?: Tree | null, budgetMs = DEFAULT_PARSE_BUDGET_MS): Promise<Tree> {
    const parser = await this.parser(id);
    const deadline = Date.now() + budgetMs;
    const tree = parser.parse(withLoneCarriageReturnsAsNewlines(text), oldTree ?? null, {
      progressCallback: () => Date.now() > deadline,
    });
    if (!tree) {
      parser.reset();
      throw new ParseTimeoutError(budgetMs);
    }
    return tree;
  }

  dispose(): void {
    for (const parser of this.parsers.values()) parser.delete();
    this.parsers.clear();
  }
}
