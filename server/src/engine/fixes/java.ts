// Quick-fixes for Java: a PreparedStatement with `?` placeholders and typed setters in place of
// SQL built by concatenation or String.format.

import type { Node } from 'web-tree-sitter';
import { addImport, eol, indentOf, insertAt, isTainted, nameInScope, replace, statementOf } from './edits';
import type { Fix, FixContext, Fixer, TextEdit } from './model';
import { concatOperands, parameterize, printfParts, sqlExpression, SqlPart } from './sql';

function javaLiteral(node: Node): string | undefined {
  return node.type === 'string_literal' && !node.text.startsWith('"""') ? node.text.slice(1, -1) : undefined;
}

function javaSqlParts(expr: Node): SqlPart[] | undefined {
  if (
    expr.type === 'method_invocation' &&
    expr.childForFieldName('object')?.text === 'String' &&
    expr.childForFieldName('name')?.text === 'format'
  ) {
    const [format, ...args] = expr.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
    const text = format ? javaLiteral(format) : undefined;
    return text === undefined ? undefined : printfParts(text, args);
  }
  const operands = concatOperands(expr, 'binary_expression');
  if (operands.length < 2) return undefined;
  return operands.map((o) => {
    const text = javaLiteral(o);
    return text === undefined ? { expr: o } : { text };
  });
}

/** setInt/setLong for locals declared with those types, setString otherwise. */
function setterFor(arg: Node, declarationsText: string): string {
  const name = arg.text;
  if (!/^\w+$/.test(name)) return 'setObject';
  const declared = new RegExp(`\\b(int|Integer|long|Long|double|Double|boolean|Boolean|String)\\s+${name}\\b`).exec(
    declarationsText,
  )?.[1];
  switch (declared) {
    case 'int':
    case 'Integer':
      return 'setInt';
    case 'long':
    case 'Long':
      return 'setLong';
    case 'double':
    case 'Double':
      return 'setDouble';
    case 'boolean':
    case 'Boolean':
      return 'setBoolean';
    case 'String':
      return 'setString';
    default:
      return 'setObject';
  }
}

/** A placeholder where SQL needs an identifier (table, column to sort by) would change the query. */
const IDENTIFIER_SLOT = /\b(from|join|into|update|table|by|select)\s+\?|\?\s*(,\s*\w+\s*)?(asc|desc)\b|\.\?/i;

/** JdbcTemplate methods that take `Object... args` after the SQL and its mapper/type. */
const JDBC_TEMPLATE_ARITY: Record<string, number> = {
  query: 2,
  queryForObject: 2,
  queryForList: 1,
  queryForMap: 1,
  queryForRowSet: 1,
  update: 1,
};

/** jdbc.query("… '" + name + "'", mapper) → jdbc.query("… ?", mapper, name) */
function jdbcTemplateArguments(ctx: FixContext, call: Node, method: string, args: Node[]): Fix | undefined {
  if (args.length !== JDBC_TEMPLATE_ARITY[method]) return undefined;
  const expr = sqlExpression(ctx, args[0], 'identifier');
  const parts = expr && javaSqlParts(expr);
  const sql = parts && parameterize(parts, 'question');
  const list = call.childForFieldName('arguments');
  if (!expr || !sql || !list || IDENTIFIER_SLOT.test(sql.sql) || (javaLiteral(expr) ?? '').includes('?'))
    return undefined;
  const edits: TextEdit[] = [replace(expr, `"${sql.sql}"`)];
  const close = { line: list.endPosition.row, character: list.endPosition.column - 1 };
  edits.push({ range: { start: close, end: close }, newText: sql.args.map((a) => `, ${a.text}`).join('') });
  return { title: 'Pass the values as query arguments with ? placeholders', edits };
}

