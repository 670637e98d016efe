// Dependency scanning: advisory matching, the bump quick-fix, the unmaintained list, the rule
// metadata and the snapshot build (parsers and version ordering: sca-parsers.test.ts).

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { checkDependencies, firstSafeVersion, scanManifest, SCA_RULES } from '../../server/src/sca';
import type { AdvisorySnapshot, Dependency } from '../../server/src/sca';
import { loadSnapshot, snapshotPath } from '../../server/src/sca/snapshot-file';
import { advisoriesOfOsv } from '../../server/src/sca/osv';
import { newestRecordDate, readOsvInputs } from '../../server/src/sca/osv-inputs';
import { mergeAdvisories, snapshotOf } from '../../server/src/sca/snapshot-format';
import { REPO } from '../helpers';
import { tempDir } from './cli-support';

const snapshot = (): AdvisorySnapshot => loadSnapshot(path.join(REPO, 'advisories', 'snapshot.json'));

describe('SCA advisory matching and the bump fix', () => {
  it('lodash ^4.17.15 in package.json: an error listing the advisories, the snapshot date, and a bump to 4.17.21', () => {
    const text = '{\n  "dependencies": {\n    "lodash": "^4.17.15",\n    "express": "^4.21.2"\n  }\n}\n';
    const { findings } = scanManifest('package.json', text, snapshot());
    assert.strictEqual(findings.length, 1, JSON.stringify(findings));
    const f = findings[0];
    assert.strictEqual(f.ruleId, 'sca/npm/vulnerable');
    assert.strictEqual(f.class, 'vulnerable-dependency');
    assert.strictEqual(f.severity, 'error');
    assert.strictEqual(f.confidence, 'medium', 'a range, not an installed version');
    assert.strictEqual(f.range.start.line, 2);
    assert.match(f.message, /GHSA-35jh-r3h4-6jhm \(CVE-2021-23337\)/);
    assert.match(
      f.message,
      /\(Advisories: Warden curated \d{4}-\d{2}-\d{2}; Node\.js security WG, advisories up to 2020\. /,
    );
    assert.strictEqual(f.fix?.title, 'Upgrade lodash to 4.17.21');
    assert.strictEqual(applyEdits(text, f.fix!.edits), text.replace('^4.17.15', '^4.17.21'));
  });

  it('bumps to the lowest version that clears every advisory (log4j 2.14.1 → 2.17.1, not 2.15.0)', () => {
    const s = snapshot();
    assert.strictEqual(firstSafeVersion(s, 'Maven', 'org.apache.logging.log4j:log4j-core', '2.14.1'), '2.17.1');
    assert.strictEqual(
      firstSafeVersion(s, 'Maven', 'org.apache.logging.log4j:log4j-core', '2.12.1'),
      '2.12.4',
      'stays on the Java 7 line',
    );
    assert.strictEqual(firstSafeVersion(s, 'npm', 'node-serialize', '0.0.4'), undefined, 'no fixed version');
    const pom = `<project><properties><log4j.version>2.14.1</log4j.version></properties><dependencies>
<dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-core</artifactId><version>\${log4j.version}</version></dependency>
</dependencies></project>`;
    const [f] = scanManifest('pom.xml', pom, s).findings;
    assert.strictEqual(f.severity, 'error');
    assert.strictEqual(f.range.start.line, 1);
    assert.strictEqual(
      applyEdits(pom, f.fix!.edits),
      pom.replace('>2.14.1<', '>2.17.1<'),
      'edits the property that holds the version',
    );
  });

  it("fixes in every ecosystem keep the requirement's form (go.mod v prefix, pins, gradle coordinates)", () => {
    const s = snapshot();
    const cases: Array<[string, string, string]> = [
      ['go.mod', 'module m\n\nrequire golang.org/x/net v0.10.0\n', 'require golang.org/x/net v0.56.0'],
      ['requirements.txt', 'PyYAML==5.3\n', 'PyYAML==5.4'],
      ['pyproject.toml', '[project]\ndependencies = ["urllib3>=1.26.5"]\n', '"urllib3>=1.26.18"'],
      ['build.gradle', "dependencies {\n  implementation 'org.yaml:snakeyaml:1.33'\n}\n", "'org.yaml:snakeyaml:2.0'"],
      ['package.json', '{"dependencies": {"minimist": "~1.2.0"}}', '"minimist": "~1.2.6"'],
    ];
    for (const [file, text, expected] of cases) {
      const f = scanManifest(file, text, s).findings.find((x) => x.ruleId.endsWith('/vulnerable'));
      assert.ok(f?.fix, `${file}: ${JSON.stringify(scanManifest(file, text, s).findings)}`);
      assert.ok(applyEdits(text, f.fix.edits).includes(expected), `${file}: ${applyEdits(text, f.fix.edits)}`);
      assert.strictEqual(
        scanManifest(file, applyEdits(text, f.fix.edits), s).findings.filter((x) => x.ruleId.endsWith('/vulnerable'))
          .length,
        0,
        `${file} is clean after the fix`,
      );
    }
  });

  it('fixed versions and unrelated packages are not reported', () => {
    const s = snapshot();
    const deps: Dependency[] = [
      {
        ecosystem: 'npm',
        name: 'lodash',
        version: '4.17.21',
        exact: true,
        spec: '4.17.21',
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      },
      {
        ecosystem: 'PyPI',
        name: 'django',
        version: '5.1.2',
        exact: true,
        spec: '5.1.2',
        range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } },
      },
      {
        ecosystem: 'Maven',
        name: 'org.apache.logging.log4j:log4j-core',
        version: '2.3.2',
        exact: true,
        spec: '2.3.2',
        range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } },
      },
      {
        ecosystem: 'Go',
        name: 'github.com/gin-gonic/gin',
        version: 'v1.9.1',
        exact: true,
        spec: 'v1.9.1',
        range: { start: { line: 3, character: 0 }, end: { line: 3, character: 1 } },
      },
      {
        ecosystem: 'npm',
        name: 'not-in-snapshot',
        version: '0.0.1',
        exact: true,
        spec: '0.0.1',
        range: { start: { line: 4, character: 0 }, end: { line: 4, character: 1 } },
      },
    ];
    assert.deepStrictEqual(checkDependencies(deps, s), []);
  });

  it('flags unmaintained or weak security libraries with their replacement, once per package and line', () => {
    const s = snapshot();
    const pkg = scanManifest(
      'package.json',
      '{"dependencies": {"request": "^2.88.2", "crypto-js": "4.1.1", "md5": "2.3.0"}}',
      s,
    ).findings;
    // One finding per package (policy, "Dependencies"): crypto-js 4.1.1 is both vulnerable
    // (GHSA-xwcq-pm8m-c4vf) and weak, so it is one vulnerable finding that also names the replacement.
    assert.deepStrictEqual(
      pkg.map((f) => [f.message.split(' ')[0], f.ruleId]),
      [
        ['request', 'sca/npm/unmaintained'],
        ['crypto-js', 'sca/npm/vulnerable'],
        ['md5', 'sca/npm/unmaintained'],
      ],
    );
    assert.match(pkg[0].message, /fetch/);
    assert.match(pkg[1].message, /GHSA-xwcq-pm8m-c4vf.*Also: crypto-js before 4\.2\.0 .*Web Crypto/);
    assert.strictEqual(pkg[1].fix?.title, 'Upgrade crypto-js to 4.2.0');
    assert.strictEqual(scanManifest('package.json', '{"dependencies": {"crypto-js": "4.2.0"}}', s).findings.length, 0);
    const py = scanManifest('requirements.txt', 'pycrypto==2.6.1\n', s).findings;
    assert.deepStrictEqual(
      py.map((f) => f.ruleId),
      ['sca/pypi/vulnerable'],
    );
    assert.match(py[0].message, /pycryptodome/);
    const go = scanManifest(
      'go.mod',
      'module m\nrequire github.com/dgrijalva/jwt-go v3.2.0+incompatible\n',
      s,
    ).findings;
    assert.deepStrictEqual(
      go.map((f) => f.ruleId),
      ['sca/go/vulnerable'],
    );
    assert.match(go[0].message, /golang-jwt\/jwt\/v5/);
    assert.ok(!go[0].fix, 'no fixed version of dgrijalva/jwt-go: no bump offered');
    // With the vulnerable rule off, the weakness is still reported, alone.
    const weakOnly = scanManifest('requirements.txt', 'pycrypto==2.6.1\n', s, {
      disabledRules: new Set(['sca/pypi/vulnerable']),
    }).findings;
    assert.deepStrictEqual(
      weakOnly.map((f) => f.ruleId),
      ['sca/pypi/unmaintained'],
    );
  });

  it('respects disabled rules and the minimum severity; malformed manifests are problems', () => {
    const s = snapshot();
    const text = '{"dependencies": {"lodash": "4.17.20", "request": "2.88.2"}}';
    assert.deepStrictEqual(
      scanManifest('package.json', text, s, { disabledRules: new Set(['sca/npm/vulnerable']) }).findings.map(
        (f) => f.ruleId,
      ),
      ['sca/npm/unmaintained'],
    );
    assert.deepStrictEqual(
      scanManifest('package.json', text, s, { minimumSeverity: 'error' }).findings.map((f) => f.ruleId),
      ['sca/npm/vulnerable'],
    );
    const broken = scanManifest('package.json', '{"dependencies": ', s);
    assert.strictEqual(broken.findings.length, 0);
    assert.match(broken.problems[0].message, /could not be parsed/);
  });
});

