// The Go comma-ok quick-fix puts its check before the statement holding the assertion. That is
// only right where the statement evaluates the assertion once, before anything else; elsewhere
// (a loop condition, an `else if`, the right of `&&`, after an `if` init statement) the hoisted
// check would run at another time or not compile, so the fix is not offered.

import * as assert from 'assert';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { checkFix } from '../fix-harness';
import { scanner } from '../helpers';

const RULE = 'go/type-assertion/unchecked';

function handler(body: string): string {
  return `package api

import (
\t"encoding/json"
\t"net/http"
)

func handle(w http.ResponseWriter, r *http.Request) {
\tvar data map[string]interface{}
\tjson.NewDecoder(r.Body).Decode(&data)
${body}
}
`;
}

/** The harness-checked fixed text of the assertion's finding, or undefined when no fix is offered. */
async function fixOf(text: string): Promise<string | undefined> {
  const { findings } = await scanner().scanText(text, 'go');
  const finding = findings.find((f) => f.ruleId === RULE);
  assert.ok(finding, `${RULE} is reported on:\n${text}`);
  if (!finding.fix) return undefined;
  const { problems, output } = await checkFix(text, 'go', finding, findings);
  assert.deepStrictEqual(problems, [], output);
  assert.strictEqual(output, applyEdits(text, finding.fix.edits));
  return output;
}

describe('Go comma-ok fix: where a hoisted check keeps the meaning', () => {
  const declined: Array<[string, string]> = [
    ['a for loop condition (evaluated every iteration)', '\tfor i := 0; i < data["n"].(int); i++ {\n\t\tprint(i)\n\t}'],
    ['a for post statement', '\tfor i := 0; i < 3; i += data["step"].(int) {\n\t\tprint(i)\n\t}'],
    ['a condition-only for loop', '\tfor data["more"].(bool) {\n\t\tbreak\n\t}'],
    ['the right of &&', '\tif data["a"] != nil && data["a"].(string) == "x" {\n\t\tprint(1)\n\t}'],
    ['an if condition after its init statement', '\tif n := len(data); data["a"].(string) != "" {\n\t\tprint(n)\n\t}'],
    ['a case expression', '\tswitch {\n\tcase data["a"].(bool):\n\t\tprint(1)\n\t}'],
  ];
  for (const [where, body] of declined) {
    it(`offers no fix in ${where}`, async () => {
      assert.strictEqual(await fixOf(handler(body)), undefined);
    });
  }

  it('checks in an else-if of its own, evaluated exactly where the assertion was', async () => {
    const out = await fixOf(
      handler('\tif data["a"] == nil {\n\t\tprint(1)\n\t} else if data["a"].(bool) {\n\t\tprint(2)\n\t}'),
    );
    assert.ok(out?.includes('\t} else if a, ok := data["a"].(bool); !ok {\n\t\thttp.Error('), out);
    assert.ok(out?.includes('\t} else if a {\n\t\tprint(2)\n\t}'), out);
  });

  it('hoists the check before a range loop (its expression is evaluated once, first)', async () => {
    const out = await fixOf(handler('\tfor _, t := range data["tags"].([]interface{}) {\n\t\tprint(t)\n\t}'));
    assert.ok(out?.includes('\ttags, ok := data["tags"].([]interface{})\n\tif !ok {\n'), out);
    assert.ok(out?.includes('\tfor _, t := range tags {\n'), out);
  });

  it('hoists the check before a for loop whose init statement holds the assertion', async () => {
    const out = await fixOf(handler('\tfor i := data["from"].(int); i < 3; i++ {\n\t\tprint(i)\n\t}'));
    assert.ok(out?.includes('\tfrom, ok := data["from"].(int)\n'), out);
    assert.ok(out?.includes('\tfor i := from; i < 3; i++ {\n'), out);
  });

  it('hoists the check before a plain if condition', async () => {
    const out = await fixOf(handler('\tif data["admin"].(bool) {\n\t\tprint(1)\n\t}'));
    assert.ok(out?.includes('\tadmin, ok := data["admin"].(bool)\n'), out);
    assert.ok(out?.includes('\tif admin {\n'), out);
  });
});
