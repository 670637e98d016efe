// Quick-fixes for Go: comma-ok type assertions with an error response, generic error responses
// that log details server-side, and parameterized database/sql queries.

import type { Node } from 'web-tree-sitter';
import {
  addImport,
  eol,
  fileMatches,
  indentOf,
  indentUnit,
  insertAt,
  nameInScope,
  replace,
  statementOf,
  taintedLeaves,
} from './edits';
import type { Fix, FixContext, Fixer, TextEdit } from './model';
import { positionAt } from '../positions';
import { concatOperands, parameterize, printfParts, sqlExpression, SqlPart } from './sql';

interface Handler {
  /** The statements that answer a bad request and leave the function, or undefined if unknown. */
  reject(message: string): string[] | undefined;
}

function enclosingFunctionNode(ctx: FixContext, node: Node): Node | undefined {
  return ctx.flow.enclosingFunction(node);
}

/** How the enclosing function can refuse bad input: an HTTP 400, gin's JSON error, or an error return. */
function handlerOf(ctx: FixContext, node: Node): Handler {
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

function block(ctx: FixContext, indent: string, head: string, body: string[]): string {
  const nl = eol(ctx);
  const unit = indentUnit(ctx);
  return `${head}${nl}${body.map((b) => `${indent}${unit}${b}`).join(nl)}${nl}${indent}}`;
}

/** `data["name"].(string)` → a variable named after the key, else `value`. */
function variableFor(ctx: FixContext, assertion: Node): string {
  const operand = assertion.childForFieldName('operand');
  const key =
    operand?.type === 'index_expression' ? operand.childForFieldName('index')?.text.replace(/^"|"$/g, '') : undefined;
  const base = key && /^[A-Za-z_]\w*$/.test(key) ? key.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()) : 'value';
  return nameInScope(ctx, assertion, [base, `${base}Value`]);
}

