// Dependency scanning: each manifest parser (dependency → its line), version ordering per
// ecosystem, advisory matching, the bump quick-fix, the unmaintained list and the snapshot build.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import {
  checkDependencies,
  firstSafeVersion,
  parseManifest,
  scanManifest,
  isManifest,
  SCA_RULES,
} from '../../server/src/sca';
import type { AdvisorySnapshot, Dependency } from '../../server/src/sca';
import { loadSnapshot, snapshotPath } from '../../server/src/sca/snapshot-file';
import { compareMaven, compareVersions, inRange } from '../../server/src/sca/versions';
import { REPO } from '../helpers';
import { tempDir } from './cli-support';

const snapshot = (): AdvisorySnapshot => loadSnapshot(path.join(REPO, 'advisories', 'snapshot.json'));

function byName(deps: Dependency[]): Record<string, { version: string; line: number; exact: boolean }> {
  return Object.fromEntries(
    deps.map((d) => [d.name, { version: d.version, line: d.range.start.line + 1, exact: d.exact }]),
  );
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

describe('SCA manifest parsers', () => {
  it('package.json: every dependency section, lowest allowed version of each range, on its line', () => {
    const text = `{
  "name": "app",
  "version": "1.0.0",
  "dependencies": {
    "lodash": "^4.17.15",
    "express": "4.18.2",
    "left-pad": "*",
    "local": "file:../local",
    "@scope/pkg": "~2.1.0"
  },
  "devDependencies": { "minimist": ">=1.2.0 <1.3.0" }
}`;
    const deps = byName(parseManifest('package.json', text));
    assert.deepStrictEqual(Object.keys(deps).sort(), ['@scope/pkg', 'express', 'lodash', 'minimist']);
    assert.deepStrictEqual(deps.lodash, { version: '4.17.15', line: 5, exact: false });
    assert.deepStrictEqual(deps.express, { version: '4.18.2', line: 6, exact: true });
    assert.strictEqual(deps['@scope/pkg'].version, '2.1.0');
    assert.deepStrictEqual(deps.minimist, { version: '1.2.0', line: 11, exact: false });
  });

  it('package-lock.json v3 (flat packages, nested installs) and v1 (nested dependencies)', () => {
    const v3 = JSON.stringify(
      {
        name: 'app',
        lockfileVersion: 3,
        packages: {
          '': { name: 'app', dependencies: { lodash: '^4.17.0' } },
          'node_modules/lodash': { version: '4.17.20' },
          'node_modules/a/node_modules/minimist': { version: '1.2.5' },
          'node_modules/minimist': { version: '1.2.8' },
        },
      },
      null,
      2,
    );
    const deps = parseManifest('package-lock.json', v3);
    assert.deepStrictEqual(
      deps.map((d) => `${d.name}@${d.version}:${d.range.start.line + 1}`),
      [
        `lodash@4.17.20:${lineOf(v3, '"node_modules/lodash"')}`,
        `minimist@1.2.5:${lineOf(v3, '"node_modules/a/node_modules/minimist"')}`,
        `minimist@1.2.8:${lineOf(v3, '"node_modules/minimist"')}`,
      ],
    );
    const v1 = JSON.stringify(
      {
        lockfileVersion: 1,
        dependencies: {
          mkdirp: { version: '0.5.1', dependencies: { minimist: { version: '0.0.8' } } },
          minimist: { version: '1.2.0' },
        },
      },
      null,
      2,
    );
    const old = parseManifest('package-lock.json', v1);
    assert.deepStrictEqual(
      old.map((d) => `${d.name}@${d.version}:${d.range.start.line + 1}`),
      [
        `mkdirp@0.5.1:${lineOf(v1, '"mkdirp"')}`,
        `minimist@0.0.8:${lineOf(v1, '"minimist"')}`,
        `minimist@1.2.0:${v1.split('\n').findIndex((l, i) => i > lineOf(v1, '"minimist"') && l.includes('"minimist"')) + 1}`,
      ],
    );
  });

  it('requirements.txt: pins, lower bounds, extras, markers, comments; options and URLs skipped', () => {
    const text = [
      '# production',
      'Django==3.2.4  # LTS',
      'requests[socks]>=2.25,<3 ; python_version >= "3.8"',
      'flask',
      '-r other.txt',
      '--index-url https://example.invalid/simple',
      'PyYAML ~= 5.3',
      'git+https://example.invalid/x.git#egg=x',
      'Jinja2==3.*',
    ].join('\n');
    const deps = byName(parseManifest('requirements.txt', text));
    assert.deepStrictEqual(deps, {
      django: { version: '3.2.4', line: 2, exact: true },
      requests: { version: '2.25', line: 3, exact: false },
      pyyaml: { version: '5.3', line: 7, exact: false },
    });
    assert.ok(isManifest('requirements-dev.txt') && isManifest('/a/b/requirements.txt') && !isManifest('notes.txt'));
  });

  it('pyproject.toml: PEP 621 dependencies and optional-dependencies, Poetry tables and groups', () => {
    const text = `[project]
name = "svc"
dependencies = [
  "Django>=3.2.4",
  "requests==2.30.0",
]

[project.optional-dependencies]
yaml = ["PyYAML==5.3"]

[tool.poetry.dependencies]
python = "^3.10"
Flask = "^2.2.2"
urllib3 = { version = "1.26.5", optional = true }

[tool.poetry.group.dev.dependencies]
Jinja2 = "~3.1.2"
`;
    const sameKeyElsewhere = `[tool.other]\nFlask = "settings"\n\n[tool.poetry.dependencies]\nFlask = "2.2.2"\n`;
    assert.strictEqual(
      parseManifest('pyproject.toml', sameKeyElsewhere)[0].range.start.line,
      4,
      'located in its own table',
    );
    const deps = byName(parseManifest('pyproject.toml', text));
    assert.deepStrictEqual(deps, {
      django: { version: '3.2.4', line: 4, exact: false },
      requests: { version: '2.30.0', line: 5, exact: true },
      pyyaml: { version: '5.3', line: 9, exact: true },
      flask: { version: '2.2.2', line: 13, exact: false },
      urllib3: { version: '1.26.5', line: 14, exact: true },
      jinja2: { version: '3.1.2', line: 17, exact: false },
    });
    assert.throws(
      () => parseManifest('pyproject.toml', '[project\nname = '),
      'malformed TOML is an error, not a guess',
    );
  });

  it('poetry.lock: every [[package]] with its exact version, on its name line', () => {
    const text = `[[package]]
name = "jinja2"
version = "2.10"
description = "x"

[[package]]
name = "markupsafe"
version = "2.1.3"

[metadata]
lock-version = "2.0"
`;
    assert.deepStrictEqual(byName(parseManifest('poetry.lock', text)), {
      jinja2: { version: '2.10', line: 2, exact: true },
      markupsafe: { version: '2.1.3', line: 7, exact: true },
    });
  });

  it('go.mod: single and block requires, // indirect, and same-module replace directives', () => {
    const text = `module example.com/app

go 1.21

require github.com/gin-gonic/gin v1.9.0

require (
	golang.org/x/net v0.10.0 // indirect
	github.com/dgrijalva/jwt-go v3.2.0+incompatible
	golang.org/x/crypto v0.14.0
)

replace golang.org/x/crypto v0.14.0 => golang.org/x/crypto v0.31.0
`;
    const deps = parseManifest('go.mod', text);
    assert.deepStrictEqual(byName(deps), {
      'github.com/gin-gonic/gin': { version: 'v1.9.0', line: 5, exact: true },
      'golang.org/x/net': { version: 'v0.10.0', line: 8, exact: true },
      'github.com/dgrijalva/jwt-go': { version: 'v3.2.0+incompatible', line: 9, exact: true },
      'golang.org/x/crypto': { version: 'v0.31.0', line: 10, exact: true },
    });
  });

  it('pom.xml: dependencies, dependencyManagement and ${property} versions; build.gradle string and map notations', () => {
    const pom = `<?xml version="1.0"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <properties>
    <log4j.version>2.14.1</log4j.version>
  </properties>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>com.fasterxml.jackson.core</groupId>
        <artifactId>jackson-databind</artifactId>
        <version>2.13.1</version>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <!-- <dependency><artifactId>commented-out</artifactId></dependency> -->
    <dependency>
      <groupId>org.apache.logging.log4j</groupId>
      <artifactId>log4j-core</artifactId>
      <version>\${log4j.version}</version>
    </dependency>
    <dependency>
      <groupId>org.yaml</groupId>
      <artifactId>snakeyaml</artifactId>
    </dependency>
  </dependencies>
</project>`;
    assert.deepStrictEqual(byName(parseManifest('pom.xml', pom)), {
      'org.apache.logging.log4j:log4j-core': { version: '2.14.1', line: 19, exact: true },
      'com.fasterxml.jackson.core:jackson-databind': { version: '2.13.1', line: 10, exact: true },
    });
    const gradle = `plugins { id 'java' }
dependencies {
    implementation 'org.apache.commons:commons-text:1.9'
    // implementation 'org.yaml:snakeyaml:1.30'
    implementation("org.yaml:snakeyaml:1.33")
    testImplementation group: 'junit', name: 'junit', version: '4.13.2'
    implementation "org.springframework:spring-core:$springVersion"
}`;
    assert.deepStrictEqual(byName(parseManifest('build.gradle', gradle)), {
      'org.apache.commons:commons-text': { version: '1.9', line: 3, exact: true },
      'org.yaml:snakeyaml': { version: '1.33', line: 5, exact: true },
      'junit:junit': { version: '4.13.2', line: 6, exact: true },
    });
  });
});

describe('SCA version ordering and ranges', () => {
  it('npm and Go use semver (Go v prefix, +incompatible, pseudo-versions)', () => {
    assert.ok(compareVersions('npm', '4.17.9', '4.17.21')! < 0);
    assert.ok(compareVersions('npm', '1.0.0-rc.1', '1.0.0')! < 0);
    assert.ok(compareVersions('Go', 'v0.17.0', '0.7.0')! > 0);
    assert.ok(compareVersions('Go', 'v3.2.0+incompatible', '0.0.0-20150717181359-44718f8a89b0')! > 0);
    assert.ok(compareVersions('Go', 'v0.0.0-20210101000000-abcdef123456', '0.1.0')! < 0);
  });

  it('PyPI uses PEP 440 (pre, post, dev releases, epochs, zero padding)', () => {
    const sorted = ['1.0.dev1', '1.0a1', '1.0b2', '1.0rc1', '1.0', '1.0.post1', '1.1', '1!0.1'];
    const shuffled = [...sorted].reverse();
    assert.deepStrictEqual(
      shuffled.sort((a, b) => compareVersions('PyPI', a, b)!),
      sorted,
    );
    assert.strictEqual(compareVersions('PyPI', '5.4', '5.4.0'), 0);
    assert.ok(compareVersions('PyPI', '2.10', '2.9')! > 0, 'numeric, not lexical');
  });

  it('Maven follows ComparableVersion (qualifiers, .RELEASE, trailing zeros, 4-part versions)', () => {
    const sorted = [
      '2.0-alpha1',
      '2.0-beta9',
      '2.0-rc1',
      '2.0-SNAPSHOT',
      '2.0',
      '2.0-sp1',
      '2.0.1',
      '2.3.1',
      '2.12.6',
      '2.12.6.1',
      '2.13.0',
    ];
    assert.deepStrictEqual([...sorted].reverse().sort(compareMaven), sorted);
    assert.strictEqual(compareMaven('5.2.20.RELEASE', '5.2.20'), 0);
    assert.strictEqual(compareMaven('2.0', '2.0.0'), 0);
    assert.ok(compareMaven('5.2.19.RELEASE', '5.3.0') < 0);
    assert.ok(compareMaven('1.10.0', '1.9') > 0);
  });

  it('OSV ranges: introduced inclusive, fixed exclusive, last_affected inclusive, open-ended', () => {
    const r = { introduced: '2.13.0', fixed: '2.15.0' };
    assert.ok(
      !inRange('Maven', '2.12.9', r) &&
        inRange('Maven', '2.13.0', r) &&
        inRange('Maven', '2.14.1', r) &&
        !inRange('Maven', '2.15.0', r),
    );
    assert.ok(
      inRange('npm', '1.0.0', { introduced: '0', lastAffected: '1.0.0' }) &&
        !inRange('npm', '1.0.1', { introduced: '0', lastAffected: '1.0.0' }),
    );
    assert.ok(inRange('npm', '99.0.0', { introduced: '0' }));
  });
});

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
    assert.match(f.message, new RegExp(`snapshot of ${snapshot().date}`));
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
      ['go.mod', 'module m\n\nrequire golang.org/x/net v0.10.0\n', 'require golang.org/x/net v0.17.0'],
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
        version: '4.2.7',
        exact: true,
        spec: '4.2.7',
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

  it('flags unmaintained or weak security libraries with their replacement', () => {
    const s = snapshot();
    const pkg = scanManifest(
      'package.json',
      '{"dependencies": {"request": "^2.88.2", "crypto-js": "4.1.1", "md5": "2.3.0"}}',
      s,
    ).findings;
    const weak = pkg.filter((f) => f.ruleId === 'sca/npm/unmaintained');
    assert.deepStrictEqual(
      weak.map((f) => f.message.split(' ')[0]),
      ['request', 'crypto-js', 'md5'],
    );
    assert.match(weak[0].message, /fetch/);
    assert.match(weak[1].message, /Web Crypto/);
    assert.ok(
      pkg.some((f) => f.ruleId === 'sca/npm/vulnerable' && f.message.startsWith('crypto-js')),
      'crypto-js 4.1.1 also has GHSA-xwcq-pm8m-c4vf',
    );
    assert.strictEqual(scanManifest('package.json', '{"dependencies": {"crypto-js": "4.2.0"}}', s).findings.length, 0);
    const py = scanManifest('requirements.txt', 'pycrypto==2.6.1\n', s).findings;
    assert.deepStrictEqual(py.map((f) => f.ruleId).sort(), ['sca/pypi/unmaintained', 'sca/pypi/vulnerable']);
    assert.match(py.find((f) => f.ruleId === 'sca/pypi/unmaintained')!.message, /pycryptodome/);
    const go = scanManifest(
      'go.mod',
      'module m\nrequire github.com/dgrijalva/jwt-go v3.2.0+incompatible\n',
      s,
    ).findings;
    assert.deepStrictEqual(go.map((f) => f.ruleId).sort(), ['sca/go/unmaintained', 'sca/go/vulnerable']);
    assert.ok(
      !go.find((f) => f.ruleId === 'sca/go/vulnerable')!.fix,
      'no fixed version of dgrijalva/jwt-go: no bump offered',
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
      ['npm', 'pypi', 'go', 'maven'].flatMap((e) => [`sca/${e}/vulnerable`, `sca/${e}/unmaintained`]),
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

  it('is exactly what scripts/build-advisories.mjs makes from advisories/osv (not edited by hand)', async () => {
    const { buildSnapshot, formatSnapshot } = await import(path.join(REPO, 'scripts', 'build-advisories.mjs'));
    const committed = fs.readFileSync(path.join(REPO, 'advisories', 'snapshot.json'), 'utf8');
    const generated = JSON.parse(committed).generated;
    const { snapshot: built, problems } = buildSnapshot([path.join(REPO, 'advisories', 'osv')], generated);
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(formatSnapshot(built), committed, 'run `npm run advisories`');
    const files = fs
      .readdirSync(path.join(REPO, 'advisories', 'osv'), { recursive: true })
      .filter((f) => String(f).endsWith('.json'));
    assert.strictEqual(built.count, files.length);
  });

  it('reads OSV from a zip archive too, skipping withdrawn records and other ecosystems', async () => {
    const { buildSnapshot } = await import(path.join(REPO, 'scripts', 'build-advisories.mjs'));
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
    const { snapshot: built } = buildSnapshot([path.join(dir, 'all.zip')], '2025-02-01');
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
