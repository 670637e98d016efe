// Quick-fixes for Python: secure_filename for client-supplied names, an extension allow-list and a
// size limit for uploads, DB-API query parameters, generic error responses, list-form subprocess.

import type { Node } from 'web-tree-sitter';
import {
  addImport,
  eol,
  fileMatches,
  indentOf,
  indentUnit,
  insertAt,
  replace,
  statementOf,
  taintedLeaves,
} from './edits';
import type { FixContext, Fixer, TextEdit } from './model';
import { concatOperands, parameterize, printfParts, sqlExpression, SqlPart } from './sql';

/** The top-level statement (function, decorated function, class) that holds `node`. */
function topLevel(node: Node): Node {
  let current = node;
  while (current.parent && current.parent.type !== 'module') current = current.parent;
  return current;
}

/** A tainted leaf whose value can be wrapped safely: it is the name itself, not a whole path. */
function wrappable(ctx: FixContext, leaf: Node): boolean {
  if (leaf.type !== 'identifier') return true;
  const value = ctx.flow.scopes.resolve(leaf.text, leaf)?.value;
  return (
    !!value &&
    ['attribute', 'subscript', 'identifier', 'call'].includes(value.type) &&
    !/os\.path\.join|\+|%|\.format|f["']/.test(value.text)
  );
}

const secureFilename: Fixer = (ctx) => {
  const path = ctx.captures.get('path')?.[0];
  if (!path) return undefined;
  const leaves = taintedLeaves(ctx, path);
  if (leaves.length === 0 || !leaves.every((l) => wrappable(ctx, l))) return undefined;
  const edits: TextEdit[] = [];
  const imp = addImport(ctx, 'from werkzeug.utils import secure_filename', /import[^\n]*\bsecure_filename\b/);
  if (imp) edits.push(imp);
  for (const leaf of leaves) edits.push(replace(leaf, `secure_filename(${leaf.text})`));
  return { title: 'Sanitize the file name with secure_filename()', edits };
};

const uploadValidation: Fixer = (ctx) => {
  const file = ctx.captures.get('file')?.[0];
  if (!file || !/^[\w.]+$/.test(file.text)) return undefined;
  const nl = eol(ctx);
  const unit = indentUnit(ctx);
  const stmt = statementOf(ctx, ctx.node);
  const fn = ctx.flow.enclosingFunction(ctx.node);
  const edits: TextEdit[] = [];
  const needsType = !/allowed_file|ALLOWED_EXT|splitext|\.rsplit\(|\.endswith\(|mimetype|content_type/.test(
    fn?.text ?? '',
  );
  const needsSize = !fileMatches(ctx, /MAX_CONTENT_LENGTH|content_length|MAX_UPLOAD_SIZE|MAX_FILE_SIZE/);
  const top = topLevel(ctx.node);
  const app = /@(\w+)\.(route|post|put)\(/.exec(top.text)?.[1];
  let preamble = '';
  if (needsType) {
    const abortImport = addImport(ctx, 'from flask import abort', /import[^\n]*\babort\b/);
    if (abortImport) edits.push(abortImport);
    if (!fileMatches(ctx, /\bALLOWED_EXTENSIONS\s*=/))
      preamble += `ALLOWED_EXTENSIONS = {'png', 'jpg', 'jpeg', 'gif', 'pdf', 'txt'}${nl}`;
    if (!fileMatches(ctx, /def allowed_file\(/)) {
      preamble += `${nl}${nl}def allowed_file(filename):${nl}${unit}return '.' in filename and filename.rsplit('.', 1)[1].lower() in ALLOWED_EXTENSIONS${nl}`;
    }
    const indent = indentOf(ctx.text, stmt);
    edits.push(
      insertAt(
        { line: stmt.startPosition.row, character: stmt.startPosition.column },
        `if not allowed_file(${file.text}.filename):${nl}${indent}${unit}abort(400)${nl}${indent}`,
      ),
    );
  }
  if (needsSize && app)
    preamble = `${app}.config['MAX_CONTENT_LENGTH'] = 16 * 1024 * 1024  # larger uploads get HTTP 413${nl}${preamble}`;
  if (preamble)
    edits.splice(
      edits.length - (needsType ? 1 : 0),
      0,
      insertAt({ line: top.startPosition.row, character: 0 }, `${preamble}${nl}${nl}`),
    );
  if (edits.length === 0) return undefined;
  return { title: 'Check the file extension and limit the upload size', edits };
};

/** Text of a Python string literal's content (no prefix, no quotes), or undefined for f-strings. */
function pyLiteral(node: Node): string | undefined {
  if (node.type !== 'string' || node.namedChildren.some((c) => c?.type === 'interpolation')) return undefined;
  return node.namedChildren
    .filter((c): c is Node => c?.type === 'string_content')
    .map((c) => c.text)
    .join('');
}

function pySqlParts(expr: Node): SqlPart[] | undefined {
  if (expr.type === 'string') {
    // f"… {value} …"
    if (!/^f/i.test(expr.text)) return undefined;
    return expr.namedChildren
      .filter((c): c is Node => !!c && (c.type === 'string_content' || c.type === 'interpolation'))
      .map((c) =>
        c.type === 'string_content'
          ? { text: c.text }
          : { expr: c.childForFieldName('expression') ?? c.namedChild(0)! },
      );
  }
  if (expr.type === 'binary_operator' && expr.childForFieldName('operator')?.text === '%') {
    const format = pyLiteral(expr.childForFieldName('left')!);
    const right = expr.childForFieldName('right')!;
    const args = right.type === 'tuple' ? right.namedChildren.filter((c): c is Node => !!c) : [right];
    return format === undefined ? undefined : printfParts(format, args);
  }
  if (
    expr.type === 'call' &&
    /^\.format$/.test(`.${expr.childForFieldName('function')?.childForFieldName('attribute')?.text}`)
  ) {
    const object = expr.childForFieldName('function')?.childForFieldName('object');
    const format = object ? pyLiteral(object) : undefined;
    const args = expr.childForFieldName('arguments')?.namedChildren.filter((c): c is Node => !!c) ?? [];
    if (
      format === undefined ||
      args.some((a) => a.type === 'keyword_argument') ||
      /\{[^}]/.test(format.replace(/\{\}/g, ''))
    )
      return undefined;
    return printfParts(format.replace(/\{\}/g, '%s'), args);
  }
  const operands = concatOperands(expr, 'binary_operator');
  if (operands.length < 2) return undefined;
  return operands.map((o) => {
    const text = pyLiteral(o);
    return text === undefined ? { expr: o } : { text };
  });
}

function pyQuote(sql: string): string {
  return sql.includes('"') ? `'${sql.replace(/'/g, "\\'")}'` : `"${sql}"`;
}

/** A value in an identifier position (ORDER BY {col}, FROM {table}) cannot become a bound parameter. */
function identifierPosition(parts: SqlPart[]): boolean {
  return parts.some(
    (part, i) =>
      'expr' in part &&
      i > 0 &&
      'text' in parts[i - 1] &&
      /(order\s+by|group\s+by|\bfrom|\bjoin|\binto|\btable|\bupdate|\bselect|,|\.)\s*$/i.test(
        (parts[i - 1] as { text: string }).text,
      ),
  );
}

const sqlParameters: Fixer = (ctx) => {
  const call = ctx.node;
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
  if (args.length !== 1) return undefined;
  const expr = sqlExpression(ctx, args[0], 'identifier');
  const parts = expr && pySqlParts(expr);
  if (parts && identifierPosition(parts)) return undefined;
  const sql = parts && parameterize(parts, fileMatches(ctx, /\bsqlite3\b/) ? 'question' : 'percent');
  if (!expr || !sql) return undefined;
  const tuple = sql.args.length === 1 ? `(${sql.args[0].text},)` : `(${sql.args.map((a) => a.text).join(', ')})`;
  const edits =
    expr === args[0]
      ? [replace(args[0], `${pyQuote(sql.sql)}, ${tuple}`)]
      : [replace(expr, pyQuote(sql.sql)), replace(args[0], `${args[0].text}, ${tuple}`)];
  return { title: 'Pass the values as query parameters', edits };
};

/** Widens an error leaf to the expression that formats it: str(e), f"…{e}", "x: " + str(e). */
function errorMessageExpression(leaf: Node): Node {
  let node = leaf;
  for (let parent = node.parent; parent; parent = node.parent) {
    const isWrapper =
      (parent.type === 'argument_list' && parent.namedChildCount === 1 && parent.parent?.type === 'call') ||
      parent.type === 'interpolation' ||
      (parent.type === 'string' && /^f/i.test(parent.text)) ||
      (parent.type === 'binary_operator' && parent.childForFieldName('operator')?.text === '+') ||
      (parent.type === 'attribute' && parent.childForFieldName('object')?.id === node.id);
    if (!isWrapper) break;
    node = parent.type === 'argument_list' ? parent.parent! : parent;
  }
  return node;
}

const genericError: Fixer = (ctx) => {
  const leaf = taintedLeaves(ctx, ctx.node)[0];
  if (!leaf) return undefined;
  const message = errorMessageExpression(leaf);
  const stmt = statementOf(ctx, ctx.node);
  const indent = indentOf(ctx.text, stmt);
  const edits: TextEdit[] = [];
  const imp = addImport(ctx, 'import logging', /^import logging\b/m);
  if (imp) edits.push(imp);
  edits.push(
    insertAt(
      { line: stmt.startPosition.row, character: stmt.startPosition.column },
      `logging.exception('request failed')${eol(ctx)}${indent}`,
    ),
  );
  edits.push(replace(message, "'internal server error'"));
  return { title: 'Log the exception and return a generic message', edits };
};

/** `'ping -c 1 ' + host` → ['ping', '-c', '1', host] when every value is a whole word. */
function argvOf(parts: SqlPart[]): string[] | undefined {
  const argv: string[] = [];
  let pendingWord = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if ('text' in part) {
      if (/[|;&$`<>(){}*?"'\\]/.test(part.text)) return undefined;
      const words = part.text.split(/\s+/);
      words.forEach((w, j) => {
        if (j > 0 && pendingWord) {
          argv.push(`'${pendingWord}'`);
          pendingWord = '';
        }
        pendingWord += w;
      });
    } else {
      if (pendingWord) return undefined; // value glued to text: "--name=" + x
      argv.push(part.expr.text);
      const next = parts[i + 1];
      if (next && 'text' in next && next.text && !/^\s/.test(next.text)) return undefined;
    }
  }
  if (pendingWord) argv.push(`'${pendingWord}'`);
  return argv.length > 0 ? argv : undefined;
}

const subprocessList: Fixer = (ctx) => {
  const args = ctx.node.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a) ?? [];
  const command = args[0];
  const shell = args.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'shell');
  if (!command || command.type === 'keyword_argument') return undefined;
  const parts = pySqlParts(command) ?? (pyLiteral(command) !== undefined ? [{ text: pyLiteral(command)! }] : undefined);
  const argv = parts && argvOf(parts);
  if (!argv) return undefined;
  const edits: TextEdit[] = [replace(command, `[${argv.join(', ')}]`)];
  if (shell) edits.push(replace(shell, 'shell=False'));
  return { title: 'Run the program with an argument list, without a shell', edits };
};

/** The keyword arguments of a call by name. */
function keywordArguments(args: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const arg of args.namedChildren) {
    if (arg?.type === 'keyword_argument')
      out.set(arg.childForFieldName('name')?.text ?? '', arg.childForFieldName('value')!);
  }
  return out;
}

/** set_cookie(…) gets secure=True, httponly=True, samesite='Lax' and a max_age; False flags turn True. */
const cookieAttributes: Fixer = (ctx) => {
  const args = ctx.captures.get('args')?.[0];
  if (
    !args ||
    /\*\*/.test(args.text) ||
    /^\(\s*(key\s*=\s*)?["'](password|passwd|pwd|ssn|credit_?card|card_?number|cvv)["']/i.test(args.text)
  )
    return undefined;
  const kwargs = keywordArguments(args);
  const positional = args.namedChildren.filter(
    (a) => a && a.type !== 'keyword_argument' && a.type !== 'comment',
  ).length;
  const edits: TextEdit[] = [];
  const added: string[] = [];
  const wanted: Array<[string, string, (v: Node) => boolean]> = [
    ['secure', 'True', (v) => /^(False|None)$/.test(v.text)],
    ['httponly', 'True', (v) => /^(False|None)$/.test(v.text)],
    ['samesite', "'Lax'", (v) => /^(None|["']None["'])$/.test(v.text)],
  ];
  for (const [name, value, weak] of wanted) {
    const current = kwargs.get(name);
    if (!current) added.push(`${name}=${value}`);
    else if (weak(current)) edits.push(replace(current, value));
  }
  // Flask and Django take max_age as the third positional argument.
  const expiry = ['max_age', 'expires'].map((k) => kwargs.get(k)).find((v) => v && v.text !== 'None');
  if (!expiry && positional < 3) {
    const none = kwargs.get('max_age');
    if (none) edits.push(replace(none, '3600'));
    else added.push('max_age=3600');
  }
  if (added.length > 0) {
    const close = args.lastChild;
    if (!close || close.text !== ')') return undefined;
    const trailingComma = close.previousSibling?.text === ',';
    const empty = args.namedChildCount === 0;
    const text = `${empty || trailingComma ? (trailingComma ? ' ' : '') : ', '}${added.join(', ')}`;
    edits.push(insertAt({ line: close.startPosition.row, character: close.startPosition.column }, text));
  }
  if (edits.length === 0) return undefined;
  return { title: 'Set secure, httponly, samesite and max_age on the cookie', edits };
};

/** yaml.load(x, Loader=…) / yaml.unsafe_load(x) → yaml.safe_load(x); *_all → safe_load_all. */
const yamlSafeLoad: Fixer = (ctx) => {
  const mod = ctx.captures.get('mod')?.[0];
  const fn = ctx.captures.get('fn')?.[0];
  const data = ctx.captures.get('data')?.[0];
  if (!mod || !fn || !data || data.type === 'keyword_argument') return undefined;
  const all = /_all$/.test(fn.text) ? '_all' : '';
  return {
    title: `Parse with ${mod.text}.safe_load${all}()`,
    edits: [replace(ctx.node, `${mod.text}.safe_load${all}(${data.text})`)],
  };
};

/** `hi - lo` as code, folded when both are integer literals. */
function span(lo: string, hi: string, extra: number): string {
  if (/^\d+$/.test(lo) && /^\d+$/.test(hi)) return String(Number(hi) - Number(lo) + extra);
  return `${hi} - ${lo}${extra ? ` + ${extra}` : ''}`;
}

/** random.choice/choices/randint/randrange/getrandbits/randbytes → the secrets equivalent. */
const secretsRandom: Fixer = (ctx) => {
  const fn = ctx.captures.get('fn')?.[0]?.text;
  const args = ctx.captures.get('args')?.[0];
  if (!fn || !args) return undefined;
  const positional = args.namedChildren
    .filter((a): a is Node => !!a && a.type !== 'keyword_argument' && a.type !== 'comment')
    .map((a) => a.text);
  const kwargs = keywordArguments(args);
  const onlyPositional = positional.length === args.namedChildren.filter((a) => a && a.type !== 'comment').length;
  let text: string | undefined;
  if (fn === 'choice' && positional.length === 1 && onlyPositional) text = `secrets.choice(${positional[0]})`;
  else if (fn === 'choices' && positional.length === 1 && kwargs.size === 1 && kwargs.has('k'))
    text = `[secrets.choice(${positional[0]}) for _ in range(${kwargs.get('k')!.text})]`;
  else if (fn === 'getrandbits' && positional.length === 1 && onlyPositional)
    text = `secrets.randbits(${positional[0]})`;
  else if (fn === 'randbytes' && positional.length === 1 && onlyPositional)
    text = `secrets.token_bytes(${positional[0]})`;
  else if (fn === 'randint' && positional.length === 2 && onlyPositional) {
    const [lo, hi] = positional;
    text = lo === '0' ? `secrets.randbelow(${span(lo, hi, 1)})` : `secrets.randbelow(${span(lo, hi, 1)}) + ${lo}`;
  } else if (fn === 'randrange' && onlyPositional && (positional.length === 1 || positional.length === 2)) {
    const [lo, hi] = positional.length === 1 ? ['0', positional[0]] : positional;
    text = lo === '0' ? `secrets.randbelow(${hi})` : `secrets.randbelow(${span(lo, hi, 0)}) + ${lo}`;
  }
  if (!text) return undefined;
  const edits: TextEdit[] = [];
  const imp = addImport(ctx, 'import secrets', /^import secrets\b/m);
  if (imp) edits.push(imp);
  edits.push(replace(ctx.node, text));
  return { title: 'Use the secrets module (cryptographically secure)', edits };
};

/** The unverified SSL context becomes the default one; CERT_NONE becomes CERT_REQUIRED. */
const sslContext: Fixer = (ctx) => {
  const fn = ctx.captures.get('fn')?.[0];
  const value = ctx.captures.get('value')?.[0];
  const title = 'Verify certificates (default SSL context, CERT_REQUIRED)';
  if (value)
    return {
      title,
      edits: [replace(value, value.text.replace('_create_unverified_context', 'create_default_context'))],
    };
  if (!fn) return undefined;
  if (fn.type === 'string') return { title, edits: [replace(fn, fn.text.replace('CERT_NONE', 'CERT_REQUIRED'))] };
  if (fn.text === 'CERT_NONE') return { title, edits: [replace(fn, 'CERT_REQUIRED')] };
  const args = ctx.node.childForFieldName('arguments');
  if (fn.text !== '_create_unverified_context' || (args && args.namedChildCount > 0)) return undefined;
  return { title, edits: [replace(fn, 'create_default_context')] };
};

/** A hard-coded secret becomes os.environ["NAME"], NAME taken from the variable, key or argument. */
const secretFromEnv: Fixer = (ctx) => {
  const name = ctx.captures.get('name')?.[0];
  const value = ctx.captures.get('value')?.[0];
  if (!name || !value || value.type !== 'string') return undefined;
  const key = /(\w+)["']?\]?\s*$/.exec(name.text)?.[1];
  if (!key) return undefined;
  const env = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
  const bytes = /^[rR]?[bB]/.test(value.text);
  const edits: TextEdit[] = [];
  const imp = addImport(ctx, 'import os', /^import os\b/m);
  if (imp) edits.push(imp);
  edits.push(replace(value, `os.environ["${env}"]${bytes ? '.encode()' : ''}`));
  return { title: `Read ${env} from the environment`, edits };
};

/** XML parser flags flipped to their safe value: resolve_entities=False, no_network=True, … */
const xmlSafeFlag: Fixer = (ctx) => {
  const flag = ctx.captures.get('flag')?.[0];
  if (!flag || !/^(True|False)$/.test(flag.text)) return undefined;
  const call = ctx.captures.get('call')?.[0] ?? ctx.node;
  const args = call.childForFieldName('arguments');
  const unsafe: Record<string, string> = {
    resolve_entities: 'True',
    load_dtd: 'True',
    dtd_validation: 'True',
    no_network: 'False',
  };
  const edits: TextEdit[] = [];
  for (const [name, value] of args ? keywordArguments(args) : []) {
    if (unsafe[name] === value.text) edits.push(replace(value, value.text === 'True' ? 'False' : 'True'));
  }
  if (edits.length === 0) edits.push(replace(flag, flag.text === 'True' ? 'False' : 'True'));
  return { title: 'Stop resolving external entities and DTDs', edits };
};

/** Request data in HTML gets html.escape(); skipped where a variable called html would shadow the module. */
const htmlEscape: Fixer = (ctx) => {
  const html = ctx.captures.get('html')?.[0];
  if (!html) return undefined;
  // A leaf that already holds markup (body = '<p>' + q) would be escaped whole: fix its definition instead.
  const leaves = taintedLeaves(ctx, html).filter((leaf) => !/<[a-zA-Z]/.test(ctx.flow.valueText(leaf)));
  if (leaves.length === 0 || fileMatches(ctx, /^\s*html\s*=|\bdef html\b|\bas html\b/m)) return undefined;
  const edits: TextEdit[] = [];
  const imp = addImport(ctx, 'import html', /^import html\b/m);
  if (imp) edits.push(imp);
  for (const leaf of leaves) edits.push(replace(leaf, `html.escape(str(${leaf.text}))`));
  return { title: 'Escape the request data with html.escape()', edits };
};

/** render_template_string(f"<h1>{name}</h1>") → render_template_string("<h1>{{ name }}</h1>", name=name). */
const templateVariables: Fixer = (ctx) => {
  const tpl = ctx.captures.get('tpl')?.[0];
  const fn = ctx.captures.get('fn')?.[0];
  if (!tpl || fn?.text !== 'render_template_string' || tpl.type !== 'string' || !/^f/i.test(tpl.text)) return undefined;
  const quote = /^[fF]("""|'''|"|')/.exec(tpl.text)?.[1];
  if (!quote) return undefined;
  let body = '';
  const names: string[] = [];
  for (const child of tpl.namedChildren) {
    if (!child) continue;
    if (child.type === 'string_content') body += child.text;
    else if (child.type === 'interpolation') {
      const expr = child.childForFieldName('expression') ?? child.namedChild(0);
      if (!expr || expr.type !== 'identifier' || child.namedChildCount > 1) return undefined;
      body += `{{ ${expr.text} }}`;
      if (!names.includes(expr.text)) names.push(expr.text);
    } else if (child.type !== 'string_start' && child.type !== 'string_end') return undefined;
  }
  // Literal Jinja syntax already in the text would change meaning once the string is a template.
  if (names.length === 0 || /\{%|\{\{|\{#/.test(body.replace(/\{\{ \w+ \}\}/g, ''))) return undefined;
  const args = ctx.node.childForFieldName('arguments');
  const existing = args ? keywordArguments(args) : new Map<string, Node>();
  if (names.some((n) => existing.has(n))) return undefined;
  return {
    title: 'Pass the values as template variables',
    edits: [replace(tpl, `${quote}${body}${quote}, ${names.map((n) => `${n}=${n}`).join(', ')}`)],
  };
};

/** os.system(cmd) as a statement → subprocess.run([...], check=False); os.popen(cmd).read() → subprocess.run(...).stdout. */
const osSystem: Fixer = (ctx) => {
  const cmd = ctx.captures.get('cmd')?.[0];
  const fn = ctx.captures.get('fn')?.[0]?.text;
  const mod = ctx.captures.get('mod')?.[0]?.text;
  if (!cmd || mod !== 'os' || (fn !== 'system' && fn !== 'popen')) return undefined;
  const parts = pySqlParts(cmd) ?? (pyLiteral(cmd) !== undefined ? [{ text: pyLiteral(cmd)! }] : undefined);
  const argv = parts && argvOf(parts);
  if (!argv) return undefined;
  const list = `[${argv.join(', ')}]`;
  let target: Node;
  let text: string;
  if (fn === 'system') {
    if (ctx.node.parent?.type !== 'expression_statement') return undefined;
    target = ctx.node;
    text = `subprocess.run(${list}, check=False)`;
  } else {
    const attr = ctx.node.parent;
    const call = attr?.parent;
    if (
      attr?.type !== 'attribute' ||
      attr.childForFieldName('attribute')?.text !== 'read' ||
      call?.type !== 'call' ||
      call.childForFieldName('arguments')?.namedChildCount
    )
      return undefined;
    target = call;
    text = `subprocess.run(${list}, capture_output=True, text=True).stdout`;
  }
  const edits: TextEdit[] = [];
  const imp = addImport(ctx, 'import subprocess', /^import subprocess\b/m);
  if (imp) edits.push(imp);
  edits.push(replace(target, text));
  return { title: 'Run the program with an argument list, without a shell', edits };
};

/** tar.extractall(dest) → tar.extractall(dest, filter="data") when the archive is a tarfile. */
const tarFilter: Fixer = (ctx) => {
  const archive = ctx.captures.get('archive')?.[0];
  const fn = ctx.captures.get('fn')?.[0]?.text;
  const args = ctx.node.childForFieldName('arguments');
  if (
    !archive ||
    !args ||
    (fn !== 'extractall' && fn !== 'extract') ||
    !/\btarfile\b/.test(ctx.flow.valueText(archive))
  )
    return undefined;
  const close = args.lastChild;
  if (!close || close.text !== ')') return undefined;
  const trailingComma = close.previousSibling?.text === ',';
  const prefix = args.namedChildCount === 0 ? '' : trailingComma ? ' ' : ', ';
  return {
    title: 'Extract with the "data" filter (no paths outside the destination)',
    edits: [
      insertAt({ line: close.startPosition.row, character: close.startPosition.column }, `${prefix}filter="data"`),
    ],
  };
};

/**
 * session.execute(text(f"… '{name}'")) → session.execute(text("… :name"), {"name": name});
 * Model.objects.raw(f"… {x}") → Model.objects.raw("… %s", [x]).
 */
const rawQueryParameters: Fixer = (ctx) => {
  const fn = ctx.captures.get('fn')?.[0]?.text;
  const query = ctx.captures.get('query')?.[0];
  const callArgs = ctx.node.childForFieldName('arguments');
  if (!query || !callArgs || query.type === 'keyword_argument' || callArgs.namedChildCount !== 1) return undefined;
  const parts = pySqlParts(query);
  if (!parts || identifierPosition(parts) || parts.some((p) => 'text' in p && /[?%]/.test(p.text))) return undefined;
  if (fn === 'raw') {
    const sql = parameterize(parts, 'percent');
    if (!sql) return undefined;
    return {
      title: 'Pass the values as query parameters',
      edits: [replace(query, `${pyQuote(sql.sql)}, [${sql.args.map((a) => a.text).join(', ')}]`)],
    };
  }
  if (fn !== 'text') return undefined;
  // text(…) must be the only argument of an execute(…) call, which receives the parameters.
  const outerArgs = ctx.node.parent;
  const execute = outerArgs?.parent;
  const callee = execute?.childForFieldName('function');
  if (
    outerArgs?.type !== 'argument_list' ||
    outerArgs.namedChildCount !== 1 ||
    execute?.type !== 'call' ||
    callee?.type !== 'attribute' ||
    callee.childForFieldName('attribute')?.text !== 'execute'
  )
    return undefined;
  const sql = parameterize(parts, 'question');
  if (!sql) return undefined;
  const names: string[] = [];
  for (const [i, arg] of sql.args.entries()) {
    const base = arg.type === 'identifier' ? arg.text : (/^\w+\.(\w+)$/.exec(arg.text)?.[1] ?? `p${i + 1}`);
    names.push(names.includes(base) ? `${base}_${i + 1}` : base);
  }
  let n = 0;
  const named = sql.sql.replace(/\?/g, () => `:${names[n++]}`);
  const params = `{${names.map((name, i) => `"${name}": ${sql.args[i].text}`).join(', ')}}`;
  return {
    title: 'Bind the values as parameters of text()',
    edits: [
      replace(query, pyQuote(named)),
      insertAt({ line: outerArgs.endPosition.row, character: outerArgs.endPosition.column - 1 }, `, ${params}`),
    ],
  };
};

/** torch.load(f) → torch.load(f, weights_only=True); jsonpickle.decode(s) → json.loads(s). */
const safeLoader: Fixer = (ctx) => {
  const mod = ctx.captures.get('mod')?.[0]?.text;
  const fn = ctx.captures.get('fn')?.[0]?.text;
  const data = ctx.captures.get('data')?.[0];
  const args = ctx.node.childForFieldName('arguments');
  if (!data || !args) return undefined;
  if (mod === 'jsonpickle' && fn === 'decode' && args.namedChildCount === 1) {
    const edits: TextEdit[] = [];
    const imp = addImport(ctx, 'import json', /^import json\b/m);
    if (imp) edits.push(imp);
    edits.push(replace(ctx.node, `json.loads(${data.text})`));
    return { title: 'Parse the data as JSON', edits };
  }
  if (mod === 'torch' && fn === 'load' && !keywordArguments(args).has('weights_only')) {
    const close = args.lastChild;
    if (!close || close.text !== ')') return undefined;
    const prefix = close.previousSibling?.text === ',' ? ' ' : ', ';
    return {
      title: 'Load tensors only (weights_only=True)',
      edits: [
        insertAt(
          { line: close.startPosition.row, character: close.startPosition.column },
          `${prefix}weights_only=True`,
        ),
      ],
    };
  }
  return undefined;
};

export const PYTHON_FIXERS: Record<string, Fixer> = {
  'py-secure-filename': secureFilename,
  'py-upload-validation': uploadValidation,
  'py-sql-parameters': sqlParameters,
  'py-generic-error': genericError,
  'py-subprocess-list': subprocessList,
  'py-cookie-attributes': cookieAttributes,
  'py-yaml-safe-load': yamlSafeLoad,
  'py-secrets': secretsRandom,
  'py-ssl-context': sslContext,
  'py-secret-from-env': secretFromEnv,
  'py-xml-safe-flag': xmlSafeFlag,
  'py-html-escape': htmlEscape,
  'py-template-variables': templateVariables,
  'py-os-system': osSystem,
  'py-tar-filter': tarFilter,
  'py-raw-query-parameters': rawQueryParameters,
  'py-safe-loader': safeLoader,
};