const commaOk: Fixer = (ctx) => {
  const assertion = ctx.node;
  const type = assertion.childForFieldName('type')?.text ?? 'value';
  const stmt = statementOf(ctx, assertion);
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

const genericErrorResponse: Fixer = (ctx) => {
  const call = ctx.node;
  const stmt = statementOf(ctx, call);
  const errLeaf = taintedLeaves(ctx, call.childForFieldName('arguments') ?? call)[0];
  if (!errLeaf) return undefined;
  const errName = /^[A-Za-z_]\w*/.exec(errLeaf.text)?.[0] ?? 'err';
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
  const callee = call.childForFieldName('function')?.text ?? '';
  const fmtLiteral = args.find((a) => a.type === 'interpreted_string_literal');
  const context = fmtLiteral
    ? fmtLiteral.text
        .slice(1, -1)
        .replace(/:?\s*%[vsdqw+#]+/g, '')
        .trim()
    : '';
  const logLine = `log.Printf(${JSON.stringify(`${context || 'request failed'}: %v`)}, ${errName})`;
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

/**
 * Go refuses unused imports: when a fix removes the last `pkg.` use in the file, it also deletes
 * the import line (inside an import ( … ) list only). `removed` / `added` are the replaced and new texts.
 */
function dropUnusedImport(ctx: FixContext, pkg: string, removed: string, added: string): TextEdit | undefined {
  const use = new RegExp(`\\b${pkg}\\.`, 'g');
  const count = (t: string): number => (t.match(use) ?? []).length;
  if (count(ctx.text) - count(removed) + count(added) > 0) return undefined;
  const spec = ctx.tree.rootNode
    .descendantsOfType('import_spec')
    .find((n): n is Node => !!n && n.text === `"${pkg}"` && n.parent?.type === 'import_spec_list');
  if (!spec) return undefined;
  return {
    range: {
      start: { line: spec.startPosition.row, character: 0 },
      end: { line: spec.startPosition.row + 1, character: 0 },
    },
    newText: '',
  };
}

function goString(node: Node): string | undefined {
  if (node.type === 'interpreted_string_literal') return node.text.slice(1, -1);
  if (node.type === 'raw_string_literal')
    return node.text.slice(1, -1).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ');
  return undefined;
}

function goSqlParts(expr: Node): SqlPart[] | undefined {
  if (expr.type === 'call_expression' && expr.childForFieldName('function')?.text === 'fmt.Sprintf') {
    const [format, ...args] = expr.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
    const text = format ? goString(format) : undefined;
    return text === undefined ? undefined : printfParts(text, args);
  }
  const operands = concatOperands(expr, 'binary_expression');
  if (operands.length < 2) return undefined;
  return operands.map((o) => {
    const s = goString(o);
    return s === undefined ? { expr: o } : { text: s };
  });
}

const parameterizedQuery: Fixer = (ctx) => {
  const call = ctx.node;
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
  const method = call.childForFieldName('function')?.childForFieldName('field')?.text ?? '';
  // gorm's Order/Group/Select take identifiers, which placeholders cannot stand for.
  if (/^(Order|Group|Select|Joins|Pluck|Table)$/.test(method)) return undefined;
  const sqlIndex = /Context$/.test(method) ? 1 : 0;
  const sqlArg = args[sqlIndex];
  if (!sqlArg || args.length > sqlIndex + 1) return undefined;
  const expr = sqlExpression(ctx, sqlArg, 'identifier');
  const parts = expr && goSqlParts(expr);
  // gorm condition and Raw strings always take `?`; database/sql follows the driver in use.
  const gorm = /^(Where|Or|Not|Having|Raw)$/.test(method);
  const style = !gorm && fileMatches(ctx, /lib\/pq|jackc\/pgx|\$1/) ? 'dollar' : 'question';
  const sql = parts && parameterize(parts, style);
  if (!expr || !sql) return undefined;
  // A value in identifier position (ORDER BY %s, FROM %s) needs an allow-list, not a placeholder.
  if (/\b(order\s+by|group\s+by|from|join|into|update|table)\s+(\?|\$\d+)/i.test(sql.sql)) return undefined;
  const values = sql.args.map((a) => a.text).join(', ');
  // A variable holding the SQL keeps its name: its value becomes the placeholder text.
  const edits: TextEdit[] =
    expr === sqlArg
      ? [replace(sqlArg, `"${sql.sql}", ${values}`)]
      : [replace(expr, `"${sql.sql}"`), replace(sqlArg, `${sqlArg.text}, ${values}`)];
  const unused = dropUnusedImport(ctx, 'fmt', expr.text, '');
  if (unused) edits.push(unused);
  return { title: 'Use a parameterized query', edits };
};

/** `filepath.Join(dir, a, b)` / `dir + "/" + a`: the pieces after the base directory. */
function pathPieces(expr: Node): Node[] | undefined {
  if (
    expr.type === 'call_expression' &&
    /^(filepath|path)\.Join$/.test(expr.childForFieldName('function')?.text ?? '')
  ) {
    return expr
      .childForFieldName('arguments')
      ?.namedChildren.filter((a): a is Node => !!a)
      .slice(1);
  }
  const operands = concatOperands(expr, 'binary_expression');
  return operands.length > 1 ? operands.slice(1) : undefined;
}

const pathBase: Fixer = (ctx) => {
  const path = ctx.captures.get('path')?.[0];
  if (!path) return undefined;
  // A variable holding the joined path: fix where it is built, not where it is used.
  const built = path.type === 'identifier' ? sqlExpression(ctx, path, 'identifier') : path;
  const expr = built && pathPieces(built) ? built : path;
  const pieces = pathPieces(expr) ?? [expr];
  const leaves = pieces.flatMap((p) => taintedLeaves(ctx, p));
  if (leaves.length === 0) return undefined;
  // Wrapping a variable that holds a whole joined path would drop its directory.
  if (leaves.some((l) => l.type === 'identifier' && pathPieces(sqlExpression(ctx, l, 'identifier') ?? l)))
    return undefined;
  const edits: TextEdit[] = leaves.map((l) => replace(l, `filepath.Base(${l.text})`));
  const imp = addImport(ctx, '"path/filepath"', /"path\/filepath"/);
  if (imp) edits.push(imp);
  return { title: 'Reduce the request value to a bare file name with filepath.Base', edits };
};

/** The secure value of each cookie flag, in the order they are added. */
const COOKIE_FLAGS: Array<[string, string]> = [
  ['HttpOnly', 'true'],
  ['Secure', 'true'],
  ['SameSite', 'http.SameSiteStrictMode'],
];

const cookieFlags: Fixer = (ctx) => {
  const node = ctx.node;
  if (node.type === 'call_expression') {
    // gin c.SetCookie(name, value, maxAge, path, domain, secure, httpOnly): both flags true.
    const args = node.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
    if (args.length !== 7) return undefined;
    const edits = args
      .slice(5)
      .filter((a) => a.text === 'false')
      .map((a) => replace(a, 'true'));
    return edits.length > 0 ? { title: 'Set the cookie with secure and httpOnly true', edits } : undefined;
  }
  const body = node.childForFieldName('body');
  if (node.type !== 'composite_literal' || !body) return undefined;
  const elements = body.namedChildren.filter((e): e is Node => !!e && e.type === 'keyed_element');
  const keyOf = (e: Node): string => e.namedChild(0)?.text ?? '';
  const edits: TextEdit[] = [];
  const missing: string[] = [];
  for (const [field, value] of COOKIE_FLAGS) {
    const existing = elements.find((e) => keyOf(e) === field);
    const valueNode = existing?.namedChild(1);
    if (!existing) missing.push(`${field}: ${value}`);
    else if (valueNode && valueNode.text === 'false') edits.push(replace(valueNode, value));
  }
  if (!elements.some((e) => /^(MaxAge|Expires)$/.test(keyOf(e)))) missing.push('MaxAge: 3600');
  if (missing.length > 0) {
    const last = elements[elements.length - 1];
    if (body.startPosition.row !== body.endPosition.row && last) {
      // One field per line after the last one, each with its trailing comma.
      const afterLast = ctx.text.slice(last.endIndex, body.endIndex);
      const hasComma = afterLast.trimStart().startsWith(',');
      const at = hasComma ? last.endIndex + afterLast.indexOf(',') + 1 : last.endIndex;
      const position = positionAt(ctx.text, at);
      const indent = indentOf(ctx.text, last);
      edits.push(
        insertAt(position, `${hasComma ? '' : ','}${missing.map((m) => `${eol(ctx)}${indent}${m},`).join('')}`),
      );
    } else {
      // A one-line literal is rewritten whole, flags turned on and missing ones appended.
      const inner = COOKIE_FLAGS.reduce(
        (text, [field, value]) => text.replace(new RegExp(`\\b${field}:\\s*false\\b`), `${field}: ${value}`),
        body.text.slice(1, -1).trim().replace(/,$/, ''),
      );
      return {
        title: 'Set HttpOnly, Secure, SameSite and MaxAge on the cookie',
        edits: [replace(body, `{${inner}${inner ? ', ' : ''}${missing.join(', ')}}`)],
      };
    }
  }
  return edits.length > 0 ? { title: 'Set HttpOnly, Secure, SameSite and MaxAge on the cookie', edits } : undefined;
};

// Kept in step with go/file-upload/unvalidated-upload: what counts as a type check / a size limit.
const UPLOAD_TYPE_CHECK =
  /(filepath\.Ext|path\.Ext|DetectContentType|Content-Type|allow|mimetype|filetype\.|HasSuffix|\.Ext\(|validat|permitted|whitelist)/i;
const UPLOAD_SIZE_LIMIT =
  /(MaxBytesReader|ParseMultipartForm\(|MaxMultipartMemory|BodyLimit|LimitReader|\.Size\s*>|ContentLength\s*>)/;

const uploadValidation: Fixer = (ctx) => {
  const fn = ctx.flow.enclosingFunction(ctx.node);
  if (!fn) return undefined;
  const isFormFile = (n: Node): boolean =>
    n.type === 'call_expression' && n.childForFieldName('function')?.childForFieldName('field')?.text === 'FormFile';
  const formFile = isFormFile(ctx.node)
    ? ctx.node
    : fn.descendantsOfType('call_expression').find((n): n is Node => !!n && isFormFile(n));
  const stmt = formFile && statementOf(ctx, formFile);
  if (!formFile || !stmt || stmt.type !== 'short_var_declaration') return undefined;
  const receiver = formFile.childForFieldName('function')?.childForFieldName('operand')?.text ?? '';
  const params = fn.childForFieldName('parameters')?.text ?? '';
  const writer = /(\w+)\s+http\.ResponseWriter/.exec(params)?.[1];
  const edits: TextEdit[] = [];
  const nl = eol(ctx);
  const indent = indentOf(ctx.text, stmt);
  if (!fileMatches(ctx, UPLOAD_SIZE_LIMIT)) {
    let limit: string | undefined;
    if (writer)
      limit = `${receiver}.Body = http.MaxBytesReader(${writer}, ${receiver}.Body, 10<<20) // 10 MB upload limit`;
    else if (new RegExp(`${receiver}\\s+\\*gin\\.Context`).test(params))
      limit = `${receiver}.Request.Body = http.MaxBytesReader(${receiver}.Writer, ${receiver}.Request.Body, 10<<20) // 10 MB upload limit`;
    else if (new RegExp(`${receiver}\\s+echo\\.Context`).test(params))
      limit = `${receiver}.Request().Body = http.MaxBytesReader(${receiver}.Response(), ${receiver}.Request().Body, 10<<20) // 10 MB upload limit`;
    if (!limit) return undefined;
    edits.push(
      insertAt({ line: stmt.startPosition.row, character: stmt.startPosition.column }, `${limit}${nl}${indent}`),
    );
  }
  if (!UPLOAD_TYPE_CHECK.test(fn.text)) {
    // The header is the second result of r.FormFile and the first of gin/echo c.FormFile.
    const names = stmt.childForFieldName('left')?.namedChildren.map((n) => n?.text ?? '') ?? [];
    const header = names.length === 3 ? names[1] : names.length === 2 ? names[0] : undefined;
    const reject = handlerOf(ctx, formFile).reject('file type not allowed');
    if (!header || header === '_' || !reject) return undefined;
    // After the `if err != nil { … }` that follows, where the header is known to be valid.
    const next = stmt.nextNamedSibling;
    const anchor =
      next?.type === 'if_statement' && /err\s*!=\s*nil/.test(next.childForFieldName('condition')?.text ?? '')
        ? next
        : stmt;
    const check = block(
      ctx,
      indent,
      `if ext := strings.ToLower(filepath.Ext(${header}.Filename)); ext != ".png" && ext != ".jpg" && ext != ".jpeg" && ext != ".pdf" {`,
      reject,
    );
    edits.push(
      insertAt({ line: anchor.endPosition.row, character: anchor.endPosition.column }, `${nl}${indent}${check}`),
    );
    for (const [line, present] of [
      ['"strings"', /"strings"/],
      ['"path/filepath"', /"path\/filepath"/],
    ] as const) {
      const imp = addImport(ctx, line, present);
      if (imp) edits.push(imp);
    }
  }
  return edits.length > 0 ? { title: 'Limit the upload size and allow-list file extensions', edits } : undefined;
};

const htmlEscape: Fixer = (ctx) => {
  const call = ctx.node;
  const callee = call.childForFieldName('function')?.text ?? '';
  const value = ctx.captures.get('html') ?? [];
  if (/^template\.(HTML|JS)$/.test(callee) && value.length === 1) {
    // Keep the template.HTML type the surrounding code expects, with escaped content.
    const escape = callee === 'template.HTML' ? 'template.HTMLEscapeString' : 'template.JSEscapeString';
    return { title: `Escape the value with ${escape}`, edits: [replace(value[0], `${escape}(${value[0].text})`)] };
  }
  if (/^template\./.test(callee)) return undefined;
  const leaves = value.flatMap((v) => taintedLeaves(ctx, v));
  if (leaves.length === 0) return undefined;
  const edits: TextEdit[] = leaves.map((l) => replace(l, `html.EscapeString(${l.text})`));
  const imp = addImport(ctx, '"html"', /^\s*(import\s+)?"html"\s*$/m);
  if (imp) edits.push(imp);
  return { title: 'Escape the request value with html.EscapeString', edits };
};

const cryptoRand: Fixer = (ctx) => {
  const call = ctx.node;
  const fn = call.childForFieldName('function')?.childForFieldName('field')?.text ?? '';
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
  const alias =
    fileMatches(ctx, /^\s*(import\s+)?crand\s+"crypto\/rand"/m) || !/\bcrand\b/.test(ctx.text) ? 'crand' : undefined;
  if (!alias || args.length !== 1) return undefined;
  let replacement: string;
  const imports: Array<[string, RegExp]> = [[`${alias} "crypto/rand"`, /^\s*(import\s+)?crand\s+"crypto\/rand"/m]];
  if (fn === 'Read') replacement = `${alias}.Read(${args[0].text})`;
  else if (fn === 'Intn' || fn === 'IntN') {
    // Inline, so that applying several fixes never defines a helper twice.
    replacement = `func() int { v, err := ${alias}.Int(${alias}.Reader, big.NewInt(int64(${args[0].text}))); if err != nil { panic(err) }; return int(v.Int64()) }()`;
    imports.push(['"math/big"', /"math\/big"/]);
  } else return undefined;
  const edits: TextEdit[] = [replace(call, replacement)];
  // The last use of math/rand: its import becomes the crypto/rand one, or Go rejects the unused import.
  const mathRand = ctx.tree.rootNode
    .descendantsOfType('import_spec')
    .find((n): n is Node => !!n && n.text === '"math/rand"');
  if (mathRand && (ctx.text.match(/\brand\./g) ?? []).length === 1 && !fileMatches(ctx, imports[0][1])) {
    edits.push(replace(mathRand, imports[0][0]));
    imports.shift();
  }
  for (const [line, present] of imports) {
    const imp = addImport(ctx, line, present);
    if (imp) edits.push(imp);
  }
  return { title: 'Use crypto/rand', edits };
};

const jwtValidMethods: Fixer = (ctx) => {
  const call = ctx.node;
  if (
    call.type !== 'call_expression' ||
    !/^jwt\.(Parse|ParseWithClaims)$/.test(call.childForFieldName('function')?.text ?? '')
  )
    return undefined;
  const args = call.childForFieldName('arguments');
  const last = args?.namedChildren.filter((a): a is Node => !!a).pop();
  // dgrijalva/jwt-go and golang-jwt v3 have no parser options.
  if (!args || !last || fileMatches(ctx, /dgrijalva\/jwt-go|golang-jwt\/jwt(\/v3)?"/)) return undefined;
  // The algorithm the file signs with, else HS256 (the common shared-secret setup).
  const alg =
    /SigningMethod(RS|ES|PS|HS)(256|384|512)/
      .exec(ctx.text.replace(/SigningMethodNone/g, ''))
      ?.slice(1)
      .join('') ?? 'HS256';
  const end = { line: last.endPosition.row, character: last.endPosition.column };
  return {
    title: `Accept only ${alg} tokens (jwt.WithValidMethods)`,
    edits: [insertAt(end, `, jwt.WithValidMethods([]string{"${alg}"})`)],
  };
};

/**
 * `exec.Command("sh", "-c", "ping -c 1 " + host)` → `exec.Command("ping", "-c", "1", host)`: the
 * words of the constant text become arguments and each value one argument, with no shell between.
 * Declines when the constant text uses shell syntax (pipes, redirects, quotes, globs, variables).
 */
const execWithoutShell: Fixer = (ctx) => {
  const call = ctx.node;
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
  const callee = call.childForFieldName('function')?.text ?? '';
  const lead = callee === 'exec.CommandContext' ? 1 : 0;
  const script = args[lead + 2];
  if (!script || args.length !== lead + 3 || script.type === 'identifier') return undefined;
  const parts = goSqlParts(script);
  if (!parts) return undefined;
  const tokens: string[][] = [];
  let current: string[] = [];
  const close = (): void => {
    if (current.length > 0) tokens.push(current);
    current = [];
  };
  for (const part of parts) {
    if ('expr' in part) {
      current.push(part.expr.text);
      continue;
    }
    if (/[|;&$<>`'"\\*?(){}[\]~#]/.test(part.text)) return undefined;
    part.text.split(/(\s+)/).forEach((piece) => {
      if (/^\s+$/.test(piece)) close();
      else if (piece) current.push(JSON.stringify(piece));
    });
  }
  close();
  if (tokens.length === 0 || !tokens[0].every((t) => t.startsWith('"'))) return undefined;
  const argv = tokens.map((t) => t.join(' + '));
  const prefix = args
    .slice(0, lead)
    .map((a) => `${a.text}, `)
    .join('');
  const edits: TextEdit[] = [replace(call.childForFieldName('arguments')!, `(${prefix}${argv.join(', ')})`)];
  const unused = dropUnusedImport(ctx, 'fmt', script.text, argv.join(', '));
  if (unused) edits.push(unused);
  return { title: 'Run the program directly, without a shell', edits };
};

/** `next` → a check before the redirect that falls back to "/" unless it is a local path. */
const redirectLocal: Fixer = (ctx) => {
  const target = ctx.captures.get('url')?.[0];
  if (!target || target.type !== 'identifier') return undefined;
  const stmt = statementOf(ctx, ctx.node);
  const indent = indentOf(ctx.text, stmt);
  const name = target.text;
  const check = block(
    ctx,
    indent,
    `if !strings.HasPrefix(${name}, "/") || strings.HasPrefix(${name}, "//") || strings.HasPrefix(${name}, "/\\\\") {`,
    [`${name} = "/"`],
  );
  const edits: TextEdit[] = [
    insertAt({ line: stmt.startPosition.row, character: stmt.startPosition.column }, `${check}${eol(ctx)}${indent}`),
  ];
  const imp = addImport(ctx, '"strings"', /"strings"/);
  if (imp) edits.push(imp);
  return { title: 'Redirect only to a local path', edits };
};

/** jwtSecret → JWT_SECRET, DBPassword → DB_PASSWORD */
function envName(identifier: string): string {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/\W+/g, '_')
    .toUpperCase();
}

const secretFromEnv: Fixer = (ctx) => {
  const value = ctx.captures.get('value')?.[0];
  const name = ctx.captures.get('name')?.[0];
  // A const cannot hold os.Getenv(…); string-format findings have no name to derive a variable from.
  if (!value || !name || ctx.node.type === 'const_spec') return undefined;
  const literal = value.type === 'type_conversion_expression' ? value.childForFieldName('operand') : value;
  if (!literal || !/string_literal$/.test(literal.type)) return undefined;
  const variable = envName(
    name.type === 'selector_expression' ? (name.childForFieldName('field')?.text ?? name.text) : name.text,
  );
  const edits: TextEdit[] = [replace(literal, `os.Getenv(${JSON.stringify(variable)})`)];
  const imp = addImport(ctx, '"os"', /^\s*(import\s+)?"os"\s*$/m);
  if (imp) edits.push(imp);
  return { title: `Read the secret from the ${variable} environment variable`, edits };
};

export const GO_FIXERS: Record<string, Fixer> = {
  'go-comma-ok': commaOk,
  'go-generic-error-response': genericErrorResponse,
  'go-sql-parameters': parameterizedQuery,
  'go-path-base': pathBase,
  'go-cookie-flags': cookieFlags,
  'go-upload-validation': uploadValidation,
  'go-html-escape': htmlEscape,
  'go-crypto-rand': cryptoRand,
  'go-jwt-valid-methods': jwtValidMethods,
  'go-exec-no-shell': execWithoutShell,
  'go-redirect-local': redirectLocal,
  'go-secret-from-env': secretFromEnv,
};

export type { Fix };