const preparedStatement: Fixer = (ctx) => {
  const call = ctx.node;
  const method = call.childForFieldName('name')?.text ?? '';
  const args =
    call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a && !/comment/.test(a.type)) ?? [];
  if (method in JDBC_TEMPLATE_ARITY) return jdbcTemplateArguments(ctx, call, method, args);
  if (!/^(executeQuery|executeUpdate|execute)$/.test(method)) return undefined;
  // JdbcTemplate/EntityManager have no getConnection(): only JDBC statements are rewritten.
  if (/jdbc|template|entityManager|em\b|session/i.test(call.childForFieldName('object')?.text ?? '')) return undefined;
  if (args.length !== 1) return undefined;
  const expr = sqlExpression(ctx, args[0], 'identifier');
  const parts = expr && javaSqlParts(expr);
  const sql = parts && parameterize(parts, 'question');
  if (!expr || !sql || IDENTIFIER_SLOT.test(sql.sql)) return undefined;
  const receiver = call.childForFieldName('object');
  if (!receiver) return undefined;
  // conn.createStatement().executeQuery(…) → conn; a Statement variable → statement.getConnection().
  const created = /^(.+)\.createStatement\(\)$/.exec(receiver.text)?.[1];
  const connection = created ?? `${receiver.text}.getConnection()`;
  const stmt = statementOf(ctx, call);
  const indent = indentOf(ctx.text, stmt);
  const nl = eol(ctx);
  const fnText = ctx.flow.enclosingFunction(call)?.text ?? ctx.text;
  const ps = nameInScope(ctx, call, ['ps', 'preparedStatement']);
  const setters = sql.args.map((a, i) => `${ps}.${setterFor(a, fnText)}(${i + 1}, ${a.text});`);
  const sqlLiteral = `"${sql.sql}"`;
  const prepared = `PreparedStatement ${ps} = ${connection}.prepareStatement(${expr === args[0] ? sqlLiteral : args[0].text});`;
  const executed =
    stmt.text.slice(0, call.startIndex - stmt.startIndex) +
    `${ps}.${method}()` +
    stmt.text.slice(call.endIndex - stmt.startIndex);
  const edits: TextEdit[] = [];
  if (expr !== args[0]) edits.push(replace(expr, sqlLiteral));
  edits.push(replace(stmt, [prepared, ...setters, executed].join(`${nl}${indent}`)));
  return { title: 'Use a PreparedStatement with ? placeholders', edits };
};

const SHELL_PREFIX = /^"(\/bin\/|\/usr\/bin\/)?(ba|z|k)?sh"$|^"cmd(\.exe)?"$|^"powershell(\.exe)?"$/;

