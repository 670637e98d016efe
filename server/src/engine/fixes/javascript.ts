// Quick-fixes for JavaScript/TypeScript: cookie attributes for document.cookie, placeholders for
// mysql/pg queries, generic error responses, execFile with an argument array.

import type { Node } from 'web-tree-sitter';
import { addImport, eol, fileMatches, indentOf, insertAt, replace, statementOf, taintedLeaves } from './edits';
import type { Fixer, TextEdit } from './model';
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
  if (value.type === 'template_string' || (value.type === 'string' && !value.text.slice(1, -1).includes(value.text[0]))) {
    edit = insertAt({ line: value.endPosition.row, character: value.endPosition.column - 1 }, suffix);
  } else {
    edit = replace(value, `${value.text} + '${suffix}'`);
  }
  return { title: `Add ${missing.join(', ')} to the cookie`, edits: [edit] };
};

function jsLiteral(node: Node): string | undefined {
  if (node.type === 'string') return node.text.slice(1, -1);
  if (node.type === 'template_string' && !node.namedChildren.some((c) => c?.type === 'template_substitution')) return node.text.slice(1, -1);
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
  const edits: TextEdit[] = expr === sqlArg ? [replace(sqlArg, `${quoted}, ${values}`)] : [replace(expr, quoted), replace(sqlArg, `${sqlArg.text}, ${values}`)];
  return { title: 'Use query placeholders with a values array', edits };
};

const genericError: Fixer = (ctx) => {
  const leaf = taintedLeaves(ctx, ctx.node.childForFieldName('arguments') ?? ctx.node)[0];
  if (!leaf) return undefined;
  // err.message / err.stack / String(err) / `…${err}` → the whole message expression.
  let message = leaf;
  while (message.parent && (message.parent.type === 'member_expression' || message.parent.type === 'template_substitution' || message.parent.type === 'template_string' || (message.parent.type === 'binary_expression' && message.parent.childForFieldName('operator')?.text === '+') || (message.parent.type === 'arguments' && message.parent.namedChildCount === 1 && message.parent.parent?.childForFieldName('function')?.text === 'String'))) {
    message = message.parent.type === 'arguments' ? message.parent.parent! : message.parent;
  }
  if (message.parent?.type === 'pair') message = message.parent.childForFieldName('value') ?? message;
  const errName = /^[A-Za-z_$][\w$]*/.exec(leaf.text)?.[0] ?? 'err';
  const stmt = statementOf(ctx, ctx.node);
  const indent = indentOf(ctx.text, stmt);
  return {
    title: 'Log the error and send a generic message',
    edits: [
      insertAt({ line: stmt.startPosition.row, character: stmt.startPosition.column }, `console.error(${errName});${eol(ctx)}${indent}`),
      replace(message, "'Internal server error'"),
    ],
  };
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

export const JAVASCRIPT_FIXERS: Record<string, Fixer> = {
  'js-cookie-attributes': cookieAttributes,
  'js-sql-parameters': sqlParameters,
  'js-generic-error': genericError,
  'js-exec-file': execFile,
};
