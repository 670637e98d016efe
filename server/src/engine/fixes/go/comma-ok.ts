// Go: a single-value type assertion becomes the comma-ok form with an early rejection.

import type { Node } from 'web-tree-sitter';
import { addImport, eol, indentOf, insertAt, nameInScope, replace, statementOf } from '../edits';
import type { FixContext, TextEdit, Fixer, Propose } from '../model';
import { handlerOf, block } from './handler';

/** `data["name"].(string)` → a variable named after the key, else `value`. */
function variableFor(ctx: FixContext, assertion: Node): string {
  const operand = assertion.childForFieldName('operand');
  const key =
    operand?.type === 'index_expression' ? operand.childForFieldName('index')?.text.replace(/^"|"$/g, '') : undefined;
  const base = key && /^[A-Za-z_]\w*$/.test(key) ? key.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()) : 'value';
  return nameInScope(ctx, assertion, [base, `${base}Value`]);
}

const is = (parent: Node, field: string, child: Node): boolean => parent.childForFieldName(field)?.id === child.id;

/**
 * Whether the statement evaluates the assertion other than once, first: a `for` condition or
 * post statement (every iteration), an `else if` (only when the branches before fail), the right
 * of `&&`/`||`, a `case` expression, or an `if`/`switch` condition after its init statement (whose
 * variables it may use). A check hoisted before the statement would change when it runs, or use
 * a variable before its declaration.
 */
function notEvaluatedOnceFirst(assertion: Node, stmt: Node): boolean {
  for (
    let child = assertion, parent = assertion.parent;
    parent && child.id !== stmt.id;
    child = parent, parent = parent.parent
  ) {
    if (parent.type === 'for_clause' && (is(parent, 'condition', child) || is(parent, 'update', child))) return true;
    if (parent.type === 'for_statement' && !/^(for|range)_clause$/.test(child.type)) return true;
    if (parent.type === 'if_statement' && is(parent, 'alternative', child)) return true;
    if (/^(expression|type|communication)_case$/.test(parent.type)) return true;
    if (
      parent.type === 'binary_expression' &&
      /^(&&|\|\|)$/.test(parent.childForFieldName('operator')?.type ?? '') &&
      is(parent, 'right', child)
    )
      return true;
    if (parent.childForFieldName('initializer') && !is(parent, 'initializer', child) && parent.type !== 'for_clause')
      return true;
  }
  return false;
}

const propose: Propose = (ctx) => {
  const assertion = ctx.node;
  const type = assertion.childForFieldName('type')?.text ?? 'value';
  const stmt = statementOf(ctx, assertion);
  if (notEvaluatedOnceFirst(assertion, stmt)) return undefined;
  const indent = indentOf(ctx.text, stmt);
  const nl = eol(ctx);
  const ok = nameInScope(ctx, assertion, ['ok', 'isValid']);
  const edits: TextEdit[] = [];
  let subject: string;
  const left = stmt.childForFieldName('left');
  const right = stmt.childForFieldName('right');
  if (
    stmt.type === 'short_var_declaration' &&
    left?.namedChildCount === 1 &&
    right?.namedChildCount === 1 &&
    right.namedChild(0)?.id === assertion.id
  ) {
    subject = left.text;
    const reject = handlerOf(ctx, assertion).reject(`invalid request: ${subject} must be a ${type}`);
    if (!reject) return undefined;
    edits.push(replace(left, `${subject}, ${ok}`));
    edits.push(
      insertAt(
        { line: stmt.endPosition.row, character: stmt.endPosition.column },
        `${nl}${indent}${block(ctx, indent, `if !${ok} {`, reject)}`,
      ),
    );
  } else {
    subject = variableFor(ctx, assertion);
    const reject = handlerOf(ctx, assertion).reject(`invalid request: ${subject} must be a ${type}`);
    if (!reject) return undefined;
    const before = `${subject}, ${ok} := ${assertion.text}${nl}${indent}${block(ctx, indent, `if !${ok} {`, reject)}${nl}${indent}`;
    edits.push(insertAt({ line: stmt.startPosition.row, character: stmt.startPosition.column }, before));
    edits.push(replace(assertion, subject));
  }
  if (edits.some((e) => e.newText.includes('errors.New'))) {
    const imp = addImport(ctx, '"errors"', /"errors"/);
    if (imp) edits.push(imp);
  }
  return { title: `Use the comma-ok form and reject a non-${type} value`, edits };
};

export const commaOkFixer: Fixer = { name: 'go-comma-ok', safety: 'safe', propose };