/** Shell syntax that a plain argument list would not reproduce: no mechanical rewrite then. */
const SHELL_SYNTAX = /[|&;<>$`*?"'\\(){}~]/;

/**
 * `"ping -c 1 " + host` → ["\"ping\"", "\"-c\"", "\"1\"", "host"]: one argument per word, each
 * non-literal operand its own argument. Undefined when a value sits inside a word or the text
 * uses shell syntax.
 */
export function commandArguments(expr: Node): string[] | undefined {
  const operands = expr.type === 'string_literal' ? [expr] : concatOperands(expr, 'binary_expression');
  const args: string[] = [];
  let glued = false; // the previous literal ended inside a word
  for (const operand of operands) {
    const text = javaLiteral(operand);
    if (text === undefined) {
      if (glued) return undefined;
      args.push(operand.text);
      glued = true;
      continue;
    }
    if (SHELL_SYNTAX.test(text) || text.includes('\\')) return undefined;
    if (glued && text.length > 0 && !/^\s/.test(text)) return undefined;
    const words = text.split(/\s+/).filter((w) => w.length > 0);
    args.push(...words.map((w) => `"${w}"`));
    glued = text.length > 0 ? !/\s$/.test(text) : glued;
    if (glued && words.length === 0) glued = false;
  }
  // A shell as the program would still interpret its argument: no mechanical rewrite.
  if (args.length < 2 || !args[0].startsWith('"') || SHELL_PREFIX.test(args[0])) return undefined;
  return args;
}

const processBuilder: Fixer = (ctx) => {
  const call = ctx.node;
  const args =
    call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a && !/comment/.test(a.type)) ?? [];
  if (call.type === 'method_invocation' && call.childForFieldName('name')?.text === 'exec') {
    // Runtime.exec("cmd " + x) → new ProcessBuilder("cmd", x).start()
    if (args.length !== 1) return undefined;
    const expr = sqlExpression(ctx, args[0], 'identifier');
    const argv = expr && commandArguments(expr);
    if (!argv) return undefined;
    return {
      title: 'Run the program with separate arguments (ProcessBuilder, no shell)',
      edits: [replace(call, `new ProcessBuilder(${argv.join(', ')}).start()`)],
    };
  }
  // new ProcessBuilder("sh", "-c", "ls " + dir) → new ProcessBuilder("ls", dir)
  // cmd.exe commands are mostly built-ins (type, dir, copy) that do not exist as programs.
  if (
    args.length !== 3 ||
    !SHELL_PREFIX.test(args[0].text) ||
    /cmd|powershell/.test(args[0].text) ||
    !/^"(-c|\/[cC])"$/.test(args[1].text)
  )
    return undefined;
  const argv = commandArguments(args[2]);
  const list = call.childForFieldName('arguments');
  if (!argv || !list) return undefined;
  return {
    title: 'Run the program with separate arguments, without a shell',
    edits: [replace(list, `(${argv.join(', ')})`)],
  };
};

const GENERIC_ERROR = '"Internal server error"';

/**
 * The pieces of `expr` that carry the exception: e, e.getMessage(), ExceptionUtils.getStackTrace(e),
 * or a whole string concatenation containing one. Containers (Map.of("error", …)) keep their shape.
 */
function leakedPieces(ctx: FixContext, expr: Node): Node[] {
  if (!isTainted(ctx, expr)) return [];
  if (expr.type === 'binary_expression' || expr.type === 'identifier' || expr.type === 'field_access') return [expr];
  if (expr.type === 'method_invocation') {
    const receiver = expr.childForFieldName('object');
    const args = expr.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
    // e.getMessage() / e.getCause().toString(): the exception is the receiver.
    if (receiver && isTainted(ctx, receiver)) return [expr];
    // ExceptionUtils.getStackTrace(e), String.valueOf(e): a conversion of the exception itself.
    if (/^(ExceptionUtils|String|Objects|Throwables)$/.test(receiver?.text ?? '')) return [expr];
    return args.flatMap((a) => leakedPieces(ctx, a));
  }
  return expr.namedChildren.filter((c): c is Node => !!c).flatMap((c) => leakedPieces(ctx, c));
}

const genericError: Fixer = (ctx) => {
  const leak = ctx.captures.get('leak')?.[0];
  if (!leak) return undefined; // printStackTrace(writer): no text to swap, the call itself must go
  const pieces = leakedPieces(ctx, leak);
  if (pieces.length === 0) return undefined;
  return {
    title: 'Send a generic error message (log the exception on the server)',
    edits: pieces.map((p) => replace(p, GENERIC_ERROR)),
  };
};

/** Cookie flags set by name: servlet setters, and the ResponseCookie builder calls. */
const SERVLET_COOKIE_FLAGS: Array<[RegExp, string]> = [
  [/setHttpOnly\(\s*true\s*\)/, 'setHttpOnly(true)'],
  [/setSecure\(\s*(true|request\.isSecure\(\))\s*\)/, 'setSecure(true)'],
  [/setMaxAge\(/, 'setMaxAge(3600)'],
];
const RESPONSE_COOKIE_FLAGS: Array<[RegExp, string]> = [
  [/\.httpOnly\(\s*true\s*\)/, '.httpOnly(true)'],
  [/\.secure\(\s*true\s*\)/, '.secure(true)'],
  [/\.sameSite\(\s*"(Strict|Lax)"\s*\)/, '.sameSite("Strict")'],
];

const cookieFlags: Fixer = (ctx) => {
  const node = ctx.node;
  if (node.type === 'method_invocation') {
    // ResponseCookie.from(…)….build(): add the missing builder calls just before .build().
    if (node.childForFieldName('name')?.text !== 'build') return undefined;
    const receiver = node.childForFieldName('object');
    if (!receiver) return undefined;
    const missing = RESPONSE_COOKIE_FLAGS.filter(([present]) => !present.test(node.text)).map(([, call]) => call);
    if (missing.length === 0) return undefined;
    return {
      title: 'Build the cookie with HttpOnly, Secure and SameSite',
      edits: [insertAt({ line: receiver.endPosition.row, character: receiver.endPosition.column }, missing.join(''))],
    };
  }
  if (node.type !== 'object_creation_expression') return undefined;
  // Cookie c = new Cookie(…); → set the missing flags on the lines after the declaration.
  const declarator = node.parent;
  const name = declarator?.type === 'variable_declarator' ? declarator.childForFieldName('name')?.text : undefined;
  if (!name) return undefined;
  const fnText = ctx.flow.enclosingFunction(node)?.text ?? ctx.text;
  const missing = SERVLET_COOKIE_FLAGS.filter(([present]) => !present.test(fnText)).map(([, call]) => call);
  if (missing.length === 0) return undefined;
  const stmt = statementOf(ctx, node);
  const indent = indentOf(ctx.text, stmt);
  const nl = eol(ctx);
  const lines = missing.map((call) => `${nl}${indent}${name}.${call};`).join('');
  return {
    title: 'Set HttpOnly, Secure and a max age on the cookie',
    edits: [insertAt({ line: stmt.endPosition.row, character: stmt.endPosition.column }, lines)],
  };
};

/** Lines that turn off DOCTYPEs / external entities, per parser factory (`$` = the variable). */
const XXE_FEATURES: Record<string, string[]> = {
  DocumentBuilderFactory: [
    '$.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);',
    '$.setXIncludeAware(false);',
    '$.setExpandEntityReferences(false);',
  ],
  SAXParserFactory: [
    '$.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);',
    '$.setXIncludeAware(false);',
  ],
  XMLInputFactory: [
    '$.setProperty(XMLInputFactory.SUPPORT_DTD, false);',
    '$.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);',
  ],
  TransformerFactory: [
    '$.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");',
    '$.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");',
  ],
  SAXReader: ['$.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);'],
  SAXBuilder: ['$.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);'],
};

const xxeFeatures: Fixer = (ctx) => {
  const node = ctx.node;
  const factory =
    node.type === 'object_creation_expression'
      ? node.childForFieldName('type')?.text
      : node.childForFieldName('object')?.text;
  const lines = factory ? XXE_FEATURES[factory] : undefined;
  // Only `Factory f = Factory.newInstance();`: the variable is where the features go.
  const declarator = node.parent;
  const name =
    declarator?.type === 'variable_declarator' && declarator.childForFieldName('value')?.id === node.id
      ? declarator.childForFieldName('name')?.text
      : undefined;
  if (!lines || !name) return undefined;
  const stmt = statementOf(ctx, node);
  const indent = indentOf(ctx.text, stmt);
  const nl = eol(ctx);
  const text = lines.map((l) => `${nl}${indent}${l.replace('$', name)}`).join('');
  return {
    title: 'Disable DOCTYPE declarations and external entities',
    edits: [insertAt({ line: stmt.endPosition.row, character: stmt.endPosition.column }, text)],
  };
};

/** yaml.load(x) with `new Yaml()` → a SafeConstructor that builds only maps, lists and scalars. */
const safeYaml: Fixer = (ctx) => {
  const call = ctx.node;
  if (!/^(load|loadAs|loadAll)$/.test(call.childForFieldName('name')?.text ?? '')) return undefined;
  const receiver = call.childForFieldName('object');
  if (!receiver) return undefined;
  const created = receiver.type === 'identifier' ? ctx.flow.scopes.resolve(receiver.text, receiver)?.value : receiver;
  if (!created || !/^new\s+Yaml\s*\(\s*\)$/.test(created.text)) return undefined;
  const edits: TextEdit[] = [];
  // Both imports go to the same place: one insertion keeps their order.
  const imports = ['import org.yaml.snakeyaml.LoaderOptions;', 'import org.yaml.snakeyaml.constructor.SafeConstructor;']
    .map((line) => addImport(ctx, line, new RegExp(`^\\s*${line.replace(/\./g, '\\.')}\\s*$`, 'm')))
    .filter((e): e is TextEdit => !!e);
  if (imports.length > 0) edits.push({ range: imports[0].range, newText: imports.map((e) => e.newText).join('') });
  edits.push(replace(created, 'new Yaml(new SafeConstructor(new LoaderOptions()))'));
  return { title: 'Load YAML with SafeConstructor (plain data only)', edits };
};

/** sendRedirect(next) → only same-site paths: "/x" yes, "//evil" and "/\\evil" (protocol-relative) no. */
const localRedirect: Fixer = (ctx) => {
  const url = ctx.captures.get('url')?.[0];
  // A plain variable can be read three times without changing behaviour; a call might not.
  if (!url || url.type !== 'identifier') return undefined;
  const v = url.text;
  const guarded = `(${v} != null && ${v}.startsWith("/") && !${v}.startsWith("//") && !${v}.startsWith("/\\\\") ? ${v} : "/")`;
  return { title: 'Redirect only to paths on this site', edits: [replace(url, guarded)] };
};

export const JAVA_FIXERS: Record<string, Fixer> = {
  'java-prepared-statement': preparedStatement,
  'java-process-builder': processBuilder,
  'java-generic-error': genericError,
  'java-cookie-flags': cookieFlags,
  'java-xxe-features': xxeFeatures,
  'java-safe-yaml': safeYaml,
  'java-local-redirect': localRedirect,
};
