// The one-line message (report/headline.ts) and where a finding is shown (positions.ts reportRange):
// a rule's finding reads as its title, a message written for the finding as its first sentence,
// and a call written over several lines is underlined on its first line only.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { findingHeadline, HEADLINE_MAX } from '../../server/src/report/headline';
import { REPO, scanner } from '../helpers';

const RULE = {
  title: 'Shell command built from untrusted data',
  message: 'A command line is built from data. Use execFile.',
};

describe('one-line finding message', () => {
  it('a rule finding reads as the rule title, with what this occurrence adds', () => {
    assert.strictEqual(findingHeadline({ message: RULE.message }, RULE), RULE.title);
    assert.strictEqual(
      findingHeadline({ message: RULE.message, detail: 'missing Secure,\n HttpOnly' }, RULE),
      `${RULE.title} (missing Secure, HttpOnly)`,
    );
  });

  it('a message written for the finding gives its first sentence, on one line', () => {
    const message = 'A credential is written into a\nconfiguration file. Rotate it and read it from the environment.';
    assert.strictEqual(findingHeadline({ message }, RULE), 'A credential is written into a configuration file');
    assert.strictEqual(findingHeadline({ message: 'no full stop here' }), 'no full stop here');
  });

  it('a vulnerable dependency names its advisories and the version to upgrade to', () => {
    const message =
      'left-pad 1.0.0 has 2 known vulnerabilities: GHSA-aaaa-bbbb-cccc (CVE-2020-1234): Bad thing. More; ' +
      'GHSA-dddd-eeee-ffff: Other thing. Upgrade to 1.3.0 or later. (Warden advisory snapshot of 2026-01-01.)';
    assert.strictEqual(
      findingHeadline({ message }),
      'left-pad 1.0.0 has 2 known vulnerabilities (GHSA-aaaa-bbbb-cccc, GHSA-dddd-eeee-ffff); upgrade to 1.3.0',
    );
    const unfixed = 'x 2.0.0 has 1 known vulnerability: CVE-2021-9: Bad. No fixed version is known: replace it.';
    assert.strictEqual(
      findingHeadline({ message: unfixed }),
      'x 2.0.0 has 1 known vulnerability (CVE-2021-9); no fixed version known',
    );
  });

  it('a long headline is cut with an ellipsis', () => {
    const headline = findingHeadline({ message: 'word '.repeat(100) });
    assert.strictEqual(headline.length, HEADLINE_MAX);
    assert.ok(headline.endsWith('…'));
  });
});

describe('range of a finding on a call written over several lines', () => {
  it('a JS query with a callback is underlined from the call to the end of its name, on one line', async () => {
    const text = [
      "const db = require('mysql').createConnection({});",
      "require('express')().get('/u', (req, res) => {",
      "  db.query(`SELECT * FROM users WHERE id = '${req.query.id}'`, (err, rows) => {",
      '    res.json(rows);',
      '  });',
      '});',
      '',
    ].join('\n');
    const { findings } = await scanner().scanText(text, 'javascript');
    const sqli = findings.find((f) => f.class === 'sqli');
    assert.ok(sqli, JSON.stringify(findings.map((f) => f.ruleId)));
    assert.deepStrictEqual(sqli.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 10 } });
  });

  it('a call on one line keeps its whole range', async () => {
    const text = [
      "const db = require('mysql').createConnection({});",
      "require('express')().get('/u', (req, res) => {",
      "  db.query(`SELECT * FROM users WHERE id = '${req.query.id}'`);",
      '});',
      '',
    ].join('\n');
    const { findings } = await scanner().scanText(text, 'javascript');
    const sqli = findings.find((f) => f.class === 'sqli');
    assert.ok(sqli);
    const callEnd = text.split('\n')[2].lastIndexOf(';');
    assert.deepStrictEqual(sqli.range, { start: { line: 2, character: 2 }, end: { line: 2, character: callEnd } });
  });
});

describe("the walkthrough's sample", () => {
  it('has its three findings, the query with a callback underlined on one line', async () => {
    const text = fs.readFileSync(path.join(REPO, 'media', 'walkthrough', 'sample.txt'), 'utf8');
    const { findings } = await scanner().scanText(text, 'javascript');
    assert.deepStrictEqual(findings.map((f) => f.ruleId).sort(), [
      'js/cmdi/child-process',
      'js/insecure-cookie/express-cookie',
      'js/sqli/string-built-query',
    ]);
    for (const f of findings) assert.strictEqual(f.range.start.line, f.range.end.line, f.ruleId);
  });
});
