// One resolver per file: the spellings under which rules see a name. Rules name a symbol one way
// (`subprocess`, `os` + `system`, `request`, `exec`, `Cipher`); the file may spell it through an
// alias, a member import or a qualified name. A local that shadows an imported name is not the
// import: it is given no spelling, so no rule naming the import matches it.

import type { Node, Tree } from 'web-tree-sitter';
import type { LanguageId } from '../languages';
import type { ScopeIndex } from '../scopes';
import { goPackageName, ImportBinding, ImportTable, readImports } from './imports';

const NAME_TYPES = new Set(['identifier', 'type_identifier', 'package_identifier']);
/** Dotted names: `flask.request`, `javax.crypto.Cipher`, `java.io.File` (as a type), `a.b` in JS/Go. */
const CHAIN_TYPES = new Set([
  'attribute',
  'field_access',
  'scoped_type_identifier',
  'scoped_identifier',
  'member_expression',
  'selector_expression',
]);
/** Parent types where an identifier names a member or a keyword, never a binding. */
const NOT_A_USE = new Set(['keyword_argument', 'pair', 'method_invocation', 'field_access', 'attribute']);

export class NameResolver {
  private table: ImportTable | undefined;
  private readonly shadowCache = new Map<number, boolean>();
  private readonly spelled = new Map<number, string[] | undefined>();
  private readonly qualified = new Map<number, string[] | undefined>();

  constructor(
    private readonly tree: Tree,
    private readonly language: LanguageId,
    private readonly scopes: () => ScopeIndex,
  ) {}

  private get imports(): ImportTable {
    this.table ??= readImports(this.tree, this.language);
    return this.table;
  }

  /**
   * Whether a node with this text may be spelled otherwise: its first name is bound by an import,
   * or (Java) it looks like a qualified name. Told from the text, so most nodes cost one lookup.
   */
  /** Whether a bare name with this text may be an imported member (cheap; see qualifierSpellings). */
  mayQualify(text: string): boolean {
    return this.imports.byName.has(text) || this.imports.wildcardMembers.length > 0;
  }

  mayRespell(text: string): boolean {
    let end = 0;
    while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
    if (end === 0) return false;
    if (this.imports.byName.has(end === text.length ? text : text.slice(0, end))) return true;
    return this.language === 'java' && text.charCodeAt(0) >= 97 && /\.\s*[A-Z]/.test(text);
  }

  /**
   * The texts a rule's regex sees for `node`: undefined when the node is spelled as written (not
   * a name, or a name no import binds); an empty list for a local that shadows an import.
   */
  spellings(node: Node): string[] | undefined {
    // Many rules test the same captured node (every call's callee): resolved once.
    if (this.spelled.has(node.id)) return this.spelled.get(node.id);
    const result = this.spell(node);
    this.spelled.set(node.id, result);
    return result;
  }

  private spell(node: Node): string[] | undefined {
    if (NAME_TYPES.has(node.type)) {
      const binding = this.bindingAt(node);
      // A local that shadows the import is spelled as written: it is not the import, but it may
      // still be what a rule names by its own name (a Django view's `request` parameter).
      if (binding === undefined || binding === null) return undefined;
      if (binding.member === undefined) return this.moduleSpellings(binding.module, binding.local);
      const qualified = `${this.conventional(binding.module)}.${binding.member}`;
      // A member of the project's own module (`./db`, `.utils`) is not the library name it shares.
      return binding.module.startsWith('.') ? [qualified] : [binding.member, qualified];
    }
    return CHAIN_TYPES.has(node.type) ? this.chainSpellings(node) : undefined;
  }

  /**
   * For a name called bare (`run(cmd)` after `from os import system as run`): the spellings of the
   * module it was imported from, which a rule writing `os.system` sees as the call's receiver.
   * Undefined when the name is not an imported member.
   */
  qualifierSpellings(node: Node): string[] | undefined {
    if (this.qualified.has(node.id)) return this.qualified.get(node.id);
    const result = this.qualify(node);
    this.qualified.set(node.id, result);
    return result;
  }

  private qualify(node: Node): string[] | undefined {
    if (!NAME_TYPES.has(node.type)) return undefined;
    const binding = this.bindingAt(node);
    if (binding) return binding.member === undefined ? undefined : this.moduleSpellings(binding.module);
    if (binding === null || this.imports.wildcardMembers.length === 0) return undefined;
    // Python `from m import *`, Go dot imports, Java static wildcard imports: a bare call of a name this file does not
    // define or bind may be any of those modules' members.
    const scopes = this.scopes();
    if (this.definesFunction(node.text) || scopes.resolve(node.text, node)) return undefined;
    return this.imports.wildcardMembers.flatMap((m) => this.moduleSpellings(m));
  }

  /** The import that binds `node`'s name; null when a local shadows it; undefined when none does. */
  private bindingAt(node: Node): ImportBinding | null | undefined {
    const binding = this.imports.byName.get(node.text);
    if (!binding || binding.node.id === node.id) return undefined;
    const shadowed = this.shadowed(node, binding);
    // Whether the name is a use at all (not a member's name, not a keyword) is asked only when the
    // answer changes its spelling: finding a node's parent walks down from the root.
    if ((shadowed || !this.keepsOwnName(binding, node.text)) && !isUse(node)) return undefined;
    return shadowed ? null : binding;
  }

  /** Whether the spellings of a name bound by this import include the name as written. */
  private keepsOwnName(binding: ImportBinding, text: string): boolean {
    if (binding.member !== undefined) return binding.member === text && !binding.module.startsWith('.');
    return binding.module === text || this.conventional(binding.module) === text;
  }

