// Quick-fixes for JavaScript/TypeScript: cookie attributes for document.cookie, placeholders for
// mysql/pg queries, generic error responses, execFile with an argument array.

import type { Node } from 'web-tree-sitter';
import { addImport, eol, fileMatches, indentOf, insertAt, replace, statementOf, taintedLeaves } from './edits';
import type { FixContext, Fixer, TextEdit } from './model';
import { positionAt } from '../positions';
import { concatOperands, parameterize, sqlExpression, SqlPart } from './sql';

const COOKIE_ATTRIBUTES: Array<[RegExp, string]> = [
  [/;\s*secure\b/i, 'Secure'],
  [/;\s*samesite=/i, 'SameSite=Strict'],
  [/;\s*(max-age|expires)=/i, 'Max-Age=31536000'],
];

/** Appends the missing Secure / SameSite / Max-Age attributes to the cookie string. */
const cookieAttributes: Fixer = (ctx) => {
  const value = ctx.captures.get('value')?.[0];
  // Sensitive data stays readable by scripts whatever the attributes: no mechanical fix.
  if (!value || ctx.details.some((d) => /sensitive/.test(d))) return undefined;
  const resolved = ctx.flow.valueText(value);
  const missing = COOKIE_ATTRIBUTES.filter(([present]) => !present.test(resolved)).map(([, attr]) => attr);
  if (missing.length === 0) return undefined;
  const suffix = `; ${missing.join('; ')}`;
  let edit: TextEdit;
  if (
    value.type === 'template_string' ||
    (value.type === 'string' && !value.text.slice(1, -1).includes(value.text[0]))
  ) {
    edit = insertAt({ line: value.endPosition.row, character: value.endPosition.column - 1 }, suffix);
  } else {
    edit = replace(value, `${value.text} + '${suffix}'`);
  }
  return { title: `Add ${missing.join(', ')} to the cookie`, edits: [edit] };
};

function jsLiteral(node: Node): string | undefined {
  if (node.type === 'string') return node.text.slice(1, -1);
  if (node.type === 'template_string' && !node.namedChildren.some((c) => c?.type === 'template_substitution'))
    return node.text.slice(1, -1);
  return undefined;
}

function jsSqlParts(expr: Node): SqlPart[] | undefined {
  if (expr.type === 'template_string') {
    const parts: SqlPart[] = [];
    let cursor = expr.startIndex + 1;
    for (const child of expr.namedChildren) {
      if (!child || child.type !== 'template_substitution') continue;
      parts.push({ text: expr.text.slice(cursor - expr.startIndex, child.startIndex - expr.startIndex) });
      const inner = child.namedChild(0);
      if (!inner) return undefined;
      parts.push({ expr: inner });
      cursor = child.endIndex;
    }
    parts.push({ text: expr.text.slice(cursor - expr.startIndex, -1) });
    return parts;
  }
  const operands = concatOperands(expr, 'binary_expression');
  if (operands.length < 2) return undefined;
  return operands.map((o) => {
    const text = jsLiteral(o);
    return text === undefined ? { expr: o } : { text };
  });
}

