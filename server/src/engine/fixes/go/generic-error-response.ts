// Go: an error written into the response is logged instead, and the client gets a generic message.

import type { Node } from 'web-tree-sitter';
import { addImport, eol, indentOf, replace, statementOf, taintedLeaves } from '../edits';
import type { TextEdit, Fixer, Propose } from '../model';
import { dropUnusedImport } from './syntax';

const propose: Propose = (ctx) => {
  const call = ctx.node;
  const stmt = statementOf(ctx, call);
  const errLeaf = taintedLeaves(ctx, call.childForFieldName('arguments') ?? call)[0];
  if (!errLeaf) return undefined;
  // `err.Error()` logs `err`; a value that is no variable (`debug.Stack()`) is logged whole, since
  // its first word names a package.
  const root = /^[A-Za-z_]\w*/.exec(errLeaf.text)?.[0];
  const errName = root && ctx.flow.scopes.resolve(root, call) ? root : errLeaf.text;
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
  const callee = call.childForFieldName('function')?.text ?? '';
  const fmtLiteral = args.find((a) => a.type === 'interpreted_string_literal');
  const context = fmtLiteral
    ? fmtLiteral.text
        .slice(1, -1)
        .replace(/:?\s*%[vsdqw+#]+/g, '')
        .trim()
    : '';
  const verb = errName === root ? '%v' : '%s';
  const logLine = `log.Printf(${JSON.stringify(`${context || 'request failed'}: ${verb}`)}, ${errName})`;
  const errDef = ctx.flow.scopes.resolve(errName, call)?.value?.text ?? '';
  const clientFault =
    /Decode|Unmarshal|Atoi|Parse|Bind|Validate/.test(errDef) ||
    /Decode|Unmarshal|Bind/.test(stmt.parent?.parent?.text.split('\n')[0] ?? '');
  const [status, message] = clientFault
    ? ['http.StatusBadRequest', 'invalid request']
    : ['http.StatusInternalServerError', 'internal server error'];
  let response: string;
  const writer = args[0]?.text;
  if (callee === 'http.Error')
    response = `http.Error(${writer}, ${JSON.stringify(message)}, ${args[2]?.text ?? status})`;
  else if (/^fmt\.Fprint/.test(callee)) response = `http.Error(${writer}, ${JSON.stringify(message)}, ${status})`;
  else if (/\.(JSON|IndentedJSON|AbortWithStatusJSON)$/.test(callee))
    response = `${callee}(${args[0]?.text ?? status}, gin.H{"error": ${JSON.stringify(message)}})`;
  else if (/\.String$/.test(callee)) response = `${callee}(${args[0]?.text ?? status}, ${JSON.stringify(message)})`;
  else if (/\.Write(String)?$/.test(callee)) {
    const recv = callee.replace(/\.Write(String)?$/, '');
    response = `http.Error(${recv}, ${JSON.stringify(message)}, ${status})`;
  } else if (/\.NewEncoder\(\w+\)\.Encode$/.test(callee))
    response = `${callee}(map[string]string{"error": ${JSON.stringify(message)}})`;
  else if (/^(echo|fiber)\.(NewHTTPError|NewError)$/.test(callee))
    response = `${callee}(${args[0]?.text ?? status}, ${JSON.stringify(message)})`;
  else if (callee === 'io.WriteString') response = `http.Error(${writer}, ${JSON.stringify(message)}, ${status})`;
  else return undefined;
  // `return echo.NewHTTPError(…)`: keep the statement around the call.
  const statement =
    stmt.text.slice(0, call.startIndex - stmt.startIndex) + response + stmt.text.slice(call.endIndex - stmt.startIndex);
  const indent = indentOf(ctx.text, stmt);
  const edits: TextEdit[] = [replace(stmt, `${logLine}${eol(ctx)}${indent}${statement}`)];
  const imp = addImport(ctx, '"log"', /"log"/);
  if (imp) edits.push(imp);
  const unused = dropUnusedImport(ctx, 'fmt', stmt.text, statement);
  if (unused) edits.push(unused);
  return { title: 'Log the error and send a generic message', edits };
};

export const genericErrorResponseFixer: Fixer = { name: 'go-generic-error-response', safety: 'safe', propose };
