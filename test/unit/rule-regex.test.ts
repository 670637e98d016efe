// Rule regexes see workspace text, so none may backtrack for long: they run on RE2 (linear time), and
// the few RE2 cannot express are shape-checked. The catalogue check covers every rule added later.

import * as assert from 'assert';
import * as path from 'path';
import { loadRuleSources } from '../../server/src/engine/rule-loader';
import {
  compileRuleRegex,
  riskOf,
  shapeOf,
  TextPattern,
  unsafeQueryPredicate,
} from '../../server/src/engine/rule-regex';
import type { Condition, Pattern } from '../../server/src/engine/rule-model';
import { Scanner } from '../../server/src/engine';
import { readRuleDir, wasmReaderFromDir } from '../../server/src/host/node-assets';
import { REPO } from '../helpers';
import { customRule } from '../custom-rule';

function regexesOf(conditions: Condition[]): TextPattern[] {
  return conditions.flatMap((c) => {
    if (c.kind === 'any-of') return regexesOf(c.conditions);
    if (c.kind === 'regex' || c.kind === 'scope') return [c.regex];
    if (c.kind === 'inside' && c.regex) return [c.regex];
    return [];
  });
}

describe('rule regexes', () => {
  it('every regex of the built-in catalogue runs in linear time or has a safe shape', () => {
    const loaded = loadRuleSources(readRuleDir(path.join(REPO, 'rules')));
    // Refused regexes and #match? predicates would be load problems.
    assert.deepStrictEqual(loaded.problems, []);
    const patterns: Pattern[] = [
      ...loaded.rules.flatMap((r) => r.patterns),
      ...loaded.libraries.flatMap((l) => [...l.sources.values(), ...l.sanitizers.values()].flat()),
    ];
    const regexes = patterns.flatMap((p) => regexesOf(p.where));
    const onRe2 = regexes.filter((r) => r.engine === 're2');
    const backtracking = regexes.filter((r) => r.engine === 'backtracking');
    // Loading compiled every RE2 program (rules read as text are compiled eagerly); the rest passed the shape check.
    for (const r of backtracking) assert.strictEqual(riskOf(shapeOf(r.source)), undefined, r.source);
    assert.ok(regexes.length > 900, `only ${regexes.length} regexes found`);
    assert.ok(backtracking.length <= 10, backtracking.map((r) => r.source).join('\n'));
    console.log(
      `      catalogue: ${regexes.length} regexes checked, ${onRe2.length} on RE2, ${backtracking.length} shape-checked (lookaround)`,
    );
  });

  it('runs a catastrophic regex on RE2: (a+)+$ on 40 a-s and a b answers at once', () => {
    const regex = compileRuleRegex('(a+)+$');
    assert.strictEqual(regex.engine, 're2');
    // JavaScript's engine takes about 2^40 steps here: this test would hang.
    assert.strictEqual(regex.test(`${'a'.repeat(40)}b`), false);
    assert.strictEqual(regex.test('aaa'), true);
    assert.strictEqual(compileRuleRegex('(?i)^SYSTEM$').test('system'), true);
  });

  it('refuses a regex RE2 cannot run when its shape can blow up', () => {
    assert.throws(() => compileRuleRegex('(a+)+(?=b)'), /uses lookaround.*repeats a group that itself repeats/);
    assert.throws(() => compileRuleRegex('(a|ab)*\\1'), /uses a backreference.*repeats a group/);
    assert.throws(() => compileRuleRegex('\\s*(?!x)y'), /starts with a repeated element/);
    assert.strictEqual(compileRuleRegex('\\bsecure\\s*=\\s*(?!False\\b)').engine, 'backtracking');
    assert.strictEqual(compileRuleRegex('^\\s*(?=x)').engine, 'backtracking');
  });

  it('reads the structure of a regex source', () => {
    assert.deepStrictEqual(shapeOf('(a+)+$'), { nestedRepetition: true, repeatedStart: false });
    assert.deepStrictEqual(shapeOf('(a|b)*c'), { nestedRepetition: true, repeatedStart: false });
    assert.deepStrictEqual(shapeOf('(export\\s+)?(async\\s+)?x'), { nestedRepetition: false, repeatedStart: false });
    assert.deepStrictEqual(shapeOf('[(+*]+x'), { nestedRepetition: false, repeatedStart: true });
    assert.deepStrictEqual(shapeOf('\\b\\w+x'), { nestedRepetition: false, repeatedStart: true });
    assert.deepStrictEqual(shapeOf('^a|\\w*x'), { nestedRepetition: false, repeatedStart: true });
    assert.deepStrictEqual(shapeOf('a{2}(b{1,1})*'), { nestedRepetition: false, repeatedStart: false });
    assert.deepStrictEqual(shapeOf('a{2,}b'), { nestedRepetition: false, repeatedStart: true });
    assert.deepStrictEqual(shapeOf('(?<n>a)\\k<n>'), {
      needs: 'a backreference',
      nestedRepetition: false,
      repeatedStart: false,
    });
  });

  it('disables a custom rule with an unsafe regex, names its file and line, and runs the rest', async () => {
    const scanner = new Scanner(wasmReaderFromDir(path.join(REPO, 'dist', 'wasm')), [
      ...readRuleDir(path.join(REPO, 'rules')),
      { file: '.warden/rules/slow.yaml', text: customRule('py/cmdi/slow', '(a+)+(?=b)') },
      // The string capture keeps its quotes: `"aaa…"` matches, `"aaa…b"` would hang a backtracking engine.
      { file: '.warden/rules/fine.yaml', text: customRule('py/cmdi/fine', '(a+)+"$') },
    ]);
    assert.deepStrictEqual(
      scanner.problems.map((p) => [p.file, p.line]),
      [['.warden/rules/slow.yaml', 15]],
    );
    assert.match(scanner.problems[0].message, /regular expression refused/);
    const code = `import os\nrun("${'a'.repeat(40)}")\nrun("${'a'.repeat(40)}b")\nos.system(input())\n`;
    const { findings } = await scanner.scanText(code, 'python');
    const ids = findings.map((f) => `${f.ruleId}:${f.range.start.line}`);
    assert.ok(ids.includes('py/cmdi/fine:1'), ids.join(', '));
    assert.ok(!ids.includes('py/cmdi/fine:2'), ids.join(', '));
    assert.ok(!ids.some((id) => id.startsWith('py/cmdi/slow')));
    assert.ok(
      findings.some((f) => f.ruleId.startsWith('py/cmdi/') && f.range.start.line === 3),
      ids.join(', '),
    );
  });

  it('refuses a #match? predicate (run by the query library on a backtracking engine) with an unsafe shape', () => {
    assert.match(
      unsafeQueryPredicate('((string) @s (#match? @s "(a+)+$"))') ?? '',
      /#match\? regex '\(a\+\)\+\$' runs on a backtracking engine and it repeats a group/,
    );
    assert.match(unsafeQueryPredicate('((identifier) @s (#not-match? @s "\\\\s*x"))') ?? '', /starts with a repeated/);
    assert.strictEqual(
      unsafeQueryPredicate('((identifier) @s (#match? @s "^(err|\\\\w+Err|\\\\w+Error)$"))'),
      undefined,
    );
    const rule = customRule('py/cmdi/predicate', '^x$').replace(
      '(string) @arg)',
      '(string) @arg (#match? @arg "(a+)+$"))',
    );
    const { rules, problems } = loadRuleSources([{ file: 'p.yaml', text: rule }]);
    assert.deepStrictEqual(rules, []);
    assert.deepStrictEqual(
      problems.map((p) => [p.file, p.line]),
      [['p.yaml', 11]],
    );
  });
});