describe('SCA rules', () => {
  it('map to CWE, OWASP A06:2021, PCI-DSS and SOC 2 like every other rule, one pair per ecosystem', () => {
    assert.deepStrictEqual(
      SCA_RULES.map((r) => r.id),
      [
        ...['npm', 'pypi', 'go', 'maven'].flatMap((e) => [`sca/${e}/vulnerable`, `sca/${e}/unmaintained`]),
        'sca/npm/invented',
        'sca/pypi/invented',
      ],
    );
    for (const r of SCA_RULES) {
      assert.ok(
        r.message &&
          r.requirement &&
          r.cwe.length > 0 &&
          r.owasp.startsWith('A06:2021') &&
          r.pci.length > 0 &&
          r.soc2.length > 0,
        r.id,
      );
      assert.strictEqual(r.class, 'vulnerable-dependency');
    }
  });
});

describe('SCA advisory snapshot', () => {
  it('is found beside the code, dated, and covers npm, PyPI, Go and Maven', () => {
    assert.strictEqual(
      snapshotPath(path.join(REPO, 'out', 'server', 'src', 'sca')),
      path.join(REPO, 'advisories', 'snapshot.json'),
    );
    const s = snapshot();
    assert.match(s.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.deepStrictEqual(Object.keys(s.packages).sort(), ['Go', 'Maven', 'PyPI', 'npm']);
    for (const [eco, pkg] of [
      ['npm', 'lodash'],
      ['npm', 'minimist'],
      ['npm', 'jsonwebtoken'],
      ['npm', 'axios'],
      ['npm', 'express'],
      ['npm', 'node-serialize'],
      ['PyPI', 'pyyaml'],
      ['PyPI', 'django'],
      ['PyPI', 'flask'],
      ['PyPI', 'requests'],
      ['PyPI', 'urllib3'],
      ['PyPI', 'jinja2'],
      ['Go', 'golang.org/x/net'],
      ['Go', 'github.com/gin-gonic/gin'],
      ['Go', 'github.com/dgrijalva/jwt-go'],
      ['Maven', 'org.apache.logging.log4j:log4j-core'],
      ['Maven', 'com.fasterxml.jackson.core:jackson-databind'],
      ['Maven', 'org.apache.commons:commons-text'],
      ['Maven', 'org.yaml:snakeyaml'],
    ]) {
      assert.ok(s.packages[eco]?.[pkg]?.length, `${eco} ${pkg}`);
    }
  });

  it('reads OSV from a zip archive too, skipping withdrawn records and other ecosystems', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const record = (id: string, extra: object) =>
      strToU8(JSON.stringify({ id, modified: '2024-05-01T00:00:00Z', summary: id, ...extra }));
    const zip = zipSync({
      'A-1.json': record('A-1', {
        affected: [
          {
            package: { ecosystem: 'PyPI', name: 'Some_Pkg' },
            ranges: [
              {
                type: 'ECOSYSTEM',
                events: [{ introduced: '0' }, { fixed: '1.2' }, { introduced: '2.0' }, { last_affected: '2.1' }],
              },
            ],
          },
        ],
      }),
      'A-2.json': record('A-2', {
        withdrawn: '2024-06-01T00:00:00Z',
        affected: [
          { package: { ecosystem: 'npm', name: 'x' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }] }] },
        ],
      }),
      'A-3.json': record('A-3', {
        affected: [
          {
            package: { ecosystem: 'crates.io', name: 'y' },
            ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }] }],
          },
        ],
      }),
      'A-4.json': record('A-4', {
        modified: '2025-01-02T00:00:00Z',
        affected: [{ package: { ecosystem: 'npm', name: 'z' }, versions: ['1.0.0'] }],
      }),
    });
    const dir = tempDir('warden-osv-');
    fs.writeFileSync(path.join(dir, 'all.zip'), zip);
    const read = readOsvInputs([path.join(dir, 'all.zip')]);
    const built = snapshotOf(mergeAdvisories([read.records.flatMap((r) => advisoriesOfOsv(r.record, 'zip'))]), {
      zip: { name: 'zip', date: newestRecordDate(read.records.map((r) => r.record)) },
    });
    assert.strictEqual(built.count, 2);
    assert.strictEqual(built.date, '2025-01-02');
    assert.deepStrictEqual(built.packages.PyPI['some-pkg'][0].ranges, [
      { introduced: '0', fixed: '1.2' },
      { introduced: '2.0', lastAffected: '2.1' },
    ]);
    assert.deepStrictEqual(built.packages.npm.z[0].versions, ['1.0.0']);
    const dep = (version: string): Dependency => ({
      ecosystem: 'npm',
      name: 'z',
      version,
      exact: true,
      spec: version,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    });
    assert.strictEqual(
      checkDependencies([dep('1.0.0'), dep('1.0.1')], built).length,
      1,
      'explicit version lists match exactly',
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
