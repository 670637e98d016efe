// The engine's public face: a Scanner that owns the parser pool and the compiled rules, used
// unchanged by the CLI, the language server, the tests and the benchmarks.

import type { Tree } from 'web-tree-sitter';
import { languageForPath, LanguageId } from './languages';
import { ParserPool, ParseTimeoutError, WasmReader } from './parsers';
import { loadRuleSources, RuleSource } from './rule-loader';
import { RuleSet } from './ruleset';
import { scanTree, ScanOptions, ScanResult } from './scan';
import type { EngineProblem } from './types';
import { skipped, type Skipped } from '../../../core/io/read-file';
import { applyCodeKind, classifyFile, CodeKindScanOptions, notScannedBecause } from './code-kinds';
import { isConfigFile } from '../../../core/secrets/config-files';
import { scanConfigText } from './config-secrets';

export * from './types';
export { LANGUAGES, LANGUAGE_IDS, languageForPath, languageForEditorId } from './languages';
export type { LanguageId } from './languages';
export type { Rule } from './rule-model';
export { CLASSES } from './rule-model';
export type { RuleSource } from './rule-loader';
export type { ScanOptions, ScanResult } from './scan';
export { ScanCancelled } from './scan';
export { ParserPool } from './parsers';
export type { WasmReader } from './parsers';
export { RuleSet } from './ruleset';
export * from './code-kinds';

/** Files larger than this are skipped unless the caller sets another limit. */
import { DEFAULT_MAX_BYTES } from '../../../core/protocol/settings';
export { DEFAULT_MAX_BYTES };

export interface TextScanOptions extends ScanOptions {
  maxBytes?: number;
}

/** A scan's result; `skipped` says why the text was not scanned (its problem says so too, for people). */
export interface TextScanResult extends ScanResult {
  skipped?: Skipped;
}

/** The result of a text that is not scanned: no findings, the reason as a problem. */
export function notScanned(reason: Skipped): TextScanResult {
  return { findings: [], problems: [{ message: `not scanned: ${reason.detail}` }], skipped: reason };
}

export class Scanner {
  readonly pool: ParserPool;
  readonly ruleSet: RuleSet;

  constructor(readWasm: WasmReader, ruleSources: RuleSource[]) {
    this.pool = new ParserPool(readWasm);
    this.ruleSet = RuleSet.from(this.pool, loadRuleSources(ruleSources));
  }

  /**
   * Starts loading the grammars of `languages` and compiling their rules, without waiting: the
   * first scan of each then finds them ready (or in progress). Failures surface at that scan.
   * With `warm`, also scans the rules' own secure examples once: a first scan runs before V8 has
   * compiled the scan code and took ~1.5x as long (2,000 lines: 320 -> 215 ms after warming).
   * Only for idle time, such as an editor's start-up before it sends any document.
   */
  prepare(languages: Iterable<LanguageId>, warm = false): void {
    for (const language of languages) {
      const ready = this.ruleSet.plan(language);
      const examples = (): string =>
        this.ruleSet
          .rulesFor(language)
          .map((r) => r.secureExample ?? '')
          .join('\n\n');
      (warm ? ready.then(() => this.scanText(examples(), language)) : ready).catch(() => undefined);
    }
  }

  /** A config file's secrets (scanConfigFile). */
  scanConfig(path: string, text: string, options: ConfigScanOptions = {}): TextScanResult {
    return scanConfigFile(this, path, text, options);
  }

  get problems(): EngineProblem[] {
    return this.ruleSet.problems;
  }

  /** Parses and scans a document; the tree is freed afterwards (wasm memory is not collected). */
  async scanText(text: string, language: LanguageId, options: TextScanOptions = {}): Promise<TextScanResult> {
    const skip = skipReason(text, options.maxBytes ?? DEFAULT_MAX_BYTES);
    if (skip) return notScanned(skip);
    let tree: Tree;
    try {
      tree = await this.pool.parse(language, text);
    } catch (e) {
      if (e instanceof ParseTimeoutError) return notScanned(skipped('parse-timeout', e.message));
      throw e;
    }
    try {
      return await scanTree(this.ruleSet, language, tree, text, options);
    } finally {
      tree.delete();
    }
  }

  scanTree(tree: Tree, text: string, language: LanguageId, options: ScanOptions = {}): Promise<ScanResult> {
    return scanTree(this.ruleSet, language, tree, text, options);
  }

  /**
   * Scans text under the name `path`: its language and code kind come from the name (and text),
   * and the kind's policy applies (engine/code-kinds.ts); reading files is workspace/scan-file's job.
   */
  async scanNamedText(
    path: string,
    text: string,
    options: TextScanOptions & CodeKindScanOptions = {},
  ): Promise<TextScanResult | undefined> {
    const language = languageForPath(path);
    if (!language && !isConfigFile(path)) return undefined;
    const verdict = classifyFile(path, text, options);
    const because = notScannedBecause(verdict, options);
    if (because) return notScanned(skipped('code-kind', because));
    const result = language ? await this.scanText(text, language, options) : this.scanConfig(path, text, options);
    return { ...result, findings: applyCodeKind(result.findings, verdict.kind, { ...options, text }) };
  }
}

export interface ConfigScanOptions {
  disabledRules?: ReadonlySet<string>;
  maxBytes?: number;
}

/**
 * Scans a config file (`.env`, YAML, JSON, …; core/secrets/config-files.ts) for secrets, line by
 * line, outside tree-sitter; the code-kind policy is the caller's (scanNamedText, scanFile).
 */
export function scanConfigFile(
  scanner: Scanner,
  path: string,
  text: string,
  options: ConfigScanOptions = {},
): TextScanResult {
  const skip = skipReason(text, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (skip) return notScanned(skip);
  const findings = scanConfigText(path, text, scanner.ruleSet.providers).filter(
    (f) => !options.disabledRules?.has(f.ruleId),
  );
  return { findings, problems: [] };
}

/** Why a document is not scanned (too large, binary), or undefined when it should be. */
export function skipReason(text: string, maxBytes: number): Skipped | undefined {
  if (text.length > maxBytes) {
    return skipped(
      'too-large',
      `the document is ${Math.round(text.length / 1024)} KB, over the ${Math.round(maxBytes / 1024)} KB limit (warden.maxFileSizeKB)`,
    );
  }
  if (text.slice(0, 8000).includes('\u0000'))
    return skipped('binary', 'the document looks binary (it contains NUL bytes)');
  return undefined;
}
