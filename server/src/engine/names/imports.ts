// Reads a file's imports into one table per language: which local name stands for which module
// or module member (`import subprocess as sp`, `from os import system as run`,
// `const { exec: run } = require('child_process')`, `import osexec "os/exec"`,
// `import static java.lang.Runtime.getRuntime`). Data for the name resolver; nothing is loaded.

import { Language, Node, Query, Tree } from 'web-tree-sitter';
import type { LanguageId } from '../languages';

/** What a local name was bound to by an import. */
export interface ImportBinding {
  /** The name as the file writes it (`sp`, `run`, `osexec`). */
  local: string;
  /** The identifier that binds it, to tell the import from a local that shadows it. */
  node: Node;
  /** Module path as imported: `subprocess`, `os.path`, `child_process`, `os/exec`, `java.lang.Runtime`. */
  module: string;
  /** For a member import: the member's own name (`system`, `exec`, `getRuntime`, `File`). */
  member?: string;
}

export interface ImportTable {
  byName: Map<string, ImportBinding>;
  /** Modules whose members are imported unnamed: `from os import *`, Go `import . "os"`, Java `import static a.B.*`. */
  wildcardMembers: string[];
}

const IMPORT_NODES: Record<LanguageId, string[]> = {
  python: ['import_statement', 'import_from_statement'],
  javascript: ['import_statement', 'variable_declarator'],
  typescript: ['import_statement', 'variable_declarator'],
  tsx: ['import_statement', 'variable_declarator'],
  go: ['import_spec'],
  java: ['import_declaration'],
};

export function readImports(tree: Tree, language: LanguageId): ImportTable {
  const table: ImportTable = { byName: new Map(), wildcardMembers: [] };
  const bind = (node: Node | null, module: string, member?: string): void => {
    if (node) table.byName.set(node.text, { local: node.text, node, module, member });
  };
  const read = READERS[language];
  for (const { node } of importQuery(tree.language, language).captures(tree.rootNode)) read(node, bind, table);
  return table;
}

const importQueries = new Map<Language, Query>();

/** Finds the import nodes inside the wasm module (a walk of every node from JavaScript cost more). */
function importQuery(grammar: Language, language: LanguageId): Query {
  let query = importQueries.get(grammar);
  if (!query) {
    const types = IMPORT_NODES[language].filter((t) => !!grammar.idForNodeType(t, true));
    query = new Query(grammar, `[${types.map((t) => `(${t})`).join(' ')}] @import`);
    importQueries.set(grammar, query);
  }
  return query;
}

type Bind = (node: Node | null, module: string, member?: string) => void;
type Reader = (node: Node, bind: Bind, table: ImportTable) => void;

function named(node: Node | null): Node[] {
  return node ? node.namedChildren.filter((c): c is Node => !!c) : [];
}

/** `import a.b as c`, `import a.b` (binds `a`), `from m import n as c`, `from m import *`. */
function readPython(node: Node, bind: Bind, table: ImportTable): void {
  if (node.type === 'import_statement') {
    for (const item of node.childrenForFieldName('name')) {
      if (item?.type === 'aliased_import') bind(item.childForFieldName('alias'), item.childForFieldName('name')!.text);
      else if (item?.type === 'dotted_name') bind(item.firstNamedChild, item.firstNamedChild!.text);
    }
    return;
  }
  const module = node.childForFieldName('module_name')?.text ?? '';
  if (named(node).some((c) => c.type === 'wildcard_import')) table.wildcardMembers.push(module);
  for (const item of node.childrenForFieldName('name')) {
    if (item?.type === 'aliased_import')
      bind(item.childForFieldName('alias'), module, item.childForFieldName('name')!.text);
    else if (item?.type === 'dotted_name') bind(item.lastNamedChild, module, item.text);
  }
}

/** The module a `require('m')` call names, or undefined for any other expression. */
function requiredModule(value: Node | null): string | undefined {
  if (value?.type !== 'call_expression' || value.childForFieldName('function')?.text !== 'require') return undefined;
  const arg = value.childForFieldName('arguments')?.firstNamedChild;
  return arg?.type === 'string' ? moduleName(arg) : undefined;
}

