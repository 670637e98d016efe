// The taint analysis on small programs: what reaches a sink, through which steps, and what stops it.

import * as assert from 'assert';
import * as path from 'path';
import { Scanner } from '../../server/src/engine';
import { canonicalQuery } from '../../server/src/engine/ruleset';
import { wasmReaderFromDir } from '../../server/src/host/node-assets';
import * as fs from 'fs';
import { REPO, scanner as sharedScanner, seed } from '../helpers';

// A rule that reports any call to sink(x) by the taint level of x.
const rule = (id: string, requirement: 'tainted' | 'non-constant') => `id: py/sqli/${id}
title: T
class: sqli
languages: [python]
severity: error
cwe: [89]
owasp: 'A03:2021 - Injection'
pci: ['6.2.4']
soc2: ['CC7.1']
message: m
requirement: r
match:
  - query: '(call function: (identifier) @fn arguments: (argument_list . (_) @arg)) @sink'
    where:
      - { capture: fn, regex: '^sink$' }
      - { capture: arg, ${requirement}: true }
taint:
  sources: [src]
  sanitizers: [clean]
`;
const library = `library: test
languages: [python]
sources:
  src:
    - query: '(call function: (identifier) @f) @source'
      where: [{ capture: f, regex: '^source$' }]
sanitizers:
  clean:
    - query: '(call function: (identifier) @f) @sanitizer'
      where: [{ capture: f, regex: '^clean$' }]
`;

describe('dataflow', () => {
  const scanner = new Scanner(wasmReaderFromDir(path.join(REPO, 'dist', 'wasm')), [
    { file: 'lib.yaml', text: library },
    { file: 'tainted.yaml', text: rule('tainted', 'tainted') },
  ]);
  const loose = new Scanner(wasmReaderFromDir(path.join(REPO, 'dist', 'wasm')), [
    { file: 'lib.yaml', text: library },
    { file: 'loose.yaml', text: rule('loose', 'non-constant') },
  ]);
  const lines = async (code: string, s = scanner) =>
    (await s.scanText(code, 'python')).findings.map((f) => f.range.start.line + 1);

  it('follows assignments, string building and containers', async () => {
    assert.deepStrictEqual(await lines('a = source()\nb = "x" + a\nc = f"{b}!"\nd = {}\nd["k"] = c\nsink(d)\n'), [6]);
    assert.deepStrictEqual(await lines('items = []\nitems.append(source())\nsink(" ".join(items))\n'), [3]);
  });

  it('uses the latest assignment: re-assigning a sanitized value stops the flow', async () => {
    assert.deepStrictEqual(await lines('x = source()\nx = clean(x)\nsink(x)\n'), []);
    assert.deepStrictEqual(await lines('x = clean(source())\nx = x + source()\nsink(x)\n'), [3]);
  });

  it('follows calls to functions in the same file, both ways, two levels deep', async () => {
    const code = 'def wrap(v):\n    return inner(v)\n\ndef inner(w):\n    return "q" + w\n\nsink(wrap(source()))\n';
    assert.deepStrictEqual(await lines(code), [7]);
    const intoHelper = 'def run(cmd):\n    sink(cmd)\n\nrun(source())\nrun("constant")\n';
    assert.deepStrictEqual(await lines(intoHelper), [2]);
    const onlyConstants = 'def run(cmd):\n    sink(cmd)\n\nrun("a")\nrun("b")\n';
    assert.deepStrictEqual(await lines(onlyConstants, loose), []);
  });

  it('treats a lookup in a constant table as an allow-list', async () => {
    assert.deepStrictEqual(await lines('ALLOWED = {"a": "x"}\nsink(ALLOWED[source()])\n'), []);
  });

  it('grades confidence: tainted is high with a path, unknown origin is medium, constants never report', async () => {
    const { findings } = await loose.scanText(
      'def f(p):\n    sink(p)\n    sink("const" + "ant")\n    sink(source())\n',
      'python',
    );
    assert.deepStrictEqual(
      findings.map((f) => [f.range.start.line + 1, f.confidence]),
      [
        [2, 'medium'],
        [4, 'high'],
      ],
    );
    const tainted = (await scanner.scanText('a = source()\nb = a\nsink(b)\n', 'python')).findings[0];
    assert.deepStrictEqual(
      tainted.trace?.map((s) => `${s.range.start.line + 1}:${s.label}`),
      ['1:source()', '1:a', '2:b', '3:sink(b)'],
    );
  });
});

