// Go reachability: vulndb names the vulnerable packages of a module and their symbols
// (`ecosystem_specific.imports`). An advisory is reported at its severity when the module's own
// .go files import such a package and use a listed symbol (or import it, when no symbols are
// listed), and at info otherwise, saying which. Read from the source text, not type-checked: a
// function counts when written `pkg.Func` (called or passed), a method `Type.Method` when
// `.Method` is written in a file that imports the package. Pure: the caller reads the files.

import type { Advisory, GoVulnerableImport } from './model';

export interface GoPackageUse {
  /** `Name` of every `local.Name` written with this import's local name (or every `Name(` for a dot import). */
  selectors: Set<string>;
  /** Every `.Name` written in the files importing it, for methods whose receiver type is not visible. */
  members: Set<string>;
}

/** What a module's .go files (tests excluded) import and use. */
export interface GoModuleCode {
  files: number;
  imports: Map<string, GoPackageUse>;
}

/** Comments and string literals blanked (kept length), so `"a.Parse("` or `// x.Parse` is no use. */
function codeOnly(text: string): string {
  return text.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|`[^`]*`|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'/g, (m) =>
    m.replace(/[^\n]/g, ' '),
  );
}

const IMPORT_SPEC = /^\s*([A-Za-z_]\w*|\.)?\s*"([^"]+)"/;

/** The import declarations of a file: path → local name ('' when it is the package's own name, '.' for dot imports). */
export function goImports(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const header = text.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '');
  for (const m of header.matchAll(/\bimport\s*(\(([^)]*)\)|[^\n]*)/g)) {
    const specs = m[2] !== undefined ? m[2].split(/[\n;]/) : [m[1]];
    for (const spec of specs) {
      const s = IMPORT_SPEC.exec(spec);
      if (s && s[1] !== '_') out.set(s[2], s[1] ?? '');
    }
  }
  return out;
}

/** The names a package is likely declared as: `yaml` for gopkg.in/yaml.v3, `jwt` for …/jwt/v4, `redis` for go-redis. */
export function packageNames(importPath: string): string[] {
  const parts = importPath.split('/');
  let last = parts[parts.length - 1];
  if (/^v\d+$/.test(last) && parts.length > 1) last = parts[parts.length - 2];
  last = last.replace(/\.v\d+$/, '');
  const names = new Set([last, last.replace(/^go-/, ''), last.replace(/[-.]go$/, ''), last.replace(/-/g, '')]);
  return [...names].filter((n) => /^[A-Za-z_]\w*$/.test(n));
}

/** Reads the imports and uses of the module's source files. */
export function goModuleCode(sources: Iterable<string>): GoModuleCode {
  const code: GoModuleCode = { files: 0, imports: new Map() };
  for (const text of sources) {
    code.files++;
    const imports = goImports(text);
    if (imports.size === 0) continue;
    const body = codeOnly(text);
    const qualified = new Map<string, Set<string>>();
    const members = new Set<string>();
    const bare = new Set<string>();
    for (const m of body.matchAll(/(?:\b([A-Za-z_]\w*)\s*)?\.\s*([A-Z]\w*)/g)) {
      members.add(m[2]);
      if (m[1]) {
        let set = qualified.get(m[1]);
        if (!set) qualified.set(m[1], (set = new Set()));
        set.add(m[2]);
      }
    }
    for (const m of body.matchAll(/(?<![.\w])([A-Z]\w*)\s*\(/g)) bare.add(m[1]);
    for (const [importPath, local] of imports) {
      let use = code.imports.get(importPath);
      if (!use) code.imports.set(importPath, (use = { selectors: new Set(), members: new Set() }));
      const names = local === '.' ? [] : local ? [local] : packageNames(importPath);
      for (const n of names) for (const s of qualified.get(n) ?? []) use.selectors.add(s);
      if (local === '.') for (const s of bare) use.selectors.add(s);
      for (const s of members) use.members.add(s);
    }
  }
  return code;
}

export interface GoReach {
  /** `used`: imported and a listed symbol used (or none listed); else the advisory is reported as info. */
  level: 'used' | 'imported' | 'not-imported';
  note: string;
}

function symbolUsed(use: GoPackageUse, symbol: string): boolean {
  const dot = symbol.indexOf('.');
  return dot < 0 ? use.selectors.has(symbol) : use.members.has(symbol.slice(dot + 1));
}

const shortList = (items: string[]): string =>
  items.length > 4 ? `${items.slice(0, 4).join(', ')} and ${items.length - 4} more` : items.join(', ');

/** Whether the module's code reaches the advisory; undefined when that cannot be told (no code read, no imports listed). */
export function goReach(code: GoModuleCode | undefined, advisory: Advisory): GoReach | undefined {
  const vulnerable: GoVulnerableImport[] = advisory.imports ?? [];
  if (!code || code.files === 0 || vulnerable.length === 0) return undefined;
  const imported = vulnerable.filter((v) => code.imports.has(v.path));
  for (const v of imported) {
    const use = code.imports.get(v.path)!;
    if (!v.symbols) return { level: 'used', note: `reachable: this module imports ${v.path}` };
    const used = v.symbols.filter((s) => symbolUsed(use, s));
    if (used.length)
      return { level: 'used', note: `reachable: this module imports ${v.path} and uses ${shortList(used)}` };
  }
  if (imported.length)
    return {
      level: 'imported',
      note: `this module imports ${imported.map((v) => v.path).join(', ')} but uses none of its vulnerable symbols (${shortList(imported.flatMap((v) => v.symbols ?? []))})`,
    };
  return {
    level: 'not-imported',
    note: `this module's code does not import ${shortList(vulnerable.map((v) => v.path))}`,
  };
}
