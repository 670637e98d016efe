// Secrets in config files (issue 22): the labeled fixtures of test/fixtures/config-secrets (tokens
// as fragments, JSON labels in a `.labels` sidecar) through the scanner's config path, the code-kind
// policy for config files under tests/, and the walk that lists them.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkLabels, parseLabels } from '../../server/src/engine/labels';
import { sidecarLabels } from '../../bench/blind-inputs';
import { isConfigFile } from '../../core/secrets/config-files';
import { listWorkspaceFiles } from '../../server/src/workspace/files';
import { REPO, scanner } from '../helpers';
import { assembleTokens } from '../token-fragments';

const FIXTURES = path.join(REPO, 'test/fixtures/config-secrets');

describe('secrets in config files', () => {
  const files = fs.readdirSync(FIXTURES).filter((f) => isConfigFile(f));

  it('has a fixture of every kind of config file', () => {
    assert.deepStrictEqual(files.sort(), [
      '.env',
      'Dockerfile',
      'application.properties',
      'application.yaml',
      'appsettings.json',
      'deploy.sh',
      'docker-compose.yml',
      'settings.toml',
    ]);
  });

  for (const name of files) {
    it(name, async () => {
      const file = path.join(FIXTURES, name);
      const text = assembleTokens(fs.readFileSync(file, 'utf8')).text;
      const labels = [...parseLabels(text), ...sidecarLabels(file).labels];
      assert.ok(labels.some((l) => l.kind === 'expect') && labels.some((l) => l.kind === 'safe'));
      const result = await scanner().scanNamedText(name, text);
      assert.ok(result, `${name} is not taken as a config file`);
      const check = checkLabels(labels, result.findings);
      const lineOf = (line: number): string => `line ${line + 1}: ${text.split('\n')[line].trim()}`;
      assert.deepStrictEqual(
        [
          ...check.missed.map((m) => `missed at ${lineOf(m.label.line)}`),
          ...check.falsePositives.map((f) => `false positive (${f.finding.ruleId}) at ${lineOf(f.label.line)}`),
        ],
        [],
      );
      for (const f of result.findings) {
        assert.match(f.message, /rotate the key/);
        assert.strictEqual(f.fix, undefined, 'no quick-fix in config files');
      }
    });
  }

  it('keeps provider-format tokens in test config files, drops name-based values', async () => {
    const text = assembleTokens(fs.readFileSync(path.join(FIXTURES, '.env'), 'utf8')).text;
    const result = await scanner().scanNamedText('tests/fixtures/.env', text);
    const rules = new Set(result!.findings.map((f) => f.ruleId));
    assert.deepStrictEqual([...rules], ['config/hardcoded-secret/known-key-format']);
    assert.ok(result!.findings.every((f) => f.severity === 'error' && f.codeKind === 'test'));
  });

  it('is listed by the workspace walk', () => {
    const listed = listWorkspaceFiles(FIXTURES).map((f) => path.basename(f));
    for (const name of files) assert.ok(listed.includes(name), `${name} not listed`);
  });

  it('honours a Warden suppression with a reason', async () => {
    const text = `# warden-ignore: config/hardcoded-secret/named-secret -- rotated dev key\nSESSION_SECRET=p9Vq2-LmX7rT_4kWz8Bn\n`;
    const result = await scanner().scanNamedText('.env', text);
    assert.deepStrictEqual(result!.findings, []);
  });
});
