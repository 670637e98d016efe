// JavaScript: eval of JSON becomes JSON.parse, a string timer becomes a function, and code chosen
// by name (require, import, window[name]) is checked against an allow-list (review skeleton).

import type { Node } from 'web-tree-sitter';
import { replace } from '../edits';
import type { Fixer, Propose } from '../model';
import { dynamicCodeAllowListFixer } from './allow-list';
import { jsSqlParts } from './syntax';

const JSON_NAME = /json/i;
const DATA_NAME = /(payload|data|body|config|settings|state|options|response|record|obj)$/i;
const CODE_NAME = /code|expr|script|formula|source|src|fn|func|callback|handler|cmd|command/i;

/** eval('(' + text + ')') / eval(jsonText) → JSON.parse: the same value for JSON, no code runs. */
const jsonParse: Propose = (ctx) => {
  const code = ctx.captures.get('code')?.[0];
  const fn = ctx.captures.get('fn')?.[0]?.text ?? '';
  if (!code || ctx.node.type !== 'call_expression' || !/^(eval|\(\s*\d+\s*,\s*eval\s*\))$/.test(fn)) return undefined;
  // '(' + text + ')': the parentheses only made eval read an object literal as an expression.
  const parts = jsSqlParts(code);
  if (parts?.length === 3 && 'text' in parts[0] && 'expr' in parts[1] && 'text' in parts[2]) {
    if (parts[0].text.trim() === '(' && parts[2].text.trim() === ')')
      return {
        title: 'Parse the JSON with JSON.parse',
        edits: [replace(ctx.node, `JSON.parse(${parts[1].expr.text})`)],
      };
    return undefined;
  }
  if (!/^(identifier|member_expression|call_expression)$/.test(code.type)) return undefined;
  const name = code.type === 'call_expression' ? code.text : (code.text.split('.').pop() ?? '');
  if (CODE_NAME.test(name)) return undefined;
  if (JSON_NAME.test(name))
    return { title: 'Parse the JSON with JSON.parse', edits: [replace(ctx.node, `JSON.parse(${code.text})`)] };
  // A data-like name is likely JSON, but only the developer knows: review.
  if (DATA_NAME.test(name))
    return {
      title: 'Parse the value with JSON.parse (if it is JSON)',
      edits: [replace(ctx.node, `JSON.parse(${code.text})`)],
      safety: 'review',
    };
  return undefined;
};

/** setTimeout("show('" + name + "')", 1000) → setTimeout(() => show(String(name)), 1000). */
const timerFunction: Propose = (ctx) => {
  const code = ctx.captures.get('code')?.[0];
  const fn = ctx.captures.get('fn')?.[0]?.text ?? '';
  if (!code || !/^(setTimeout|setInterval)$/.test(fn)) return undefined;
  const parts = jsSqlParts(code);
  if (!parts || parts.length !== 3 || !('text' in parts[0]) || !('expr' in parts[1]) || !('text' in parts[2]))
    return undefined;
  const head = /^\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\((['"])$/.exec(parts[0].text);
  if (!head || !new RegExp(`^${head[2]}\\)\\s*;?\\s*$`).test(parts[2].text)) return undefined;
  const value: Node = parts[1].expr;
  return {
    title: 'Pass a function to the timer instead of code',
    edits: [replace(code, `() => ${head[1]}(String(${value.text}))`)],
  };
};

const propose: Propose = (ctx) => jsonParse(ctx) ?? timerFunction(ctx) ?? dynamicCodeAllowListFixer.propose(ctx);

export const evalFixer: Fixer = { name: 'js-eval', safety: 'safe', propose };
