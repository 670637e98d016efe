// JavaScript: exec(command line) becomes execFile(program, [arguments]), no shell.

import type { Node } from 'web-tree-sitter';
import { addImport, replace } from '../edits';
import type { FixContext, Fixer, Propose, TextEdit } from '../model';
import { type SqlPart } from '../sql';
import { jsSqlParts } from './syntax';

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

const CHILD_PROCESS = /^(['"])(node:)?child_process\1$/;

/** `name` comes from child_process: `import { name } from 'child_process'` or `const { name } = require(…)`. */
function importedFromChildProcess(binding: Node): boolean {
  for (let node: Node | null = binding; node; node = node.parent) {
    if (node.type === 'import_statement') return CHILD_PROCESS.test(node.childForFieldName('source')?.text ?? '');
    if (node.type === 'variable_declarator') {
      const value = node.childForFieldName('value');
      return (
        value?.type === 'call_expression' &&
        value.childForFieldName('function')?.text === 'require' &&
        CHILD_PROCESS.test(value.childForFieldName('arguments')?.namedChild(0)?.text ?? '')
      );
    }
  }
  return false;
}

/**
 * Any other binding of `name` in the file (a local `const execFile = …`, a parameter, a function):
 * a bare call by that name could reach it instead of child_process, so no fix is offered.
 */
function boundElsewhere(ctx: FixContext, name: string): boolean {
  return ctx.memo(`js-binding:${name}`, () =>
    ctx.tree.rootNode.descendantsOfType(['identifier', 'shorthand_property_identifier_pattern']).some((n) => {
      if (!n || n.text !== name) return false;
      const parent = n.parent;
      const binds =
        n.type === 'shorthand_property_identifier_pattern' ||
        (parent?.type === 'variable_declarator' && parent.childForFieldName('name')?.id === n.id) ||
        parent?.type === 'import_specifier' ||
        parent?.type === 'namespace_import' ||
        parent?.type === 'import_clause' ||
        /^(formal_parameters|required_parameter|optional_parameter|assignment_pattern|array_pattern|pair_pattern|rest_pattern)$/.test(
          parent?.type ?? '',
        ) ||
        (/^(function_declaration|function_expression|generator_function_declaration|class_declaration|method_definition)$/.test(
          parent?.type ?? '',
        ) &&
          parent!.childForFieldName('name')?.id === n.id) ||
        (parent?.type === 'assignment_expression' && parent.childForFieldName('left')?.id === n.id);
      return binds && !importedFromChildProcess(n);
    }),
  );
}

/** exec('convert ' + file + ' out.png', cb) → execFile('convert', [file, 'out.png'], cb): no shell. */
const propose: Propose = (ctx) => {
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
    if (boundElsewhere(ctx, target)) return undefined;
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

export const execFileFixer: Fixer = { name: 'js-exec-file', safety: 'safe', propose };
