// Bad rule files are reported with their file and line, and never stop the other rules.

import * as assert from 'assert';
import { loadRuleSources } from '../../server/src/engine/rule-loader';
import { Scanner } from '../../server/src/engine';
import { wasmReaderFromDir } from '../../server/src/host/node-assets';
import * as path from 'path';
import { REPO } from '../helpers';

const good = (id = 'py/cmdi/demo') => `id: ${id}
title: Demo
class: cmdi
languages: [python]
severity: error
cwe: [78]
owasp: 'A03:2021 - Injection'
pci: ['6.2.4']
soc2: ['CC7.1']
message: Calls os.system.
requirement: Do not run shell commands.
match:
  - query: |
      (call function: (attribute attribute: (identifier) @fn)) @sink
    where:
      - { capture: fn, regex: '^system$' }
`;

describe('rule loader', () => {
  it('loads a valid rule', () => {
    const { rules, problems } = loadRuleSources([{ file: 'a.yaml', text: good() }]);
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(rules[0].id, 'py/cmdi/demo');
    assert.strictEqual(rules[0].patterns[0].line, 13);
  });

  const cases: Array<[string, string, number, RegExp]> = [
    ['YAML syntax error', good().replace('title: Demo', 'title: [unclosed'), 3, /YAML syntax error/],
    ['unknown field', good().replace('title: Demo', 'title: Demo\ntitel: typo'), 3, /unknown field 'titel'/],
    ['unknown language', good().replace('[python]', '[cobol]'), 4, /unknown language 'cobol'/],
    [
      'bad severity',
      good().replace('severity: error', 'severity: critical'),
      5,
      /'severity' must be one of info, warning, error/,
    ],
    ['bad class', good().replace('class: cmdi', 'class: rce'), 3, /'class' must be one of/],
    ['missing message', good().replace('message: Calls os.system.\n', ''), 1, /missing required field 'message'/],
    ['bad regex', good().replace("'^system$'", () => "'^(system$'"), 16, /invalid regular expression/],
    ['no sink capture', good().replace(') @sink', ') @call'), 13, /no @sink capture/],
    [
      'bad resolve',
      good().replace("'^system$' }", () => "'^system$', resolve: deep }"),
      16,
      /'resolve' must be true, false or once/,
    ],
    ['bad id', good('demo'), 1, /must look like <language>\/<class>\/<name>/],
  ];
  for (const [name, text, line, message] of cases) {
    it(`reports ${name} with file and line, and keeps the other rules`, () => {
      const { rules, problems } = loadRuleSources([
        { file: 'rules/bad.yaml', text },
        { file: 'rules/good.yaml', text: good('py/cmdi/other') },
      ]);
      assert.strictEqual(problems.length, 1, JSON.stringify(problems));
      assert.strictEqual(problems[0].file, 'rules/bad.yaml');
      assert.strictEqual(problems[0].line, line, problems[0].message);
      assert.match(problems[0].message, message);
      assert.deepStrictEqual(
        rules.map((r) => r.id),
        ['py/cmdi/other'],
      );
    });
  }

  it('reports duplicate ids', () => {
    const { rules, problems } = loadRuleSources([
      { file: 'a.yaml', text: good() },
      { file: 'b.yaml', text: good() },
    ]);
    assert.strictEqual(rules.length, 1);
    assert.match(problems[0].message, /duplicate rule id 'py\/cmdi\/demo' \(also in a.yaml\)/);
  });

  it('reports a tree-sitter query that does not compile at its line, and still scans with the other rules', async () => {
    const broken = good('py/cmdi/broken').replace('(call function:', '(call nosuchfield:');
    const scanner = new Scanner(wasmReaderFromDir(path.join(REPO, 'dist', 'wasm')), [
      { file: 'broken.yaml', text: broken },
      { file: 'good.yaml', text: good() },
    ]);
    const { findings } = await scanner.scanText('import os\nos.system("ls")\n', 'python');
    assert.deepStrictEqual(
      findings.map((f) => f.ruleId),
      ['py/cmdi/demo'],
    );
    assert.strictEqual(scanner.problems.length, 1);
    assert.strictEqual(scanner.problems[0].file, 'broken.yaml');
    assert.strictEqual(scanner.problems[0].line, 13);
    assert.match(scanner.problems[0].message, /invalid tree-sitter query for python/);
  });

  it('reports a rule that names a taint source no library defines, at the line of its taint names, and keeps the other rules', async () => {
    const text = good('py/cmdi/tainted') + 'taint:\n  sources: [no-such-source]\n';
    const scanner = new Scanner(wasmReaderFromDir(path.join(REPO, 'dist', 'wasm')), [
      { file: 't.yaml', text },
      { file: 'good.yaml', text: good() },
    ]);
    const { findings } = await scanner.scanText('import os\nos.system("ls")\n', 'python');
    assert.deepStrictEqual(
      findings.map((f) => f.ruleId),
      ['py/cmdi/demo'],
    );
    assert.strictEqual(scanner.problems.length, 1);
    assert.match(scanner.problems[0].message, /no source 'no-such-source' defined for python/);
    assert.strictEqual(scanner.problems[0].file, 't.yaml');
    assert.strictEqual(scanner.problems[0].line, 18, 'the line of the taint sources');
  });
});