describe('calls through a receiver', () => {
  const found = async (code: string, language: 'python' | 'javascript' | 'go') =>
    (await sharedScanner().scanText(code, language)).findings.map(
      (f) => `${f.range.start.line + 1}:${f.class}:${f.confidence}`,
    );

  it('does not take request.args.get(…) for a same-file method named get', async () => {
    const code = [
      'import sqlite3',
      'from flask import Flask, request',
      'app = Flask(__name__)',
      'class Cache:',
      '    def get(self, key):',
      "        return 'constant'",
      "@app.route('/s')",
      'def search():',
      "    value = request.args.get('q', '')",
      "    return sqlite3.connect('a.db').execute(\"SELECT * FROM t WHERE q = '%s'\" % value).fetchall()",
    ].join('\n');
    assert.deepStrictEqual(await found(code, 'python'), ['10:sqli:high']);
  });

  it("still follows self.m(x), this.m(x) and a Go method's own receiver into the same file", async () => {
    const py = [
      'import sqlite3',
      'from flask import request',
      'class Repo:',
      '    def quote(self, v):',
      "        return 'constant'",
      '    def find(self):',
      "        q = self.quote(request.args.get('q'))",
      "        return sqlite3.connect('a.db').execute('SELECT * FROM t WHERE q = ' + q)",
    ].join('\n');
    assert.deepStrictEqual(await found(py, 'python'), [], 'self.quote returns a constant');
    const go = [
      'package main',
      'import ("database/sql"; "net/http")',
      'type S struct{ db *sql.DB }',
      'func (s *S) quote(v string) string { return "constant" }',
      'func (s *S) find(w http.ResponseWriter, r *http.Request) {',
      '\tq := s.quote(r.URL.Query().Get("q"))',
      '\ts.db.Query("SELECT * FROM t WHERE q = " + q)',
      '\tother := &S{}',
      '\tp := other.quote(r.URL.Query().Get("q"))',
      '\ts.db.Query("SELECT * FROM t WHERE q = " + p)',
      '}',
    ].join('\n');
    const js = [
      'class Repo {',
      "  quote(v) { return 'constant'; }",
      '  find(req, db) {',
      '    const q = this.quote(req.query.q);',
      "    return db.query('SELECT * FROM t WHERE q = ' + q);",
      '  }',
      '  findOther(req, db, other) {',
      '    const p = other.quote(req.query.q);',
      "    return db.query('SELECT * FROM t WHERE q = ' + p);",
      '  }',
      '}',
    ].join('\n');
    assert.deepStrictEqual(
      await found(js, 'javascript'),
      ['9:sqli:high'],
      'this.quote is the class method; other.quote may be anything',
    );
    const goFound = await found(go, 'go');
    assert.ok(!goFound.some((f) => f.startsWith('7:')), `s.quote is this file's method: ${goFound}`);
    assert.ok(
      goFound.some((f) => f.startsWith('10:sqli')),
      `other.quote may be any S: ${goFound}`,
    );
  });
});

describe('scan budget', () => {
  it('falls back to per-rule queries when the combined query runs out of time, with the same findings', async () => {
    const text = seed('handler.go');
    const normal = await sharedScanner().scanText(text, 'go');
    // A zero budget makes the combined query stop at once; each rule then runs alone with its share.
    const starved = await sharedScanner().scanText(text, 'go', { budgetMs: 0 });
    assert.deepStrictEqual(
      starved.findings.map((f) => f.ruleId),
      normal.findings.map((f) => f.ruleId),
    );
  });
});

