// The coach's facts from the parse tree. `warden/enclosingFunction`: the function "Challenge
// assumptions" reads when nothing is selected — innermost multi-line function, decorators and
// annotations included, one-line lambdas skipped. `warden/calls`: each call with its callee and
// complete arguments, also when a call spans lines. Directly and through the running server.

import * as assert from 'assert';
import { CALLS, CallFact, ENCLOSING_FUNCTION, EnclosingFunctionResult, LanguageId } from '../../core/protocol';
import { callFacts, enclosingFunctionSpan } from '../../server/src/lsp/coach-facts';
import { scanner } from '../helpers';
import { LspClient } from './client';

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

async function calls(language: LanguageId, text: string, start = 0, end = 1e6): Promise<CallFact[]> {
  const tree = await scanner().pool.parse(language, text);
  try {
    return callFacts(tree, language, start, end);
  } finally {
    tree.delete();
  }
}

/** Snippets with at least one call on every line, in each language. */
const ONE_LINE_CALLS: Array<[LanguageId, string]> = [
  ['python', 'with open(os.path.join(UPLOADS, name)) as f:\n    return redirect(next_url)\n'],
  ['python', "subprocess.run(cmd, shell=True)\nrequests.get(url, timeout=5)\nsubprocess.run(['ls', '-l'])\n"],
  ['python', 'cursor.execute("SELECT * FROM t WHERE id = %s" % ident)\nq = "SELECT {}".format(col)\n'],
  ['javascript', 'fs.readFileSync(path.join(dir, req.query.file));\nres.redirect(req.query.next);\nfetch(target);\n'],
  ['javascript', "child_process.execSync('git ' + args);\nconst u = new URL(input);\nres.sendFile(p);\n"],
  ['go', 'f, _ := os.Open(filepath.Join(base, name))\nexec.Command("sh", "-c", cmd).Run()\nhttp.Get(u)\n'],
  ['go', 'q := fmt.Sprintf("SELECT * FROM t WHERE n = \'%s\'", name)\nhttp.Redirect(w, r, target, http.StatusFound)\n'],
  [
    'java',
    'Runtime.getRuntime().exec(command);\nnew ProcessBuilder(cmd, arg).start();\nnew FileInputStream(new File(base, name));\n',
  ],
  ['java', 'response.sendRedirect(url);\nrestTemplate.getForObject(endpoint, String.class);\n'],
];

describe('calls from the parse tree', () => {
  it('gives each call its callee text and complete arguments, in source order, within the lines asked', async () => {
    const java =
      'class A { void f() {\n  Runtime.getRuntime().exec(cmd);\n  new ProcessBuilder(a, "b").start();\n} }\n';
    assert.deepStrictEqual(await calls('java', java, 1, 1), [
      { line: 1, callee: 'Runtime.getRuntime', args: [] },
      { line: 1, callee: 'Runtime.getRuntime().exec', args: ['cmd'] },
    ]);
    assert.deepStrictEqual(
      (await calls('java', java, 2, 2)).map((c) => [c.callee, c.args]),
      [
        ['new ProcessBuilder', ['a', '"b"']],
        ['new ProcessBuilder(a, "b").start', []],
      ],
    );
    const python = "subprocess.run(\n    cmd,  # the user's\n    shell=True,\n)\n";
    assert.deepStrictEqual(await calls('python', python), [
      { line: 0, callee: 'subprocess.run', args: ['cmd', 'shell=True'] },
    ]);
    assert.deepStrictEqual(await calls('javascript', 'const rows = sql`SELECT 1`;\n'), [], 'a tagged template');
  });

  for (const [language, text] of ONE_LINE_CALLS) {
    it(`${language}: a call on every line of ${text.split('\n')[0]}`, async () => {
      const found = await calls(language, text);
      const lines = text.trimEnd().split('\n').length;
      assert.deepStrictEqual([...new Set(found.map((c) => c.line))].sort(), [...Array(lines).keys()]);
    });
  }
});

describe('coach facts over LSP', function () {
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

  it('answers warden/calls for the lines asked', async () => {
    const found = await client.connection.sendRequest(CALLS, {
      languageId: 'go',
      text: 'package main\n\nfunc f() {\n\texec.Command("sh", "-c", cmd).Run()\n}\n',
      startLine: 3,
      endLine: 3,
    });
    assert.deepStrictEqual(found, [
      { line: 3, callee: 'exec.Command', args: ['"sh"', '"-c"', 'cmd'] },
      { line: 3, callee: 'exec.Command("sh", "-c", cmd).Run', args: [] },
    ]);
  });
});
