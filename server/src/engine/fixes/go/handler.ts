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
      return undefined;
    },
  };
}

export function block(ctx: FixContext, indent: string, head: string, body: string[]): string {
  const nl = eol(ctx);
  const unit = indentUnit(ctx);
  return `${head}${nl}${body.map((b) => `${indent}${unit}${b}`).join(nl)}${nl}${indent}}`;
}
