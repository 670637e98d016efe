// Where the Node processes (CLI, language server, tests, benchmarks) find their assets: the wasm
// grammars and the built-in rules. Built bundles carry them in dist/; source runs use the repo.

import * as fs from 'fs';
import * as path from 'path';
import { Scanner, RuleSource, WasmReader } from '../engine';

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

/** Every .yaml/.yml file under `dir`, with paths relative to `base` for error messages. */
export function readRuleDir(dir: string, base = dir): RuleSource[] {
  const out: RuleSource[] = [];
  const visit = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.ya?ml$/.test(entry.name)) {
        out.push({ file: path.relative(base, full).split(path.sep).join('/'), text: fs.readFileSync(full, 'utf8') });
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
