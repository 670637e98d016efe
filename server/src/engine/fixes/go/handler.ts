// Go: how a handler refuses bad input (HTTP 400, gin JSON, echo error, error return), for fixes
// that add checks.

import type { Node } from 'web-tree-sitter';
import { eol, indentUnit } from '../edits';
import type { FixContext } from '../model';

export interface Handler {
  /** The statements that answer a bad request and leave the function, or undefined if unknown. */
  reject(message: string): string[] | undefined;
}

export function enclosingFunctionNode(ctx: FixContext, node: Node): Node | undefined {
  return ctx.flow.enclosingFunction(node);
}

/** How the enclosing function can refuse bad input: an HTTP 400, gin's JSON error, or an error return. */
export function handlerOf(ctx: FixContext, node: Node): Handler {
  const fn = enclosingFunctionNode(ctx, node);
  const params = fn?.childForFieldName('parameters')?.text ?? '';
  const result = fn?.childForFieldName('result')?.text ?? '';
  const writer = /(\w+)\s+http\.ResponseWriter/.exec(params)?.[1];
  const gin = /(\w+)\s+\*gin\.Context/.exec(params)?.[1];
  const echo = /(\w+)\s+echo\.Context/.exec(params)?.[1];
  return {
    reject(message) {
      const quoted = JSON.stringify(message);
      if (echo && result === 'error') return [`return echo.NewHTTPError(http.StatusBadRequest, ${quoted})`];
      if (writer && result === '') return [`http.Error(${writer}, ${quoted}, http.StatusBadRequest)`, 'return'];
      if (gin && result === '') return [`${gin}.JSON(http.StatusBadRequest, gin.H{"error": ${quoted}})`, 'return'];
      if (result === '') return ['return'];
      if (result === 'error') return [`return errors.New(${quoted})`];
      const zeros = zeroValuesBeforeError(result);
      return zeros ? [`return ${[...zeros, `errors.New(${quoted})`].join(', ')}`] : undefined;
    },
  };
}

/** The zero value of a Go type, when its spelling tells (nil, "", 0, false); undefined otherwise. */
function zeroValue(type: string): string | undefined {
  if (/^(\*|\[\]|map\[|chan\b|func\b|interface\b|error$|any$)/.test(type)) return 'nil';
  if (type === 'string') return '""';
  if (type === 'bool') return 'false';
  if (/^(u?int(8|16|32|64)?|uintptr|byte|rune|float(32|64)|complex(64|128))$/.test(type)) return '0';
  return undefined;
}

/** `(*http.Response, error)` → ['nil']: what a function returning values and an error returns on failure. */
function zeroValuesBeforeError(result: string): string[] | undefined {
  const inner = /^\((.*)\)$/s.exec(result.trim())?.[1];
  if (!inner || /[(){}]/.test(inner)) return undefined;
  // Named results (`n int, err error`) keep the type after the name.
  const types = inner.split(',').map((t) => t.trim().split(/\s+/).pop() ?? '');
  if (types.length < 2 || types[types.length - 1] !== 'error') return undefined;
  const zeros = types.slice(0, -1).map(zeroValue);
  return zeros.every((z): z is string => !!z) ? zeros : undefined;
}

/** `return <zero>` for a function with one result whose zero value its type spells; else undefined. */
export function zeroReturn(ctx: FixContext, node: Node): string | undefined {
  const result = enclosingFunctionNode(ctx, node)?.childForFieldName('result')?.text.trim() ?? '';
  const zero = result && !result.startsWith('(') ? zeroValue(result) : undefined;
  return zero && `return ${zero}`;
}

export function block(ctx: FixContext, indent: string, head: string, body: string[]): string {
  const nl = eol(ctx);
  const unit = indentUnit(ctx);
  return `${head}${nl}${body.map((b) => `${indent}${unit}${b}`).join(nl)}${nl}${indent}}`;
}