describe('pre-parsed built-in rules (dist/rules.json)', () => {
  const { compileRuleSource } =
    require('../../server/src/engine/rule-loader') as typeof import('../../server/src/engine/rule-loader');
  const { readRuleDir } =
    require('../../server/src/host/node-assets') as typeof import('../../server/src/host/node-assets');
  const { REPO } = require('../helpers') as typeof import('../helpers');
  const strip = (loaded: ReturnType<typeof loadRuleSources>): string =>
    JSON.stringify(loaded, (_k, v: unknown) => (v instanceof RegExp ? `/${v.source}/${v.flags}` : v));

  it('load exactly as the YAML does: same rules, libraries, pattern and fix lines', () => {
    const sources = readRuleDir(require('path').join(REPO, 'rules'));
    assert.ok(sources.length > 50);
    assert.strictEqual(strip(loadRuleSources(sources.map(compileRuleSource))), strip(loadRuleSources(sources)));
  });

  it('report a semantic error at the same line as the YAML', () => {
    const fs = require('fs') as typeof import('fs');
    const text = fs
      .readFileSync(path.join(REPO, 'rules/go/cmdi/command-helper.yaml'), 'utf8')
      .replace(/^severity: .*$/m, 'severity: loud');
    const direct = loadRuleSources([{ file: 'x.yaml', text }]).problems;
    const compiled = loadRuleSources([compileRuleSource({ file: 'x.yaml', text })]).problems;
    assert.strictEqual(direct.length, 1);
    assert.deepStrictEqual(compiled, direct);
    assert.strictEqual(direct[0].line, text.split('\n').findIndex((l) => l.startsWith('severity:')) + 1);
  });

  it('leave a file with a YAML syntax error as text, so it is reported with its line', () => {
    const source = compileRuleSource({ file: 'bad.yaml', text: 'id: [unclosed\n' });
    assert.strictEqual(source.compiled, undefined);
    assert.match(loadRuleSources([source]).problems[0].message, /YAML syntax error/);
  });
});

