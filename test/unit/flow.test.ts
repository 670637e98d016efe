// The control-flow graph and reaching definitions (server/src/engine/flow) on small programs in
// every language: which definitions reach the argument of the last `sink(…)` call.

import * as assert from 'assert';
import * as path from 'path';
import type { Node, Tree } from 'web-tree-sitter';
import { LANGUAGES, LanguageId } from '../../server/src/engine/languages';
import { ParserPool } from '../../server/src/engine/parsers';
import { ScopeIndex } from '../../server/src/engine/scopes';
import { buildCfg, MAX_STEPS } from '../../server/src/engine/flow/cfg';
import { wasmReaderFromDir } from '../../server/src/host/node-assets';
import { REPO } from '../helpers';

const pool = new ParserPool(wasmReaderFromDir(path.join(REPO, 'dist', 'wasm')));

/** The argument of the last `sink(x)` call. */
function sinkArgument(tree: Tree): Node {
  const calls = tree.rootNode.descendantsOfType(['identifier']).filter((n) => n?.text === 'sink');
  const call = calls[calls.length - 1]!.parent!;
  const args = call.childForFieldName('arguments')!;
  return args.namedChildren[0]!;
}

/** What reaches the sink: each definition's value text, or its kind when it has none. */
async function reachingAtSink(language: LanguageId, code: string): Promise<string[]> {
  const tree = await pool.parse(language, code);
  const index = new ScopeIndex(tree, LANGUAGES[language].syntax);
  const use = sinkArgument(tree);
  return index
    .reaching(use.text, use)
    .map((d) => (d.kind === 'guard' || !d.value ? d.kind : d.value.text))
    .sort();
}

interface Case {
  name: string;
  programs: Partial<Record<LanguageId, string>>;
  expected: string[];
}

const CASES: Case[] = [
  {
    name: 'an assignment on one branch joins the value from the other path',
    programs: {
      javascript: 'function f(c) { let x = src(); if (c) x = "a"; sink(x); }',
      java: 'class A { void f(boolean c) { String x = src(); if (c) x = "a"; sink(x); } }',
      python: 'def f(c):\n    x = src()\n    if c:\n        x = "a"\n    sink(x)\n',
      go: 'package m\nfunc f(c bool) {\n\tx := src()\n\tif c {\n\t\tx = "a"\n\t}\n\tsink(x)\n}\n',
    },
    expected: ['"a"', 'src()'],
  },
  {
    name: 'a definition later in a loop body reaches a use earlier in it',
    programs: {
      javascript: 'function f(c) { let x = "a"; while (c) { sink(x); x = src(); } }',
      java: 'class A { void f(boolean c) { String x = "a"; while (c) { sink(x); x = src(); } } }',
      python: 'def f(c):\n    x = "a"\n    while c:\n        sink(x)\n        x = src()\n',
      go: 'package m\nfunc f(c bool) {\n\tx := "a"\n\tfor c {\n\t\tsink(x)\n\t\tx = src()\n\t}\n}\n',
    },
    expected: ['"a"', 'src()'],
  },
  {
    name: 'a handler sees the values from before the try and from inside it',
    programs: {
      javascript: 'function f() { let x = src(); try { x = "a"; } catch (e) { sink(x); } }',
      java: 'class A { void f() { String x = src(); try { x = "a"; } catch (Exception e) { sink(x); } } }',
      python: 'def f():\n    x = src()\n    try:\n        x = "a"\n    except ValueError:\n        sink(x)\n',
    },
    expected: ['"a"', 'src()'],
  },
  {
    name: 'every case of a switch with a default assigns: the earlier value is killed',
    programs: {
      javascript: 'function f(m) { let x = src(); switch (m) { case 1: x = "a"; break; default: x = "b"; } sink(x); }',
      java: 'class A { void f(int m) { String x = src(); switch (m) { case 1: x = "a"; break; default: x = "b"; } sink(x); } }',
      python:
        'def f(m):\n    x = src()\n    match m:\n        case 1:\n            x = "a"\n        case _:\n            x = "b"\n    sink(x)\n',
      go: 'package m\nfunc f(m int) {\n\tx := src()\n\tswitch m {\n\tcase 1:\n\t\tx = "a"\n\tdefault:\n\t\tx = "b"\n\t}\n\tsink(x)\n}\n',
    },
    expected: ['"a"', '"b"'],
  },
  {
    name: 'a guard that leaves early is the only definition after it',
    programs: {
      javascript: 'function f() { const x = src(); if (!isAllowed(x)) return; sink(x); }',
      java: 'class A { void f() { String x = src(); if (!ALLOWED.contains(x)) return; sink(x); } static final Set<String> ALLOWED = Set.of("a"); }',
      python: 'def f():\n    x = src()\n    if x not in ("a", "b"):\n        return\n    sink(x)\n',
      go: 'package m\nfunc f() {\n\tx := src()\n\tif x != "a" {\n\t\treturn\n\t}\n\tsink(x)\n}\n',
    },
    expected: ['guard'],
  },
  {
    name: 'a constant allow-list of hosts vouches for the URL whose host it tests',
    programs: {
      javascript:
        'const HOSTS = new Set(["a.example"]);\nfunction f() { const u = new URL(src()); if (!HOSTS.has(u.hostname)) return; sink(u); }',
      java: 'class A { static final Set<String> HOSTS = Set.of("a.example"); void f() { URI u = URI.create(src()); if (!HOSTS.contains(u.getHost())) return; sink(u); } }',
      python:
        'HOSTS = {"a.example"}\ndef f():\n    u = urlparse(src())\n    if u.netloc not in HOSTS:\n        return\n    sink(u)\n',
      go: 'package m\nvar hosts = map[string]bool{"a.example": true}\nfunc f() {\n\tu := parse(src())\n\tif !hosts[u.Hostname()] {\n\t\treturn\n\t}\n\tsink(u)\n}\n',
    },
    expected: ['guard'],
  },
  {
    name: 'a guard on another variable changes nothing',
    programs: {
      javascript: 'function f() { const x = src(); const y = src2(); if (!isAllowed(y)) return; sink(x); }',
      python: 'def f():\n    x = src()\n    y = src2()\n    if y not in ("a", "b"):\n        return\n    sink(x)\n',
      go: 'package m\nfunc f() {\n\tx := src()\n\ty := src2()\n\tif y != "a" {\n\t\treturn\n\t}\n\tsink(x)\n}\n',
    },
    expected: ['src()'],
  },
  {
    name: 'a guard on one branch only does not cover the join',
    programs: {
      javascript: 'function f(c) { const x = src(); if (c) { if (!isAllowed(x)) return; } sink(x); }',
      python: 'def f(c):\n    x = src()\n    if c:\n        if not is_allowed(x):\n            return\n    sink(x)\n',
    },
    expected: ['guard', 'src()'],
  },
];

