#!/usr/bin/env node
// Prints the tree-sitter syntax tree of a file (or of stdin with --lang), for writing rule queries.
// Usage: node scripts/ast.cjs <file> | node scripts/ast.cjs --lang python < snippet.py
const fs = require('fs');
const path = require('path');
const { Parser, Language } = require('web-tree-sitter');
const wasm = (f) => fs.readFileSync(path.join(__dirname, '..', 'dist', 'wasm', f));
const byExt = {
  '.py': 'python',
  '.go': 'go',
  '.java': 'java',
  '.js': 'javascript',
  '.jsx': 'javascript',
  '.mjs': 'javascript',
  '.ts': 'typescript',
  '.tsx': 'tsx',
};
(async () => {
  const args = process.argv.slice(2);
  const i = args.indexOf('--lang');
  const lang = i >= 0 ? args[i + 1] : byExt[path.extname(args[0] || '')];
  const text = i >= 0 ? fs.readFileSync(0, 'utf8') : fs.readFileSync(args[0], 'utf8');
  await Parser.init({ wasmBinary: wasm('web-tree-sitter.wasm') });
  const parser = new Parser();
  parser.setLanguage(await Language.load(wasm(`tree-sitter-${lang}.wasm`)));
  const tree = parser.parse(text);
  const print = (node, depth, field) => {
    const pos = `${node.startPosition.row + 1}:${node.startPosition.column}`;
    const leaf = node.namedChildCount === 0 ? `  ${JSON.stringify(node.text.slice(0, 40))}` : '';
    console.log(`${'  '.repeat(depth)}${field ? field + ': ' : ''}${node.type} [${pos}]${leaf}`);
    node.namedChildren.forEach((c, k) => {
      let f = null;
      for (let j = 0; j < node.childCount; j++) if (node.child(j).id === c.id) f = node.fieldNameForChild(j);
      print(c, depth + 1, f);
    });
  };
  print(tree.rootNode, 0, null);
})();
