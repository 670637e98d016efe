// The CLI's SARIF is checked against the official SARIF 2.1.0 JSON schema (shipped by
// @microsoft/jest-sarif), plus what GitHub code scanning needs beyond the schema: rule help,
// CWE tags, relative URIs with a base id, and fingerprints that survive unrelated edits.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { REPO } from '../helpers';
import { runCli, tempDir, VULNERABLE_PY, writeFiles } from './cli-support';

const SCHEMA_FILE = path.join(
  REPO,
  'node_modules',
  '@microsoft',
  'jest-sarif',
  'lib',
  'schemas',
  'sarif-2.1.0-rtm.5.json',
);

interface SarifLog {
  version: string;
  runs: Array<{
    tool: {
      driver: {
        rules: Array<{ id: string; help: { text: string; markdown: string }; properties: { tags: string[] } }>;
      };
    };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: Array<{
      ruleId: string;
      locations: Array<{
        physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } };
      }>;
      partialFingerprints: Record<string, string>;
    }>;
  }>;
}

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }); // the schema's language pattern is not valid as a /u regex;
  addFormats(ajv);
  return ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')));
}

function sarifOf(paths: string[], cwd = REPO): SarifLog {
  const run = runCli(['scan', ...paths, '--format', 'sarif', '--fail-on', 'none'], cwd);
  assert.strictEqual(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as SarifLog;
}

describe('SARIF output', function () {
  // Each case runs the CLI in a child process (four scans here): minutes on a loaded 2-core machine.
  this.timeout(180_000);
  const validate = validator();

  it('the schema validator rejects an invalid log (the check can fail)', () => {
    assert.strictEqual(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false);
    assert.strictEqual(
      validate({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: {}, level: 'fatal' }] }],
      }),
      false,
    );
  });

  it('validates against the SARIF 2.1.0 schema for examples/ and a fixture', () => {
    // The Java XXE fixture's findings carry relatedLocations (where each factory was created).
    for (const target of [['examples'], ['rules/python/path-traversal'], ['rules/java/xxe']]) {
      const log = sarifOf(target);
      const ok = validate(log);
      assert.ok(ok, `${target}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 2)}`);
      assert.ok(log.runs[0].results.length > 0, `${target} has findings`);
    }
    const xxe = sarifOf(['rules/java/xxe']).runs[0].results as Array<{
      relatedLocations?: Array<{ message: { text: string } }>;
    }>;
    assert.ok(xxe.some((r) => r.relatedLocations?.[0]?.message.text.startsWith('created here: ')));
  });

  it('validates with dependency findings too (manifests)', () => {
    const dir = tempDir();
    writeFiles(dir, {
      'package.json': '{"dependencies": {"lodash": "4.17.20", "request": "2.88.2"}}',
      'go.mod': 'module m\nrequire golang.org/x/net v0.10.0\n',
    });
    const log = sarifOf(['.'], dir);
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    assert.deepStrictEqual(log.runs[0].results.map((r) => r.ruleId).sort(), [
      'sca/go/vulnerable',
      'sca/npm/unmaintained',
      'sca/npm/vulnerable',
    ]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('rules carry markdown help (message, requirement, secure example) and CWE tags', () => {
    const log = sarifOf(['examples']);
    const rules = log.runs[0].tool.driver.rules;
    assert.ok(rules.length > 3);
    for (const rule of rules) {
      assert.match(rule.help.markdown, /\*\*Requirement:\*\*/, rule.id);
      assert.ok(rule.help.text.length > 40, rule.id);
      assert.ok(
        rule.properties.tags.some((t) => /^external\/cwe\/cwe-\d+$/.test(t)),
        `${rule.id} has a CWE tag`,
      );
    }
    assert.ok(
      rules.some((r) => /\*\*Secure example:\*\*\n\n```/.test(r.help.markdown)),
      'some rule shows its secure example',
    );
  });

  it('uses relative URIs resolved against %SRCROOT%', () => {
    const log = sarifOf(['examples']);
    const run = log.runs[0];
    assert.strictEqual(run.originalUriBaseIds['%SRCROOT%'].uri, `file://${REPO}/`);
    for (const r of run.results) {
      const loc = r.locations[0].physicalLocation.artifactLocation;
      assert.strictEqual(loc.uriBaseId, '%SRCROOT%');
      assert.match(loc.uri, /^examples\//);
    }
  });

  it('keeps partialFingerprints when unrelated lines are inserted above', () => {
    const dir = tempDir();
    writeFiles(dir, { 'app.py': VULNERABLE_PY });
    const before = sarifOf(['app.py'], dir).runs[0].results;
    assert.ok(before.length > 0);
    writeFiles(dir, { 'app.py': `# a comment\nimport sys\n\n\n${VULNERABLE_PY}\ndef unrelated():\n    return 1\n` });
    const after = sarifOf(['app.py'], dir).runs[0].results;
    assert.deepStrictEqual(
      after.map((r) => r.partialFingerprints),
      before.map((r) => r.partialFingerprints),
    );
    assert.strictEqual(
      after[0].locations[0].physicalLocation.region.startLine,
      before[0].locations[0].physicalLocation.region.startLine + 4,
    );
    // Editing the finding's own line is a different finding.
    writeFiles(dir, { 'app.py': VULNERABLE_PY.replace("'/srv/files', name", "'/srv/data', name") });
    const edited = sarifOf(['app.py'], dir).runs[0].results;
    assert.notDeepStrictEqual(
      edited.map((r) => r.partialFingerprints),
      before.map((r) => r.partialFingerprints),
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
