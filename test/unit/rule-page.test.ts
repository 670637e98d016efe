// The generated rule pages (server/src/docs/rule-page.ts): every built-in rule gets one, with its
// why, fix and mappings, and examples taken from the lines its fixtures mark.

import * as assert from 'assert';
import * as fs from 'fs';
import * as zlib from 'zlib';
import * as path from 'path';
import { fixtureExamples, rulePage } from '../../server/src/docs/rule-page';
import type { Rule } from '../../server/src/engine';
import { REPO, scanner } from '../helpers';

describe('rule documentation pages', () => {
  const rules = scanner().ruleSet.rules as Rule[];

  it('the build writes one page per built-in rule', () => {
    const pages = JSON.parse(
      zlib.gunzipSync(fs.readFileSync(path.join(REPO, 'dist', 'rule-docs.json.gz'))).toString('utf8'),
    ) as Record<string, string>;
    assert.deepStrictEqual(Object.keys(pages).sort(), rules.map((r) => r.id).sort());
    const page = pages['js/cmdi/child-process'];
    assert.match(page, /^# Shell command built from untrusted data\n/);
    for (const section of ['## Why it matters', '## Vulnerable', '## Safe', '## How to fix', '## Mappings'])
      assert.ok(page.includes(section), section);
    // The vulnerable example is the line a fixture marks `expect: cmdi`.
    assert.match(page, /```javascript\nexec\('ping -c 4 ' \+ req\.query\.host/);
    assert.match(page, /\[CWE-78\]\(https:\/\/cwe\.mitre\.org\/data\/definitions\/78\.html\)/);
  });

  it('takes the statement after a marker naming the rule or its class, not another class', () => {
    const rule = rules.find((r) => r.id === 'py/sqli/string-built-query')!;
    const text = [
      'def f(cur, q):',
      '    # expect: cmdi',
      '    os.system(q)',
      '    # expect: sqli',
      '    cur.execute(',
      '        "SELECT " + q',
      '    )',
      '    # safe: py/sqli/string-built-query',
      '    cur.execute("SELECT %s", (q,))',
    ].join('\n');
    assert.deepStrictEqual(fixtureExamples(text, rule, 'expect'), ['cur.execute(\n    "SELECT " + q\n)']);
    assert.deepStrictEqual(fixtureExamples(text, rule, 'safe'), ['cur.execute("SELECT %s", (q,))']);
    const page = rulePage(rule, [{ file: 'x.py', text }]);
    assert.ok(!page.includes('os.system'));
  });
});
