// The security header: placed after preambles, in the file's comment syntax, updated in place on
// the next run (never duplicated), keeps what the user wrote, and states the rules' requirements.

import * as assert from 'assert';
import { applyEdit, hasHeader, HEADER_BEGIN, HEADER_END, headerEdit, HeaderInput } from '../../../core/coach/header';
import { knowledge, seed } from './support';

function run(input: HeaderInput): string {
  const r = headerEdit(input, knowledge());
  if (!r.ok) throw new Error(r.error);
  return applyEdit(input.text, r.edit);
}

const count = (text: string, needle: string): number => text.split(needle).length - 1;

describe('coach security header', () => {
  const seeds: Array<[string, string, string]> = [
    ['upload.py', 'python', '#'],
    ['AuthService.java', 'java', '//'],
    ['preferences.js', 'javascript', '//'],
    ['handler.go', 'go', '//'],
  ];
  for (const [file, languageId, prefix] of seeds) {
    it(`${file}: inserts one commented header on top, then updates it in place`, () => {
      const text = seed(file);
      const once = run({ languageId, text });
      assert.ok(once.startsWith(`${prefix} ${HEADER_BEGIN}`));
      assert.ok(once.endsWith(text), 'the code is untouched');
      const headerPart = once.slice(0, once.indexOf(HEADER_END));
      assert.ok(
        headerPart.split('\n').every((l) => l.startsWith(prefix)),
        'every header line is a comment',
      );
      const twice = run({ languageId, text: once });
      assert.strictEqual(twice, once, 'a second run changes nothing');
      assert.strictEqual(count(twice, HEADER_BEGIN), 1);
    });
  }

  it("states the requirement of each rule that fired, and of the file's topics", () => {
    const text = seed('upload.py');
    const findings = [
      { ruleId: 'py/path-traversal/file-path', line: 6 },
      { ruleId: 'py/file-upload/flask-unvalidated', line: 6 },
    ];
    const out = run({ languageId: 'python', text, findings }).replace(/\n# {3}/g, ' ');
    for (const f of findings) assert.ok(out.includes(knowledge().rule(f.ruleId)!.requirement), f.ruleId);
    assert.match(out, /Usage context: Handles HTTP requests/);
    // The upload class fired: the sibling rule for FastAPI/Django writes does not restate it.
    const sibling = knowledge().rule('py/file-upload/unvalidated-write')!.requirement;
    assert.notStrictEqual(sibling, knowledge().rule('py/file-upload/flask-unvalidated')!.requirement);
    assert.ok(!out.includes(sibling), 'one requirement per fired class');
  });

  it('marks authentication code as High and asks for a security review', () => {
    const out = run({ languageId: 'java', text: seed('AuthService.java') });
    assert.match(out, /Sensitivity: High \(Authentication \/ passwords\)/);
    assert.match(out, /Review: security-focused review required/);
  });

  it('keeps the purpose and usage the user wrote, and refreshes the rest', () => {
    const first = run({ languageId: 'python', text: seed('upload.py') });
    const edited = first
      .replace(
        /# Purpose: TODO[^\n]*(\n# {3}[^\n]*)*/,
        '# Purpose: Receives avatar uploads for the profile page\n#   and stores them for the CDN.',
      )
      .replace(/# Usage context: [^\n]*/, '# Usage context: Internal admin tool only.');
    const again = run({
      languageId: 'python',
      text: edited,
      findings: [{ ruleId: 'py/path-traversal/file-path', line: 10 }],
    });
    assert.match(again, /# Purpose: Receives avatar uploads for the profile page and stores them for the CDN\./);
    assert.match(again, /# Usage context: Internal admin tool only\./);
    assert.strictEqual(count(again, HEADER_BEGIN), 1);
  });

  it("does not let the header's own words change the file's topics", () => {
    const text = 'def add(a, b):\n    return a + b\n';
    const once = run({ languageId: 'python', text });
    assert.match(once, /Sensitivity: Low/);
    assert.match(run({ languageId: 'python', text: once }), /Sensitivity: Low/);
  });

  it('goes after a shebang and an encoding line, and keeps CRLF', () => {
    const text = '#!/usr/bin/env python3\r\n# -*- coding: utf-8 -*-\r\nimport os\r\n';
    const out = run({ languageId: 'python', text });
    assert.ok(out.startsWith('#!/usr/bin/env python3\r\n# -*- coding: utf-8 -*-\r\n# warden:security-header begin'));
    assert.ok(!/[^\r]\n/.test(out));
    assert.ok(out.endsWith('\r\n\r\nimport os\r\n'));
  });

  it('uses block comments where a language has no line comments', () => {
    const out = run({ languageId: 'html', text: '<form action="/upload" enctype="multipart/form-data"></form>\n' });
    assert.ok(out.startsWith(`<!-- ${HEADER_BEGIN}`));
    assert.match(out, new RegExp(`${HEADER_END} -->`));
    assert.strictEqual(run({ languageId: 'html', text: out }), out);
  });

  it('reports an unterminated header instead of adding a second one', () => {
    const r = headerEdit({ languageId: 'go', text: `// ${HEADER_BEGIN}\npackage main\n` }, knowledge());
    assert.strictEqual(r.ok, false);
  });

  it('handles an empty file and a lone shebang', () => {
    assert.ok(hasHeader(run({ languageId: 'go', text: '' })));
    const out = run({ languageId: 'shellscript', text: '#!/bin/sh' });
    assert.ok(out.startsWith('#!/bin/sh\n# warden:security-header begin'));
  });
});
