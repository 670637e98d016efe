// Where the Node processes (CLI, language server, tests, benchmarks) find their assets: the wasm
// grammars and the built-in rules. Built bundles carry them in dist/; source runs use the repo.

import * as fs from 'fs';
import * as path from 'path';
import { Scanner, RuleSource, WasmReader } from '../engine';
import { MAX_RULE_FILE_BYTES } from '../engine/rule-yaml';
import { readWorkspaceFile } from '../../../core/io/read-file';

export interface Assets {
  wasmDir: string;
  /** dist/rules.json (bundled) or the rules/ folder (source checkout). */
  rules: string;
}

/** Finds the assets beside the running bundle, else in the repository this file lives in. */
export function defaultAssets(from = __dirname): Assets {
  if (fs.existsSync(path.join(from, 'wasm', 'web-tree-sitter.wasm'))) {
    return { wasmDir: path.join(from, 'wasm'), rules: path.join(from, 'rules.json') };
  }
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'rules')) && fs.existsSync(path.join(dir, 'dist', 'wasm'))) {
      return { wasmDir: path.join(dir, 'dist', 'wasm'), rules: path.join(dir, 'rules') };
    }
  }
  throw new Error(`Warden's wasm grammars were not found near ${from}: run \`npm run build\` first`);
}

export function wasmReaderFromDir(dir: string): WasmReader {
  return async (fileName) => new Uint8Array(await fs.promises.readFile(path.join(dir, fileName)));
}

/** More rule files than this in one folder are not read: the folder is someone's mistake or an attack. */
export const MAX_RULE_FILES = 1000;

/**
 * Every .yaml/.yml file under `dir`, with paths relative to `base` for error messages. Read through
 * the workspace reader (regular files inside `dir` only, at most MAX_RULE_FILE_BYTES each); a file
 * that is not read is still listed, with the reason, so the loader reports it at its name.
 */
export function readRuleDir(dir: string, base = dir): RuleSource[] {
  const out: RuleSource[] = [];
  const full = (): boolean => out.length > MAX_RULE_FILES;
  const visit = (d: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    } catch (e) {
      // An unreadable folder is reported like an unreadable file: the other rules still load.
      const folder = path.relative(base, d).split(path.sep).join('/') || '.';
      out.push({ file: folder, text: '', unread: `the folder could not be read (${(e as Error).message})` });
      return;
    }
    for (const entry of entries) {
      if (full()) return;
      const at = path.join(d, entry.name);
      // Folders only when really folders: a symlinked folder could loop or lead out of `dir`.
      if (entry.isDirectory()) visit(at);
      else if (/\.ya?ml$/.test(entry.name)) {
        const file = path.relative(base, at).split(path.sep).join('/');
        if (out.length === MAX_RULE_FILES) {
          out.push({
            file,
            text: '',
            unread: `over ${MAX_RULE_FILES} rule files in one folder; this one and later ones`,
          });
          return;
        }
        const read = readWorkspaceFile(at, { maxBytes: MAX_RULE_FILE_BYTES, root: dir });
        out.push(read.ok ? { file, text: read.text } : { file, text: '', unread: read.detail });
      }
    }
  };
  visit(dir);
  return out;
}

export function readRules(location: string): RuleSource[] {
  if (location.endsWith('.json')) return JSON.parse(fs.readFileSync(location, 'utf8')) as RuleSource[];
  return readRuleDir(location, path.dirname(location));
}

export function createNodeScanner(extraRules: RuleSource[] = [], assets: Assets = defaultAssets()): Scanner {
  return new Scanner(wasmReaderFromDir(assets.wasmDir), [...readRules(assets.rules), ...extraRules]);
}