describe('hostile custom rule files (red-team #5, #18)', () => {
  const { MAX_RULE_FILE_BYTES } =
    require('../../server/src/engine/rule-yaml') as typeof import('../../server/src/engine/rule-yaml');
  const { RULE_LIMITS } =
    require('../../server/src/engine/rule-loader') as typeof import('../../server/src/engine/rule-loader');

  /** Nine levels of ten aliases each: 10^9 nodes once expanded. */
  const aliasBomb = (): string => {
    let text = good('py/cmdi/bomb').replace('pci:', 'x0: &a0 [x, x, x, x, x, x, x, x, x, x]\npci:');
    for (let i = 1; i < 9; i++)
      text += `x${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    return text;
  };

  it('refuses a YAML alias bomb at the line of its first alias, and loads the other files', () => {
    const text = aliasBomb();
    const { rules, problems } = loadRuleSources([
      { file: '.warden/rules/bomb.yaml', text },
      { file: '.warden/rules/good.yaml', text: good('py/cmdi/other') },
    ]);
    assert.deepStrictEqual(
      rules.map((r) => r.id),
      ['py/cmdi/other'],
    );
    assert.strictEqual(problems.length, 1);
    assert.strictEqual(problems[0].file, '.warden/rules/bomb.yaml');
    assert.strictEqual(problems[0].line, text.split('\n').findIndex((l) => l.includes('*a0')) + 1);
    assert.match(problems[0].message, /aliases expand past 100/);
  });

  it('a scanner built with an alias bomb among its rules still scans with the built-in rules', async () => {
    const scanner = new Scanner(wasmReaderFromDir(path.join(REPO, 'dist', 'wasm')), [
      { file: '.warden/rules/bomb.yaml', text: aliasBomb() },
      { file: 'good.yaml', text: good() },
    ]);
    const { findings } = await scanner.scanText('import os\nos.system("ls")\n', 'python');
    assert.deepStrictEqual(
      findings.map((f) => f.ruleId),
      ['py/cmdi/demo'],
    );
    assert.deepStrictEqual(
      scanner.problems.map((p) => p.file),
      ['.warden/rules/bomb.yaml'],
    );
  });

  it('refuses mapping keys that are lists or mappings (found by the fuzzer: 400 nested `? ` keys took 56 s to convert)', () => {
    // Before the check, converting this file never finished within the test's timeout.
    const text = `id: fuzz/key\ntitle: x\n${'? '.repeat(400)}x\n`;
    const { rules, problems } = loadRuleSources([
      { file: 'keys.yaml', text },
      { file: 'good.yaml', text: good('py/cmdi/other') },
    ]);
    assert.deepStrictEqual(
      rules.map((r) => r.id),
      ['py/cmdi/other'],
    );
    assert.deepStrictEqual(problems, [
      {
        file: 'keys.yaml',
        line: 3,
        message: 'rule file not loaded: a mapping key is a list or mapping (rules use plain keys)',
      },
    ]);
  });

  it('does not parse a rule file over the size limit (a syntax error in it goes unseen)', () => {
    const text = `id: [unclosed\n# ${'x'.repeat(MAX_RULE_FILE_BYTES)}\n`;
    const { problems } = loadRuleSources([{ file: 'huge.yaml', text }]);
    assert.deepStrictEqual(problems, [
      { file: 'huge.yaml', line: 1, message: 'rule file not loaded: 257 KB is over the 256 KB limit' },
    ]);
  });

  it('refuses more patterns or conditions than the limits, at the line of the list', () => {
    const pattern = `  - query: |\n      (call function: (identifier) @fn) @sink\n`;
    const tooManyPatterns = good().replace(/match:[\s\S]*$/, `match:\n${pattern.repeat(RULE_LIMITS.patterns + 1)}`);
    const condition = `      - { capture: fn, regex: '^system$' }\n`;
    const tooManyConditions = good() + condition.repeat(RULE_LIMITS.conditions);
    const { rules, problems } = loadRuleSources([
      { file: 'patterns.yaml', text: tooManyPatterns },
      { file: 'conditions.yaml', text: tooManyConditions },
      { file: 'at-limit.yaml', text: good('py/cmdi/limit') + condition.repeat(RULE_LIMITS.conditions - 1) },
    ]);
    assert.deepStrictEqual(
      rules.map((r) => r.id),
      ['py/cmdi/limit'],
    );
    assert.deepStrictEqual(problems, [
      { file: 'patterns.yaml', line: 13, message: "'match' has 101 patterns, over the limit of 100" },
      { file: 'conditions.yaml', line: 16, message: "'where' has 101 conditions, over the limit of 100" },
    ]);
  });

  it('reports a rule folder file that is too large or leads outside the folder, by name, without reading it', () => {
    const fs = require('fs') as typeof import('fs');
    const os = require('os') as typeof import('os');
    const { readRuleDir } =
      require('../../server/src/host/node-assets') as typeof import('../../server/src/host/node-assets');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-rules-'));
    try {
      const rules = path.join(root, 'rules');
      fs.mkdirSync(rules);
      fs.writeFileSync(path.join(root, 'outside.yaml'), good('py/cmdi/outside'));
      fs.symlinkSync(path.join(root, 'outside.yaml'), path.join(rules, 'link.yaml'));
      fs.writeFileSync(path.join(rules, 'big.yaml'), 'x'.repeat(MAX_RULE_FILE_BYTES + 1));
      fs.writeFileSync(path.join(rules, 'good.yaml'), good());
      const sources = readRuleDir(rules);
      const { rules: loaded, problems } = loadRuleSources(sources);
      assert.deepStrictEqual(
        loaded.map((r) => r.id),
        ['py/cmdi/demo'],
      );
      assert.deepStrictEqual(
        problems.map((p) => p.file),
        ['big.yaml', 'link.yaml'],
      );
      assert.match(problems[0].message, /over the 256 KB limit/);
      assert.match(problems[1].message, /outside/);
      assert.strictEqual(sources[0].text, '', 'the large file was not read');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('reads at most MAX_RULE_FILES rule files from a folder and reports an unreadable folder', () => {
    const fs = require('fs') as typeof import('fs');
    const os = require('os') as typeof import('os');
    const { readRuleDir, MAX_RULE_FILES } =
      require('../../server/src/host/node-assets') as typeof import('../../server/src/host/node-assets');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-rules-'));
    try {
      for (let i = 0; i <= MAX_RULE_FILES + 5; i++)
        fs.writeFileSync(path.join(root, `r${String(i).padStart(5, '0')}.yaml`), 'x: 1\n');
      const sources = readRuleDir(root);
      assert.strictEqual(sources.length, MAX_RULE_FILES + 1);
      assert.deepStrictEqual(sources[MAX_RULE_FILES], {
        file: `r${String(MAX_RULE_FILES).padStart(5, '0')}.yaml`,
        text: '',
        unread: `over ${MAX_RULE_FILES} rule files in one folder; this one and later ones`,
      });
      const notAFolder = readRuleDir(path.join(root, 'r00000.yaml'));
      assert.strictEqual(notAFolder.length, 1);
      assert.match(
        loadRuleSources(notAFolder).problems[0].message,
        /rule file not loaded: the folder could not be read \(ENOTDIR/,
      );
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