function moduleName(literal: Node): string {
  return literal.text.slice(1, -1).replace(/^node:/, '');
}

/** ES imports (default, namespace, named with alias) and `require` bindings (plain, destructured, `.member`). */
function readJavaScript(node: Node, bind: Bind): void {
  if (node.type === 'import_statement') {
    const source = node.childForFieldName('source');
    if (!source) return;
    const module = moduleName(source);
    const clause = named(node).find((c) => c.type === 'import_clause');
    for (const part of named(clause ?? null)) {
      if (part.type === 'identifier') bind(part, module);
      else if (part.type === 'namespace_import') bind(part.firstNamedChild, module);
      else if (part.type === 'named_imports')
        for (const spec of named(part).filter((s) => s.type === 'import_specifier')) {
          const name = spec.childForFieldName('name');
          bind(spec.childForFieldName('alias') ?? name, module, name?.text);
        }
    }
    return;
  }
  const target = node.childForFieldName('name');
  const value = node.childForFieldName('value');
  const whole = requiredModule(value);
  if (whole !== undefined && target?.type === 'identifier') return bind(target, whole);
  if (whole !== undefined && target?.type === 'object_pattern') {
    for (const part of named(target)) {
      if (part.type === 'shorthand_property_identifier_pattern') bind(part, whole, part.text);
      else if (part.type === 'pair_pattern') {
        const key = part.childForFieldName('key');
        const local = part.childForFieldName('value');
        if (local?.type === 'identifier') bind(local, whole, key?.text);
      }
    }
    return;
  }
  // const exec = require('child_process').exec
  if (value?.type === 'member_expression' && target?.type === 'identifier') {
    const module = requiredModule(value.childForFieldName('object'));
    if (module !== undefined) bind(target, module, value.childForFieldName('property')?.text);
  }
}

/** A Go package's name as code writes it: the last path element, without a `/vN` or `.vN` suffix. */
export function goPackageName(path: string): string {
  const parts = path.split('/');
  let last = parts[parts.length - 1];
  if (/^v\d+$/.test(last) && parts.length > 1) last = parts[parts.length - 2];
  return last.replace(/\.v\d+$/, '').replace(/^go-/, '');
}

/** `import osexec "os/exec"`, `import "os/exec"` (binds `exec`), `import . "os/exec"`. */
function readGo(node: Node, _bind: Bind, table: ImportTable): void {
  const pathNode = node.childForFieldName('path');
  if (!pathNode) return;
  const path = pathNode.text.slice(1, -1);
  const name = node.childForFieldName('name');
  if (name?.type === 'dot') table.wildcardMembers.push(path);
  else if (name?.type === 'package_identifier')
    table.byName.set(name.text, { local: name.text, node: name, module: path });
  else if (!name) {
    const local = goPackageName(path);
    table.byName.set(local, { local, node: pathNode, module: path });
  }
}

/** `import a.b.C;`, `import static a.b.C.m;`, `import static a.b.C.*;` (`import a.b.*;` names nothing). */
function readJava(node: Node, _bind: Bind, table: ImportTable): void {
  const isStatic = node.children.some((c) => c?.type === 'static');
  const path = named(node).find((c) => c.type === 'scoped_identifier' || c.type === 'identifier');
  if (!path) return;
  const wildcard = named(node).some((c) => c.type === 'asterisk');
  const text = path.text.replace(/\s+/g, '');
  if (wildcard) {
    if (isStatic) table.wildcardMembers.push(text);
    return;
  }
  const cut = text.lastIndexOf('.');
  if (cut < 0) return;
  const local = text.slice(cut + 1);
  const nameNode = path.childForFieldName('name') ?? path;
  table.byName.set(local, { local, node: nameNode, module: text.slice(0, cut), member: local });
}

const READERS: Record<LanguageId, Reader> = {
  python: readPython,
  javascript: readJavaScript,
  typescript: readJavaScript,
  tsx: readJavaScript,
  go: readGo,
  java: readJava,
};
