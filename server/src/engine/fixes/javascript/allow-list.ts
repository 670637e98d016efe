// JavaScript: where no rewrite is safe (a client-chosen URL, module or function name), a review
// skeleton: an empty allow-list with a TODO beside the imports, and a check before the sink that
// refuses values not on it. The finding stays until the developer fills the list and reviews it.

import type { Node } from 'web-tree-sitter';
import { addImport, eol, indentOf, insertAt, statementOf } from '../edits';
import type { Fix, FixContext, Fixer, Propose, TextEdit } from '../model';

/** Reading these twice is harmless: request fields, getters, string helpers. */
const PURE_CALL = /^(get|getAll|param|query|header|get[A-Z]\w*|slice|substring|trim|toString|toLowerCase)$/;

function readTwiceIsSafe(node: Node): boolean {
  if (
    /^(await_expression|assignment_expression|augmented_assignment_expression|update_expression|new_expression)$/.test(
      node.type,
    )
  )
    return false;
  if (node.type === 'call_expression') {
    const property = node.childForFieldName('function')?.childForFieldName('property')?.text ?? '';
    if (!PURE_CALL.test(property)) return false;
  }
  return node.namedChildren.every((c) => !c || readTwiceIsSafe(c));
}

interface Guard {
  /** The module-level set, e.g. ALLOWED_HOSTS. */
  set: string;
  /** What the TODO asks to list. */
  todo: string;
  /** The checked expression built from the value's text. */
  key: (value: string) => string;
  refusal: string;
}

function skeleton(ctx: FixContext, sink: Node, value: Node, guard: Guard): Fix | undefined {
  if (!readTwiceIsSafe(value)) return undefined;
  const stmt = statementOf(ctx, sink);
  const previous = stmt.previousNamedSibling;
  if (previous && previous.text.includes(`${guard.set}.has(`)) return undefined; // already guarded
  // An existing list is reused when it is a module-level Set; any other declaration is not ours to extend.
  const declared = ctx.tree.rootNode.namedChildren.find(
    (c) => !!c && /^(lexical|variable)_declaration$/.test(c.type) && new RegExp(`\\b${guard.set}\\s*=`).test(c.text),
  );
  if (declared ? !new RegExp(`\\b${guard.set}\\s*=\\s*new Set\\b`).test(declared.text) : ctx.text.includes(guard.set))
    return undefined;
  const typed = ctx.language === 'javascript' ? '' : '<string>';
  const line = `const ${guard.set} = new Set${typed}([]); // TODO: ${guard.todo}`;
  const nl = eol(ctx);
  const indent = indentOf(ctx.text, stmt);
  let declaration = declared ? undefined : addImport(ctx, line, new RegExp(`\\b(const|let|var)\\s+${guard.set}\\b`));
  // A script without imports: the list goes before the check, not above the file's first line of code.
  let inline = '';
  if (declaration && declaration.range.start.line === 0 && /^\S/.test(ctx.text)) {
    declaration = undefined;
    inline = `${line}${nl}${indent}`;
  }
  const text = value.type === 'shorthand_property_identifier' ? value.text : value.text.replace(/!$/, '');
  const check = `if (!${guard.set}.has(${guard.key(text)})) throw new Error('${guard.refusal}');`;
  const edits: TextEdit[] = [
    insertAt({ line: stmt.startPosition.row, character: stmt.startPosition.column }, `${inline}${check}${nl}${indent}`),
  ];
  if (declaration) edits.unshift(declaration);
  return { title: `Refuse values not listed in ${guard.set} (fill in the list)`, edits, safety: 'review' };
}

const HOSTS: Guard = {
  set: 'ALLOWED_HOSTS',
  todo: 'list the hosts this server may call',
  key: (v) => `new URL(String(${v})).hostname`,
  refusal: 'host not allowed',
};

/** fetch(req.query.url) → refuse hosts not on an allow-list first. */
const ssrf: Propose = (ctx) => {
  const url = ctx.captures.get('url')?.[0];
  return url ? skeleton(ctx, ctx.node, url, HOSTS) : undefined;
};

/** require(req.query.name) / window[action]() → refuse names not on an allow-list first. */
const dynamicCode: Propose = (ctx) => {
  const code = ctx.captures.get('code')?.[0];
  const fn = ctx.captures.get('fn')?.[0]?.text;
  if (!code) return undefined;
  if (fn === 'require' || fn === 'import')
    return skeleton(ctx, ctx.node, code, {
      set: 'ALLOWED_MODULES',
      todo: 'list the modules a request may load',
      key: (v) => `String(${v})`,
      refusal: 'module not allowed',
    });
  if (ctx.captures.get('obj')?.[0])
    return skeleton(ctx, ctx.node, code, {
      set: 'ALLOWED_ACTIONS',
      todo: 'list the functions a request may call',
      key: (v) => `String(${v})`,
      refusal: 'action not allowed',
    });
  return undefined;
};

export const ssrfAllowListFixer: Fixer = { name: 'js-ssrf-allow-list', safety: 'review', propose: ssrf };
export const dynamicCodeAllowListFixer: Fixer = { name: 'js-code-allow-list', safety: 'review', propose: dynamicCode };
