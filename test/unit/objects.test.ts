// A rule's `object` section (engine/objects.ts): a configured object is reported where it takes
// effect, with its creation as related information, at the creation only when nothing in its
// function uses it, and not at all when a configuring call made it safe first. One mechanism for
// every language; the rule here is synthetic so the test is about the engine, not a catalogue.

import * as assert from 'assert';
import * as path from 'path';
import { LanguageId, Scanner } from '../../server/src/engine';
import { wasmReaderFromDir } from '../../server/src/host/node-assets';
import { REPO } from '../helpers';

const QUERIES: Record<string, string> = {
  python: '(call function: (identifier) @fn) @sink',
  javascript: '(new_expression constructor: (identifier) @fn) @sink',
  go: '(call_expression function: (identifier) @fn) @sink',
  java: '(object_creation_expression type: (type_identifier) @fn) @sink',
};

const rule = (language: string): string => `id: x/xxe/parser-${language}
title: T
class: xxe
languages: [${language}]
severity: error
cwe: [611]
owasp: 'A05:2021 - Security Misconfiguration'
message: m
requirement: r
object:
  safe-when: 'harden\\('
  takes-effect: '^(parse|Parse)$'
  passed-to: '^(register|Register|app\\.use)$'
match:
  - query: '${QUERIES[language]}'
    where:
      - { capture: fn, regex: '^(Parser|NewParser)$' }
`;

const scanner = new Scanner(
  wasmReaderFromDir(path.join(REPO, 'dist', 'wasm')),
  Object.keys(QUERIES).map((l) => ({ file: `${l}.yaml`, text: rule(l) })),
);

async function reported(code: string, language: LanguageId): Promise<Array<[number, number | undefined]>> {
  const { findings } = await scanner.scanText(code, language);
  return findings.map((f) => [f.range.start.line + 1, f.related?.[0] ? f.related[0].range.start.line + 1 : undefined]);
}

describe('configured objects: where they take effect', () => {
  it('Python: at the parse through a variable and a derived object, creation as related information', async () => {
    const code = [
      'def load(body):',
      '    p = Parser()',
      '    reader = p.reader()',
      '    return reader.parse(body)',
      '',
      'def hardened(body):',
      '    p = Parser()',
      '    p.harden()',
      '    return p.parse(body)',
      '',
      'def late(body):',
      '    p = Parser()',
      '    doc = p.parse(body)',
      '    p.harden()',
      '    return doc',
      '',
      'def factory():',
      '    return Parser()',
    ].join('\n');
    assert.deepStrictEqual(await reported(code, 'python'), [
      [4, 2],
      [13, 12],
      [18, undefined],
    ]);
  });

  it('JavaScript: passed to a registering call takes effect there; a chained configuration counts', async () => {
    const code = [
      'function setup(app) {',
      '  const p = new Parser();',
      '  app.use(p);',
      '}',
      'function chained(body) {',
      '  return new Parser().harden().parse(body);',
      '}',
      'function other(body) {',
      '  const a = new Parser();',
      '  const b = new Parser();',
      '  a.harden();',
      '  return b.parse(body);',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await reported(code, 'javascript'), [
      [3, 2],
      [12, 10],
    ]);
  });

  it('Go: the object bound by := in a list with an error, and passed to a function', async () => {
    const code = [
      'package main',
      '',
      'func load(body []byte) {',
      '\tp, err := NewParser()',
      '\tif err != nil {',
      '\t\treturn',
      '\t}',
      '\tRegister(p)',
      '}',
      '',
      'func safe(body []byte) {',
      '\tp, _ := NewParser()',
      '\tp.harden()',
      '\tp.Parse(body)',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await reported(code, 'go'), [[8, 4]]);
  });

  it('Java: a parser made from the factory in a chain', async () => {
    const code = [
      'class A {',
      '  Object load(java.io.InputStream in) throws Exception {',
      '    Parser p = new Parser();',
      '    return p.newReader().parse(in);',
      '  }',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await reported(code, 'java'), [[4, 3]]);
  });
});