describe('patterns shared by several rules', () => {
  const rule = (name: string, fn: string, extra = '', capture = 'fn'): { file: string; text: string } => ({
    file: `${name}.yaml`,
    text: `id: py/cmdi/${name}
title: ${name}
class: cmdi
languages: [python]
severity: warning
cwe: [78]
owasp: 'A03:2021 - Injection'
pci: ['6.2.4']
soc2: ['CC7.1']
message: m
requirement: r
match:
${extra}  - query: '(call function: (identifier) @${capture}) @sink'
    where: [{ capture: ${capture}, regex: '^${fn}$' }]
`,
  });
  // rule b lists a pattern of its own first, then the text rule a also wrote: the combined query
  // compiles that text once, and b's own fallback query must still map its patterns in its order.
  const sources = [
    rule('a', 'run_a'),
    rule(
      'b',
      'run_b',
      "  - query: '(call function: (attribute) @fn) @sink'\n    where: [{ capture: fn, regex: '^os\\.run_b$' }]\n",
    ),
  ];
  const text = 'run_a(x)\nrun_b(y)\nos.run_b(z)\n';

  it('compiles an identical query text once and hands each match to every rule that wrote it', async () => {
    const scanner = new Scanner(wasmReaderFromDir(path.join(REPO, 'dist', 'wasm')), sources);
    const plan = await scanner.ruleSet.plan('python');
    assert.strictEqual(plan.query!.patternCount(), 2);
    const found = (await scanner.scanText(text, 'python')).findings
      .map((f) => `${f.range.start.line}:${f.ruleId}`)
      .sort();
    assert.deepStrictEqual(found, ['0:py/cmdi/a', '1:py/cmdi/b', '2:py/cmdi/b']);
    const starved = (await scanner.scanText(text, 'python', { budgetMs: 0 })).findings
      .map((f) => `${f.range.start.line}:${f.ruleId}`)
      .sort();
    assert.deepStrictEqual(starved, found, 'the per-rule fallback maps each rule its own patterns');
  });

  it('shares a query written alike up to its capture names, and hands each rule the captures under its own names', async () => {
    const scanner = new Scanner(wasmReaderFromDir(path.join(REPO, 'dist', 'wasm')), [
      ...sources,
      rule('c', 'run_c', '', 'callee'),
    ]);
    const plan = await scanner.ruleSet.plan('python');
    assert.strictEqual(plan.query!.patternCount(), 2);
    const found = (await scanner.scanText(`${text}run_c(w)\n`, 'python')).findings
      .map((f) => `${f.range.start.line}:${f.ruleId}`)
      .sort();
    assert.deepStrictEqual(found, ['0:py/cmdi/a', '1:py/cmdi/b', '2:py/cmdi/b', '3:py/cmdi/c']);
  });
});

describe('canonicalQuery', () => {
  it('names captures by order of appearance and leaves strings and comments alone', () => {
    const a = canonicalQuery(
      '(call function: (identifier) @fn  arguments: (_) @arg) @sink ; every call\n((identifier) @fn (#eq? @fn "x@y"))',
    );
    const b = canonicalQuery(
      '(call\n  function: (identifier) @callee arguments: (_) @query) @hit\n((identifier) @callee (#eq? @callee "x@y"))',
    );
    assert.strictEqual(a.shape, b.shape);
    assert.deepStrictEqual(a.captures, ['fn', 'arg', 'sink']);
    assert.deepStrictEqual(b.captures, ['callee', 'query', 'hit']);
    assert.match(a.shape, /"x@y"/);
    assert.notStrictEqual(
      canonicalQuery('(call function: (identifier) @f) @s').shape,
      canonicalQuery('(call function: (attribute) @f) @s').shape,
    );
  });
});