  private shadowed(use: Node, binding: ImportBinding): boolean {
    let result = this.shadowCache.get(use.id);
    if (result === undefined) {
      const scopes = this.scopes();
      if (this.definesFunction(use.text)) {
        this.shadowCache.set(use.id, true);
        return true;
      }
      const def = scopes.resolve(use.text, use);
      // A mutation (`cp.x = 1`, `list.append(v)`) does not rebind the name.
      const rebinds = !!def && !['import', 'augment', 'out-arg'].includes(def.kind);
      result = rebinds && def!.target.startIndex !== binding.node.startIndex;
      this.shadowCache.set(use.id, result);
    }
    return result;
  }

  /** Whether the file defines a function callable by this bare name (it hides an import of that name). */
  private definesFunction(name: string): boolean {
    // A Go method is never called bare.
    return !!this.scopes()
      .functionsByName.get(name)
      ?.some((f) => this.language !== 'go' || f.node.type !== 'method_declaration');
  }

  /** How rules write a module: Go by its package name (or path), Java by its class's simple name. */
  private moduleSpellings(module: string, local?: string): string[] {
    const conventional = this.conventional(module);
    // `crand "crypto/rand"` beside `"math/rand"`: the short name `rand` is ambiguous, so the alias
    // is kept as written, with the full path.
    if (local !== undefined && local !== conventional) {
      for (const other of this.imports.byName.values()) {
        if (other.module !== module && other.member === undefined && this.conventional(other.module) === conventional)
          return [local, module];
      }
    }
    // JavaScript and Python keep the name as written too: `const yaml = require('js-yaml')` is
    // `yaml` to the rules, as `session` is for `express-session`.
    const spelled = conventional === module ? [module] : [conventional, module];
    return local !== undefined && this.language !== 'go' && !spelled.includes(local) ? [local, ...spelled] : spelled;
  }

  private conventional(module: string): string {
    if (this.language === 'go') return goPackageName(module);
    if (this.language === 'java') return module.slice(module.lastIndexOf('.') + 1);
    return module;
  }

  /**
   * A dotted name through an import (`sp.Popen`, `flask.request`) or, in Java, a fully qualified
   * name (`java.io.File`): the name with the import undone, and the part after the module, which is
   * how a rule writes it after a from-import (`request`) or a Java import (`File`).
   */
  private chainSpellings(node: Node): string[] | undefined {
    // Most dotted names start with no imported name (`self.x`, `req.query`): told by the text,
    // without reading the node's children.
    const text = node.text;
    const first = /^[A-Za-z_$][\w$]*/.exec(text)?.[0];
    if (!first || !text.includes('.')) return undefined;
    if (
      !this.imports.byName.has(first) &&
      !(this.language === 'java' && /^[a-z_]/.test(first) && /\.\s*[A-Z]/.test(text))
    )
      return undefined;
    const parts = dottedParts(node);
    if (!parts) return undefined;
    const head = parts.nodes[0];
    const rest = parts.names.slice(1);
    const binding = this.bindingAt(head);
    if (binding === null) return undefined;
    if (binding) {
      const short = [...(binding.member === undefined ? [] : [binding.member]), ...rest].join('.');
      const module = binding.member === undefined ? binding.module : `${binding.module}.${binding.member}`;
      const conventional = binding.member === undefined ? this.conventional(binding.module) : module;
      const spelled = [[conventional, ...rest].join('.'), [module, ...rest].join('.')];
      return [...new Set(this.language === 'java' ? [short, ...spelled] : [...spelled, short])];
    }
    if (this.language !== 'java') return undefined;
    // java.io.File, javax.crypto.Cipher.getInstance's receiver: a package prefix, then a class.
    const firstClass = parts.names.findIndex((n) => /^[A-Z]/.test(n));
    if (firstClass < 1 || !parts.names.slice(0, firstClass).every((n) => /^[a-z_][\w]*$/.test(n))) return undefined;
    const def = this.scopes().resolve(parts.names[0], head);
    if (def && def.kind !== 'import') return undefined;
    return [parts.names.slice(firstClass).join('.'), parts.names.join('.')];
  }
}

/** [A-Za-z0-9_$] */
function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    code === 36
  );
}

/** Whether an identifier is a use of a binding: not a member's name or a keyword, except a Java method called bare. */
function isUse(node: Node): boolean {
  const parent = node.parent;
  if (!parent || !NOT_A_USE.has(parent.type)) return true;
  const object = parent.childForFieldName('object');
  return object ? object.id === node.id : parent.type === 'method_invocation';
}

/** The identifiers of a dotted name (`a.b.C`), left to right; undefined for calls, subscripts, `this`. */
function dottedParts(node: Node): { nodes: Node[]; names: string[] } | undefined {
  const nodes: Node[] = [];
  const visit = (n: Node, depth: number): boolean => {
    if (depth > 16) return false;
    if (NAME_TYPES.has(n.type) || n.type === 'property_identifier' || n.type === 'field_identifier') {
      nodes.push(n);
      return true;
    }
    if (!CHAIN_TYPES.has(n.type)) return false;
    const children = n.namedChildren.filter((c): c is Node => !!c && !/comment/.test(c.type));
    return children.length === 2 && children.every((c) => visit(c, depth + 1));
  };
  if (!visit(node, 0) || !NAME_TYPES.has(nodes[0].type)) return undefined;
  return { nodes, names: nodes.map((n) => n.text) };
}
