// `warden/enclosingFunction`: the function around a line from the parse tree (what "Challenge
// assumptions" reads when nothing is selected) — innermost multi-line function, decorators and
// annotations included, one-line lambdas skipped — directly and through the running server.

import * as assert from 'assert';
import { ENCLOSING_FUNCTION, EnclosingFunctionResult, LanguageId } from '../../core/protocol';
import { enclosingFunctionSpan } from '../../server/src/lsp/enclosing-function';
import { scanner } from '../helpers';
import { LspClient } from './server.test';

const PYTHON = [
  'import os',
  '',
  "@app.route('/upload', methods=['POST'])",
  '@login_required',
  'def upload():',
  "    f = request.files['file']",
  '    names = [n for n in map(lambda x: x.name, f)]',
  '    return save(f)',
  '',
  'x = 1',
].join('\n');

const JAVASCRIPT = [
  "const express = require('express');",
  "app.get('/x', (req, res) => {",
  '  const ids = req.query.ids.map((id) => Number(id));',
  '  function inner() {',
  '    return 1;',
  '  }',
  '  res.send(ids);',
  '});',
].join('\n');

const GO = [
  'package main',
  '',
  'func handler(w http.ResponseWriter, r *http.Request) {',
  '\tcmd := r.URL.Query().Get("cmd")',
  '\trun := func() {',
  '\t\texec.Command(cmd).Run()',
  '\t}',
  '\trun()',
  '}',
].join('\n');

const JAVA = [
  'class A {',
  '  @GetMapping("/x")',
  '  public String get(String id) {',
  '    Runnable r = () -> System.out.println(id);',
  '    return id;',
  '  }',
  '}',
].join('\n');

async function spans(language: LanguageId, text: string, lines: number[]): Promise<Array<string | undefined>> {
  const tree = await scanner().pool.parse(language, text);
  try {
    return lines.map((line) => {
      const span = enclosingFunctionSpan(tree, language, line);
      return span && `${span.start}-${span.end}`;
    });
  } finally {
    tree.delete();
  }
}

describe('enclosing function from the parse tree', () => {
  it('Python: the decorated function, from its decorators, on any of its lines', async () => {
    assert.deepStrictEqual(await spans('python', PYTHON, [0, 2, 3, 4, 5, 6, 7, 9]), [
      undefined,
      '2-7',
      '2-7',
      '2-7',
      '2-7',
      '2-7',
      '2-7',
      undefined,
    ]);
  });

  it('JavaScript: the arrow handler, or a nested function when the line is inside it', async () => {
    assert.deepStrictEqual(await spans('javascript', JAVASCRIPT, [0, 1, 2, 4, 6, 7]), [
      undefined,
      '1-7',
      '1-7',
      '3-5',
      '1-7',
      '1-7',
    ]);
  });

  it('Go: the function, or the multi-line func literal around the line', async () => {
    assert.deepStrictEqual(await spans('go', GO, [0, 3, 5, 7, 8]), [undefined, '2-8', '4-6', '2-8', '2-8']);
  });

  it('Java: the method with its annotations; a one-line lambda is not the function', async () => {
    assert.deepStrictEqual(await spans('java', JAVA, [0, 1, 3, 4, 6]), [undefined, '1-5', '1-5', '1-5', undefined]);
  });
});

describe('warden/enclosingFunction over LSP', function () {
  this.timeout(60000);
  let client: LspClient;
  before(async () => {
    client = new LspClient();
    await client.initialize();
  });
  after(async () => client.close());

  it('answers with the span, null outside any function, and an error for a language it does not parse', async () => {
    const ask = (languageId: string, text: string, line: number): Promise<EnclosingFunctionResult> =>
      client.connection.sendRequest(ENCLOSING_FUNCTION, { languageId, text, line });
    assert.deepStrictEqual(await ask('python', PYTHON, 5), { start: 2, end: 7 });
    assert.deepStrictEqual(await ask('typescriptreact', JAVASCRIPT, 4), { start: 3, end: 5 });
    assert.strictEqual(await ask('python', PYTHON, 9), null);
    await assert.rejects(ask('plaintext', 'hello', 0), /does not parse plaintext/);
  });
});
