// The CLI reports dependency findings from manifests (class vulnerable-dependency), in every
// output format, and walks folders for manifests.

import * as assert from 'assert';
import * as fs from 'fs';
import { runCli, tempDir, writeFiles } from './cli-support';

describe('CLI dependency scanning', () => {
  let dir: string;
  before(() => {
    dir = tempDir();
    writeFiles(dir, {
      'web/package.json': '{\n  "dependencies": {\n    "lodash": "4.17.20",\n    "request": "^2.88.2"\n  }\n}\n',
      'api/requirements.txt': 'Django==3.2.4\n',
      'svc/go.mod': 'module m\n\ngo 1.21\n\nrequire golang.org/x/net v0.10.0\n',
      'jvm/pom.xml':
        '<project><dependencies><dependency><groupId>org.apache.commons</groupId><artifactId>commons-text</artifactId><version>1.9</version></dependency></dependencies></project>\n',
      'web/node_modules/lodash/package.json': '{"dependencies": {"minimist": "1.2.0"}}',
      'api/pyproject.toml': '[project\n',
    });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds manifests in folders (not in node_modules) and reports each vulnerable dependency on its line', () => {
    const run = runCli(['scan', '.', '--format', 'json'], dir);
    assert.strictEqual(run.code, 1, run.stderr);
    const out = JSON.parse(run.stdout) as {
      findings: Array<{ path: string; line: number; ruleId: string; class: string; cwe: string[]; owasp: string }>;
      problems: Array<{ path: string; message: string }>;
    };
    assert.deepStrictEqual(out.findings.map((f) => `${f.path}:${f.line} ${f.ruleId}`).sort(), [
      'api/requirements.txt:1 sca/pypi/vulnerable',
      'jvm/pom.xml:1 sca/maven/vulnerable',
      'svc/go.mod:5 sca/go/vulnerable',
      'web/package.json:3 sca/npm/vulnerable',
      'web/package.json:4 sca/npm/unmaintained',
    ]);
    assert.ok(out.findings.every((f) => f.class === 'vulnerable-dependency' && f.owasp.startsWith('A06:2021')));
    assert.ok(
      out.problems.some((p) => p.path === 'api/pyproject.toml' && /could not be parsed/.test(p.message)),
      'a malformed manifest is a problem, not a crash',
    );
  });

  it('text output names the advisory, the fixed version and the snapshot date; SARIF carries the SCA rules', () => {
    const text = runCli(['scan', 'jvm'], dir);
    assert.match(
      text.stdout,
      /org\.apache\.commons:commons-text 1\.9 has 1 known vulnerability: GHSA-599f-7c49-w659 \(CVE-2022-42889\).*Upgrade to 1\.10\.0 or later\. \(Advisories: Warden curated \d{4}-\d{2}-\d{2}\.\)/,
    );
    const sarif = JSON.parse(runCli(['scan', '.', '--format', 'sarif', '--fail-on', 'none'], dir).stdout);
    const rules = sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id).sort();
    assert.deepStrictEqual(rules, [
      'sca/go/vulnerable',
      'sca/maven/vulnerable',
      'sca/npm/unmaintained',
      'sca/npm/vulnerable',
      'sca/pypi/vulnerable',
    ]);
    assert.ok(
      sarif.runs[0].results.every(
        (r: { properties: { class: string } }) => r.properties.class === 'vulnerable-dependency',
      ),
    );
  });

  it('--disable and --min-severity apply to dependency rules', () => {
    const run = runCli(
      ['scan', 'web', '--format', 'json', '--disable', 'sca/npm/vulnerable', '--fail-on', 'error'],
      dir,
    );
    assert.strictEqual(run.code, 0);
    assert.deepStrictEqual(
      JSON.parse(run.stdout).findings.map((f: { ruleId: string }) => f.ruleId),
      ['sca/npm/unmaintained'],
    );
  });

  it('a project with a lockfile: one finding per package (direct on package.json, transitive on the lockfile)', () => {
    const project = tempDir();
    const lock = JSON.stringify(
      {
        lockfileVersion: 3,
        packages: {
          '': { dependencies: { lodash: '^4.17.0' } },
          'node_modules/lodash': { version: '4.17.20' },
          'node_modules/minimist': { version: '1.2.5' },
        },
      },
      null,
      2,
    );
    writeFiles(project, {
      'package.json': '{\n  "dependencies": {\n    "lodash": "^4.17.0"\n  }\n}\n',
      'package-lock.json': lock,
    });
    try {
      const run = runCli(['scan', '.', '--format', 'json'], project);
      const out = JSON.parse(run.stdout) as {
        findings: Array<{ path: string; line: number; message: string; explanation: string }>;
      };
      const lockLine = (name: string): number =>
        lock.split('\n').findIndex((l) => l.includes(`"node_modules/${name}"`)) + 1;
      assert.deepStrictEqual(out.findings.map((f) => `${f.path}:${f.line} ${f.message.split(' ')[0]}`).sort(), [
        `package-lock.json:${lockLine('minimist')} minimist`,
        'package.json:3 lodash',
      ]);
      const direct = out.findings.find((f) => f.path === 'package.json')!;
      assert.match(
        direct.message,
        /^lodash \^4\.17\.0 .*has \d+ known vulnerabilities \(GHSA-.*\); upgrade to 4\.17\.\d+$/,
      );
      assert.match(direct.explanation, /Also in package-lock\.json:/);
    } finally {
      fs.rmSync(project, { recursive: true, force: true });
    }
  });
});