const sqlParameters: Fixer = (ctx) => {
  const call = ctx.node;
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
  const sqlArg = args[0];
  // Query builders take named parameters (TypeORM :name) or none at all: only drivers get `?` / `$1`.
  const methodName = call.childForFieldName('function')?.childForFieldName('property')?.text ?? '';
  if (/^(where|andWhere|orWhere|having|andHaving|orHaving|orderBy|addOrderBy|groupBy|literal)$/.test(methodName))
    return undefined;
  // query(sql, callback) keeps its callback after the new values array; query(sql, values) is left alone.
  if (!sqlArg || (args[1] && !/function|arrow_function/.test(args[1].type)) || args.length > 2) return undefined;
  const expr = sqlExpression(ctx, sqlArg, 'identifier');
  const parts = expr && jsSqlParts(expr);
  const postgres = fileMatches(ctx, /require\(['"]pg['"]\)|from ['"]pg['"]|\$1/);
  const sql = parts && parameterize(parts, postgres ? 'dollar' : 'question');
  if (!expr || !sql || sql.sql.includes('\n')) return undefined;
  const quoted = sql.sql.includes("'") ? `\`${sql.sql}\`` : `'${sql.sql}'`;
  // Prisma's $queryRawUnsafe takes the values as further arguments, the drivers as one array.
  const method = call.childForFieldName('function')?.childForFieldName('property')?.text ?? '';
  const list = sql.args.map((a) => a.text).join(', ');
  const values = /^\$(query|execute)RawUnsafe$/.test(method) ? list : `[${list}]`;
  const edits: TextEdit[] =
    expr === sqlArg
      ? [replace(sqlArg, `${quoted}, ${values}`)]
      : [replace(expr, quoted), replace(sqlArg, `${sqlArg.text}, ${values}`)];
  return { title: 'Use query placeholders with a values array', edits };
};

/** err / err.message / `…${err}` / String(err): the whole expression that carries the error text. */
function errorMessageExpression(leaf: Node): Node {
  let message = leaf;
  while (
    message.parent &&
    (message.parent.type === 'member_expression' ||
      message.parent.type === 'parenthesized_expression' ||
      message.parent.type === 'as_expression' ||
      message.parent.type === 'template_substitution' ||
      message.parent.type === 'template_string' ||
      (message.parent.type === 'binary_expression' && message.parent.childForFieldName('operator')?.text === '+') ||
      (message.parent.type === 'call_expression' && message.parent.childForFieldName('function')?.id === message.id) ||
      (message.parent.type === 'arguments' &&
        message.parent.namedChildCount === 1 &&
        message.parent.parent?.childForFieldName('function')?.text === 'String'))
  ) {
    message = message.parent.type === 'arguments' ? message.parent.parent! : message.parent;
  }
  return message;
}

const genericError: Fixer = (ctx) => {
  const leaves = taintedLeaves(
    ctx,
    ctx.captures.get('arg')?.[0] ?? ctx.node.childForFieldName('arguments') ?? ctx.node,
  );
  if (leaves.length === 0) return undefined;
  // Every place the error shows up in the response, outermost expressions only.
  const targets: Node[] = [];
  for (const leaf of leaves) {
    const m = errorMessageExpression(leaf);
    if (!targets.some((t) => t.startIndex <= m.startIndex && m.endIndex <= t.endIndex)) {
      for (let i = targets.length - 1; i >= 0; i--)
        if (m.startIndex <= targets[i].startIndex && targets[i].endIndex <= m.endIndex) targets.splice(i, 1);
      targets.push(m);
    }
  }
  const errName = /[A-Za-z_$][\w$]*/.exec(leaves[0].text)?.[0] ?? 'err';
  const stmt = statementOf(ctx, ctx.node);
  const indent = indentOf(ctx.text, stmt);
  // `{ error }` shorthand keeps its key: `{ error: 'Internal server error' }`.
  const edits = targets.map((t) =>
    replace(
      t,
      t.type === 'shorthand_property_identifier' ? `${t.text}: 'Internal server error'` : "'Internal server error'",
    ),
  );
  // In an expression-bodied arrow (`.catch((e) => res.send(e.message))`) the statement lies outside
  // the error's scope: the log line cannot go before it.
  const fn = ctx.flow.enclosingFunction(ctx.node);
  if (!fn || (stmt.startIndex >= fn.startIndex && stmt.endIndex <= fn.endIndex)) {
    edits.unshift(
      insertAt(
        { line: stmt.startPosition.row, character: stmt.startPosition.column },
        `console.error(${errName});${eol(ctx)}${indent}`,
      ),
    );
  }
  return { title: 'Log the error and send a generic message', edits };
};

// Characters that only mean something to a shell: a command using them cannot become an argv list.
const SHELL_SYNTAX = /[|&;<>()$`\\"'*?{}[\]~#=%!]/;

/** Splits `cmd ${a} --flag ${b}` into argv words; undefined when a value is glued to other text. */
function commandWords(parts: SqlPart[]): Array<{ text: string } | { expr: Node }> | undefined {
  const words: Array<{ text: string } | { expr: Node }> = [];
  let prevText = ' ';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if ('text' in part) {
      if (SHELL_SYNTAX.test(part.text)) return undefined;
      for (const w of part.text.split(/\s+/).filter(Boolean)) words.push({ text: w });
      prevText = part.text;
      continue;
    }
    const next = parts[i + 1];
    const nextText = next && 'text' in next ? next.text : ' ';
    if (!/(^|\s)$/.test(prevText) || !/^(\s|$)/.test(nextText)) return undefined;
    words.push(part);
    prevText = '';
  }
  return words;
}

/** exec('convert ' + file + ' out.png', cb) → execFile('convert', [file, 'out.png'], cb): no shell. */
const execFile: Fixer = (ctx) => {
  const call = ctx.node;
  const callee = call.childForFieldName('function');
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
  const cmd = args[0];
  if (!callee || !cmd) return undefined;
  const name = callee.type === 'identifier' ? callee.text : callee.childForFieldName('property')?.text;
  const target = name === 'exec' ? 'execFile' : name === 'execSync' ? 'execFileSync' : undefined;
  if (!target) return undefined;
  const parts = cmd.type === 'string' ? [{ text: cmd.text.slice(1, -1) }] : jsSqlParts(cmd);
  const words = parts && commandWords(parts);
  const program = words?.[0];
  if (!words || !program || !('text' in program)) return undefined;
  const argv = words.slice(1).map((w) => ('text' in w ? `'${w.text}'` : w.expr.text));
  const edits: TextEdit[] = [];
  let newCallee: string;
  if (callee.type === 'member_expression') {
    newCallee = `${callee.childForFieldName('object')!.text}.${target}`;
  } else {
    newCallee = target;
    const esm = ctx.tree.rootNode.namedChildren.some((c) => c?.type === 'import_statement');
    const line = esm ? `import { ${target} } from 'child_process';` : `const { ${target} } = require('child_process');`;
    const present = new RegExp(`^\\s*(import|const|let|var)\\b[^\\n]*\\b${target}\\b[^\\n]*(require\\(|from\\s)`, 'm');
    const imp = addImport(ctx, line, present);
    if (imp) edits.push(imp);
  }
  edits.push(replace(callee, newCallee), replace(cmd, `'${program.text}', [${argv.join(', ')}]`));
  return { title: `Run the program with ${target} and an argument array (no shell)`, edits };
};

interface WantedProperty {
  key: string;
  value: string;
  /** The existing value is acceptable. */
  ok: RegExp;
}

function propertyKey(pair: Node): string | undefined {
  const key = pair.childForFieldName('key');
  if (!key) return undefined;
  return key.type === 'string' ? key.text.slice(1, -1) : key.text;
}

/** Edits that make an object literal hold the wanted properties (replacing weak values, appending missing ones). */
function ensureProperties(ctx: FixContext, obj: Node, wanted: WantedProperty[]): TextEdit[] {
  const members = obj.namedChildren.filter((c): c is Node => !!c && !/comment/.test(c.type));
  const edits: TextEdit[] = [];
  const missing: WantedProperty[] = [];
  for (const want of wanted) {
    const pair = members.find((m) => m.type === 'pair' && propertyKey(m) === want.key);
    const shorthand = members.find((m) => m.type === 'shorthand_property_identifier' && m.text === want.key);
    if (shorthand || (pair && want.ok.test(pair.childForFieldName('value')?.text ?? ''))) continue;
    const value = pair?.childForFieldName('value');
    if (value) edits.push(replace(value, want.value));
    else if (!pair) missing.push(want);
  }
  if (missing.length === 0) return edits;
  const text = missing.map((m) => `${m.key}: ${m.value}`);
  const last = members[members.length - 1];
  if (!last) return [...edits, replace(obj, `{ ${text.join(', ')} }`)];
  if (obj.startPosition.row !== obj.endPosition.row) {
    const indent = indentOf(ctx.text, last);
    const nl = eol(ctx);
    // Keep a trailing comma style: insert after the comma when there is one.
    const after = ctx.text.slice(last.endIndex, obj.endIndex - 1);
    const trailing = /^\s*,/.test(after);
    const pos = trailing ? last.endIndex + after.indexOf(',') + 1 : last.endIndex;
    const at = positionAt(ctx.text, pos);
    const body = text.map((t) => `${nl}${indent}${t}`).join(',');
    edits.push(insertAt(at, trailing ? `${body},` : `,${body}`));
  } else {
    edits.push(insertAt({ line: last.endPosition.row, character: last.endPosition.column }, `, ${text.join(', ')}`));
  }
  return edits;
}

/** The object literal an expression is, or that the variable it names was last assigned. */
function objectLiteral(ctx: FixContext, node: Node): Node | undefined {
  if (node.type === 'object') return node;
  if (node.type !== 'identifier') return undefined;
  const value = ctx.flow.scopes.resolve(node.text, node)?.value;
  return value?.type === 'object' ? value : undefined;
}

const COOKIE_FLAGS = (maxAge: string): WantedProperty[] => [
  { key: 'httpOnly', value: 'true', ok: /^true$/ },
  { key: 'secure', value: 'true', ok: /^(?!false$|0$|null$|undefined$)\S/ },
  { key: 'sameSite', value: "'strict'", ok: /^['"](strict|lax)['"]$|^true$/i },
  { key: 'maxAge', value: maxAge, ok: /./ },
];

/** res.cookie(name, value[, options]) → options with httpOnly, secure, sameSite and maxAge. */
const cookieOptions: Fixer = (ctx) => {
  const call = ctx.node;
  const args =
    call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a && !/comment/.test(a.type)) ?? [];
  const receiver = call.childForFieldName('function')?.childForFieldName('object')?.text ?? '';
  // Next.js counts maxAge in seconds, Express and Koa in milliseconds.
  const seconds = /cookies/.test(receiver) && fileMatches(ctx, /['"]next\//);
  const wanted = COOKIE_FLAGS(seconds ? '60 * 60' : '60 * 60 * 1000');
  const hasExpiry = (t: string): boolean => /\b(maxAge|expires)\s*:/.test(t);
  const title = 'Set httpOnly, secure, sameSite and maxAge on the cookie';
  if (args.length === 2) {
    const props = wanted.map((w) => `${w.key}: ${w.value}`).join(', ');
    return {
      title,
      edits: [insertAt({ line: args[1].endPosition.row, character: args[1].endPosition.column }, `, { ${props} }`)],
    };
  }
  const options = args[2];
  if (!options || args.length !== 3) return undefined;
  const literal = options.type === 'object' ? options : undefined;
  if (literal) {
    const edits = ensureProperties(
      ctx,
      literal,
      wanted.filter((w) => w.key !== 'maxAge' || !hasExpiry(literal.text)),
    );
    return edits.length > 0 ? { title, edits } : undefined;
  }
  if (options.type !== 'identifier' && options.type !== 'member_expression') return undefined;
  const resolved = ctx.flow.valueText(options);
  const extra = wanted.filter((w) =>
    w.key === 'maxAge'
      ? !hasExpiry(resolved)
      : !new RegExp(`${w.key}\\s*:\\s*(${w.ok.source.replace(/^\^|\$$/g, '')})`).test(resolved),
  );
  if (extra.length === 0) return undefined;
  return {
    title,
    edits: [replace(options, `{ ...${options.text}, ${extra.map((w) => `${w.key}: ${w.value}`).join(', ')} }`)],
  };
};

/** session({ … }) → cookie: { secure: true, httpOnly: true, sameSite: 'strict', … }. */
const sessionCookie: Fixer = (ctx) => {
  const arg = ctx.captures.get('options')?.[0];
  const options = arg && objectLiteral(ctx, arg);
  if (!options) return undefined;
  const cookiePair = options.namedChildren.find((c) => c?.type === 'pair' && propertyKey(c) === 'cookie');
  const cookieValue = cookiePair?.childForFieldName('value');
  const wanted = COOKIE_FLAGS('60 * 60 * 1000').filter((w) => w.key !== 'maxAge');
  let edits: TextEdit[];
  if (cookieValue?.type === 'object') edits = ensureProperties(ctx, cookieValue, wanted);
  else if (cookiePair) return undefined;
  else
    edits = ensureProperties(ctx, options, [
      { key: 'cookie', value: "{ secure: true, httpOnly: true, sameSite: 'strict', maxAge: 60 * 60 * 1000 }", ok: /./ },
    ]);
  return edits.length > 0 ? { title: 'Make the session cookie secure, httpOnly and sameSite', edits } : undefined;
};

const UPLOAD_LIMIT = '{ fileSize: 5 * 1024 * 1024 }';
const UPLOAD_FILTER = '(req, file, cb) => cb(null, /\\.(png|jpe?g|gif|pdf)$/i.test(file.originalname))';

/** multer({ … }) → limits.fileSize and an extension fileFilter; fileUpload() → limits. */
const uploadLimits: Fixer = (ctx) => {
  const call = ctx.node;
  const name = call.childForFieldName('function')?.text;
  const argList = call.childForFieldName('arguments');
  if (!argList || (name !== 'multer' && !/^(fileUpload|expressFileUpload|fileupload)$/.test(name ?? '')))
    return undefined;
  const args = argList.namedChildren.filter((a): a is Node => !!a && !/comment/.test(a.type));
  const wanted: WantedProperty[] = [{ key: 'limits', value: UPLOAD_LIMIT, ok: /./ }];
  if (name === 'multer') wanted.push({ key: 'fileFilter', value: UPLOAD_FILTER, ok: /./ });
  else wanted.push({ key: 'abortOnLimit', value: 'true', ok: /./ });
  const title = name === 'multer' ? 'Limit upload size and accept only allowed file extensions' : 'Limit upload size';
  if (args.length === 0)
    return { title, edits: [replace(argList, `({ ${wanted.map((w) => `${w.key}: ${w.value}`).join(', ')} })`)] };
  const options = objectLiteral(ctx, args[0]);
  if (!options) return undefined;
  // A method shorthand `fileFilter(req, file, cb) { … }` counts as present.
  const present = (key: string): boolean =>
    options.namedChildren.some(
      (c) =>
        !!c &&
        (propertyKey(c) === key || (c.type === 'method_definition' && c.childForFieldName('name')?.text === key)),
    );
  const edits = ensureProperties(
    ctx,
    options,
    wanted.filter((w) => !present(w.key)),
  );
  return edits.length > 0 ? { title, edits } : undefined;
};

/** el.innerHTML = 'Hello ' + name → el.textContent = …, when the value builds no markup. */
const textContent: Fixer = (ctx) => {
  const prop = ctx.captures.get('prop')?.[0];
  const value = ctx.captures.get('value')?.[0];
  if (!prop || !value || prop.text !== 'innerHTML' || ctx.node.type !== 'assignment_expression') return undefined;
  // Markup in the constant parts means the author wants HTML: textContent would show the tags.
  const literals = [value, ...value.descendantsOfType(['string_fragment', 'string'])].filter(
    (n): n is Node => !!n && (n.type === 'string' || n.type === 'string_fragment' || n.type === 'template_string'),
  );
  const constantText = literals
    .map((n) => (n.type === 'template_string' ? n.text.replace(/\$\{[^}]*\}/g, '') : n.text))
    .join(' ');
  if (/<[a-zA-Z!/]/.test(constantText)) return undefined;
  return { title: 'Set textContent instead of innerHTML', edits: [replace(prop, 'textContent')] };
};

/** The call that a method name applies to: `x.toString(36)` for the `toString` after `x`. */
function chainedCall(node: Node, method: RegExp): Node | undefined {
  const member = node.parent;
  if (member?.type !== 'member_expression' || member.childForFieldName('object')?.id !== node.id) return undefined;
  if (!method.test(member.childForFieldName('property')?.text ?? '')) return undefined;
  const call = member.parent;
  return call?.type === 'call_expression' ? call : undefined;
}

/** Math.random() token idioms → crypto.randomBytes / randomUUID / randomInt. */
const secureRandom: Fixer = (ctx) => {
  const call = ctx.node;
  const node = fileMatches(ctx, /require\(|from\s+['"](node:)?[\w@/-]+['"]|process\.env/);
  const hasCrypto = fileMatches(
    ctx,
    /\b(const|let|var|import)\s+(\*\s+as\s+)?crypto\b|\{[^}]*\brandom(Bytes|Int|UUID)\b[^}]*\}\s*(=\s*require\(|from)/,
  );
  const edits: TextEdit[] = [];
  const needCrypto = (): void => {
    if (!node || hasCrypto) return;
    const esm = ctx.tree.rootNode.namedChildren.some((c) => c?.type === 'import_statement');
    const imp = addImport(
      ctx,
      esm ? "import crypto from 'crypto';" : "const crypto = require('crypto');",
      /^\s*(import|const|let|var)\s+crypto\b/m,
    );
    if (imp) edits.push(imp);
  };
  // Math.random().toString(36)[.slice(2)|.substring(2, n)|.substr(2, n)]
  const toString = chainedCall(call, /^toString$/);
  if (toString) {
    const cut = chainedCall(toString, /^(slice|substring|substr)$/);
    const whole = cut ?? toString;
    needCrypto();
    edits.push(replace(whole, node ? "crypto.randomBytes(16).toString('hex')" : 'crypto.randomUUID()'));
    return { title: node ? 'Use crypto.randomBytes' : 'Use crypto.randomUUID', edits };
  }
  // Math.floor(Math.random() * n) / Math.floor(min + Math.random() * n): Node's crypto.randomInt.
  let product = call.parent;
  if (
    !node ||
    product?.type !== 'binary_expression' ||
    product.childForFieldName('operator')?.text !== '*' ||
    product.childForFieldName('left')?.id !== call.id
  )
    return undefined;
  const range = product.childForFieldName('right')!;
  let min: Node | undefined;
  if (
    product.parent?.type === 'binary_expression' &&
    product.parent.childForFieldName('operator')?.text === '+' &&
    product.parent.childForFieldName('right')?.id === product.id
  ) {
    min = product.parent.childForFieldName('left') ?? undefined;
    product = product.parent;
  }
  const args = product.parent;
  const floor = args?.type === 'arguments' && args.namedChildCount === 1 ? args.parent : undefined;
  if (!floor || floor.childForFieldName('function')?.text !== 'Math.floor') return undefined;
  needCrypto();
  edits.push(
    replace(
      floor,
      min ? `crypto.randomInt(${min.text}, ${min.text} + ${range.text})` : `crypto.randomInt(${range.text})`,
    ),
  );
  return { title: 'Use crypto.randomInt', edits };
};

/** rejectUnauthorized: false → true; NODE_TLS_REJECT_UNAUTHORIZED = '0' → '1'. */
const tlsVerify: Fixer = (ctx) => {
  const value = ctx.captures.get('value')?.[0];
  if (!value) return undefined;
  const text =
    value.text === 'false'
      ? 'true'
      : value.text === '0'
        ? '1'
        : /^(['"])0\1$/.test(value.text)
          ? `${value.text[0]}1${value.text[0]}`
          : /^(['"])false\1$/.test(value.text)
            ? 'true'
            : undefined;
  return text ? { title: 'Turn certificate verification back on', edits: [replace(value, text)] } : undefined;
};

/** Adds `const path = require('path')` / `import path from 'path'` unless a `path` binding exists. */
function ensureModule(ctx: FixContext, name: string, module: string): TextEdit | undefined {
  if (fileMatches(ctx, new RegExp(`\\b(const|let|var|import)\\s+(\\*\\s+as\\s+)?${name}\\b`))) return undefined;
  const esm = ctx.tree.rootNode.namedChildren.some((c) => c?.type === 'import_statement');
  return addImport(
    ctx,
    esm ? `import ${name} from '${module}';` : `const ${name} = require('${module}');`,
    new RegExp(`^\\s*(import|const|let|var)\\s+${name}\\b`, 'm'),
  );
}

/** path.join(DIR, req.query.name) → path.join(DIR, path.basename(req.query.name)): only a file name gets through. */
const pathBasename: Fixer = (ctx) => {
  const arg = ctx.captures.get('path')?.[0];
  if (!arg) return undefined;
  const leaves = taintedLeaves(ctx, arg);
  if (leaves.length === 0) return undefined;
  const edits: TextEdit[] = [];
  for (const leaf of leaves) {
    const parent = leaf.parent;
    // Only a piece of a built path is reduced to its file name; a whole path from elsewhere is not ours to cut.
    const inJoin =
      parent?.type === 'arguments' &&
      /^path\.(join|resolve)$/.test(parent.parent?.childForFieldName('function')?.text ?? '') &&
      parent.namedChildren[0]?.id !== leaf.id;
    const inTemplate = parent?.type === 'template_substitution';
    const inConcat = parent?.type === 'binary_expression' && parent.childForFieldName('right')?.id === leaf.id;
    if (leaf.id === arg.id || !(inJoin || inTemplate || inConcat)) return undefined;
    edits.push(replace(leaf, `path.basename(${leaf.text})`));
  }
  const imp = ensureModule(ctx, 'path', 'path');
  if (imp) edits.unshift(imp);
  return { title: 'Keep only the file name (path.basename)', edits };
};

function envName(name: string): string {
  return name
    .replace(/^['"]|['"]$/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}

/** const JWT_SECRET = 'abc…' → const JWT_SECRET = process.env.JWT_SECRET. */
const secretFromEnv: Fixer = (ctx) => {
  const value = ctx.captures.get('value')?.[0];
  if (!value) return undefined;
  const name = ctx.captures.get('name')?.[0]?.text;
  const fn = ctx.captures.get('fn')?.[0]?.text;
  // process.env.X || 'fallback': drop the fallback.
  const fallback = /^(process\.env\.\w+)\s*(\|\||\?\?)/.exec(value.text);
  const env = fallback
    ? fallback[1]
    : name
      ? `process.env.${envName(name)}`
      : fn
        ? 'process.env.JWT_SECRET'
        : undefined;
  if (!env || value.type === 'template_string') return undefined;
  return { title: `Read the secret from ${env}`, edits: [replace(value, env)] };
};

/** serialize.unserialize(x) → JSON.parse(x); yaml.load / unsafeLoad → yaml.load(x, { schema: yaml.JSON_SCHEMA }). */
const safeDeserialize: Fixer = (ctx) => {
  const call = ctx.node;
  const callee = call.childForFieldName('function');
  const data = ctx.captures.get('data')?.[0];
  if (!callee || !data) return undefined;
  const method = callee.type === 'member_expression' ? callee.childForFieldName('property')?.text : callee.text;
  const args = call.childForFieldName('arguments');
  if (method === 'unserialize' || method === 'deserialize') {
    return {
      title: 'Parse JSON instead (data only, no functions)',
      edits: [replace(call, `JSON.parse(${data.text})`)],
    };
  }
  const lib = callee.childForFieldName('object')?.text;
  if (!lib || !args || !/^(load|loadAll|unsafeLoad|unsafeLoadAll)$/.test(method ?? '')) return undefined;
  const safe = method!.replace(/^unsafeL/, 'l');
  return {
    title: 'Parse YAML with the JSON schema (no JavaScript types)',
    edits: [replace(call, `${lib}.${safe}(${data.text}, { schema: ${lib}.JSON_SCHEMA })`)],
  };
};

const JWT_VERIFY_ARGS = "process.env.JWT_SECRET, { algorithms: ['HS256'] }";

/** jwt.decode(t) → jwt.verify(t, secret, { algorithms }); drops 'none'; gives verify a real key. */
const jwtVerify: Fixer = (ctx) => {
  const node = ctx.node;
  const title = 'Verify the token signature with a pinned algorithm';
  if (node.type === 'pair') {
    const value = ctx.captures.get('value')?.[0];
    if (!value) return undefined;
    if (value.type === 'array') {
      const kept = value.namedChildren.filter((c): c is Node => !!c && !/^['"]none['"]$/i.test(c.text));
      return {
        title: "Remove the 'none' algorithm",
        edits: [replace(value, `[${kept.length > 0 ? kept.map((c) => c.text).join(', ') : "'HS256'"}]`)],
      };
    }
    return { title: "Replace the 'none' algorithm", edits: [replace(value, "'HS256'")] };
  }
  const callee = node.childForFieldName('function');
  const args =
    node.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a && !/comment/.test(a.type)) ?? [];
  const method = callee?.childForFieldName('property')?.text;
  const lib = callee?.childForFieldName('object')?.text;
  if (!callee || !lib || !args[0]) return undefined;
  if (method === 'decode' && args.length === 1 && /^(jwt|jsonwebtoken)$/.test(lib)) {
    return { title, edits: [replace(node, `${lib}.verify(${args[0].text}, ${JWT_VERIFY_ARGS})`)] };
  }
  if (method === 'verify' && args.length === 1) {
    return {
      title,
      edits: [
        insertAt({ line: args[0].endPosition.row, character: args[0].endPosition.column }, `, ${JWT_VERIFY_ARGS}`),
      ],
    };
  }
  const key = ctx.captures.get('key')?.[0];
  if (method === 'verify' && key)
    return { title: 'Verify with the real signing key', edits: [replace(key, 'process.env.JWT_SECRET')] };
  return undefined;
};

/** cors({ origin: '*' | true, credentials: true }) → origin from an explicit list. */
const corsOrigins: Fixer = (ctx) => {
  const arg = ctx.captures.get('options')?.[0];
  const options = arg && objectLiteral(ctx, arg);
  const origin = options?.namedChildren
    .find((c) => c?.type === 'pair' && propertyKey(c) === 'origin')
    ?.childForFieldName('value');
  if (!origin) return undefined;
  return {
    title: 'Allow only the origins listed in ALLOWED_ORIGINS',
    edits: [replace(origin, "(process.env.ALLOWED_ORIGINS || '').split(',').filter(Boolean)")],
  };
};

/** res.redirect(next) → only same-site relative paths, otherwise '/'. */
const sameSiteRedirect: Fixer = (ctx) => {
  const url = ctx.captures.get('url')?.[0];
  if (!url || ctx.node.type !== 'call_expression') return undefined;
  const value = /^[\w$.]+$/.test(url.text) ? url.text : `(${url.text})`;
  return {
    title: 'Redirect only to same-site paths',
    edits: [replace(url, `${SAME_SITE_CHECK}.test(String(${value})) ? ${value} : '/'`)],
  };
};
const SAME_SITE_CHECK = '/^\\/(?![\\/\\\\])/';

export const JAVASCRIPT_FIXERS: Record<string, Fixer> = {
  'js-cookie-attributes': cookieAttributes,
  'js-sql-parameters': sqlParameters,
  'js-generic-error': genericError,
  'js-exec-file': execFile,
  'js-cookie-options': cookieOptions,
  'js-session-cookie': sessionCookie,
  'js-upload-limits': uploadLimits,
  'js-text-content': textContent,
  'js-secure-random': secureRandom,
  'js-tls-verify': tlsVerify,
  'js-path-basename': pathBasename,
  'js-secret-from-env': secretFromEnv,
  'js-safe-deserialize': safeDeserialize,
  'js-jwt-verify': jwtVerify,
  'js-cors-origins': corsOrigins,
  'js-same-site-redirect': sameSiteRedirect,
};