describe('control flow and reaching definitions', () => {
  for (const c of CASES) {
    for (const [language, code] of Object.entries(c.programs) as Array<[LanguageId, string]>) {
      it(`${c.name} (${language})`, async () => {
        assert.deepStrictEqual(await reachingAtSink(language, code), c.expected);
      });
    }
  }

  it('an augmented assignment reads the definitions reaching it (Java, Go +=)', async () => {
    for (const [language, code] of [
      ['java', 'class A { void f(boolean c) { String x = src(); if (c) x = "a"; x += "b"; sink(x); } }'],
      ['go', 'package m\nfunc f(c bool) {\n\tx := src()\n\tif c {\n\t\tx = "a"\n\t}\n\tx += "b"\n\tsink(x)\n}\n'],
    ] as Array<[LanguageId, string]>) {
      const tree = await pool.parse(language, code);
      const index = new ScopeIndex(tree, LANGUAGES[language].syntax);
      const [augment] = index.reaching('x', sinkArgument(tree));
      assert.strictEqual(augment.kind, 'augment', language);
      const before = index.reaching('x', augment.target, augment.effectiveAt - 1).map((d) => d.value?.text);
      assert.deepStrictEqual(before.sort(), ['"a"', 'src()'], language);
    }
  });

  it('a chain of appends defines its root: sb.append("a").append(x)', async () => {
    const code =
      'class A { void f() { StringBuilder sb = new StringBuilder(); sb.append("a").append(src()); sink(sb); } }';
    const tree = await pool.parse('java', code);
    const defs = new ScopeIndex(tree, LANGUAGES.java.syntax).reaching('sb', sinkArgument(tree));
    assert.deepStrictEqual(
      defs.map((d) => [d.kind, d.value?.text]),
      [['augment', '(src())']],
    );
  });

  it('a loop has a back edge and a try step flows to its handler', async () => {
    const tree = await pool.parse('javascript', 'function f(c) { while (c) { a(); } try { b(); } catch (e) { d(); } }');
    const fn = tree.rootNode.descendantsOfType(['function_declaration'])[0]!;
    const cfg = buildCfg(fn, LANGUAGES.javascript.syntax.control)!;
    const blockOf = (text: string): number => {
      const at = tree.rootNode.text.indexOf(text);
      return cfg.ordered.find((s) => s.start <= at && at < s.end)!.block;
    };
    const preds = (b: number): number[] => cfg.preds[b];
    // The loop's head (the body's only predecessor) is entered again from the end of the body.
    const body = blockOf('a()');
    assert.deepStrictEqual(preds(body).length, 1);
    assert.ok(preds(preds(body)[0]).includes(body), 'back edge');
    // The handler's entry has the try step's block among its predecessors.
    const handler = blockOf('catch (e)');
    const reachable = new Set<number>([handler]);
    for (const b of reachable) for (const p of preds(b)) reachable.add(p);
    assert.ok(reachable.has(blockOf('b()')));
  });

  it(`a function over ${MAX_STEPS} steps keeps the textual resolution`, async () => {
    const body = Array.from({ length: MAX_STEPS + 1 }, (_, i) => `x = "v${i}";`).join('\n');
    const code = `function f(c) { let x = src(); if (c) { ${body} } sink(x); }`;
    const tree = await pool.parse('javascript', code);
    const fn = tree.rootNode.descendantsOfType(['function_declaration'])[0]!;
    assert.strictEqual(buildCfg(fn, LANGUAGES.javascript.syntax.control), undefined);
    const defs = new ScopeIndex(tree, LANGUAGES.javascript.syntax).reaching('x', sinkArgument(tree));
    assert.deepStrictEqual(
      defs.map((d) => d.value?.text),
      [`"v${MAX_STEPS}"`],
    );
  });
});
