// Dependency scanning: each manifest parser reads every dependency with its version, on its line,
// and version ordering per ecosystem.

import * as assert from 'assert';
import { parseManifest, isManifest } from '../../server/src/sca';
import type { Dependency } from '../../server/src/sca';
import { compareMaven, compareVersions, inRange } from '../../server/src/sca/versions';

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

describe('SCA parsers: positions from one pass (issue 16)', () => {
  it('package-lock.json v1: a package is placed on its own entry, not on an earlier "requires" of the same name', () => {
    const v1 = JSON.stringify(
      {
        lockfileVersion: 1,
        dependencies: {
          a: { version: '1.0.0', requires: { b: '^2.0.0' } },
          b: { version: '2.0.0' },
        },
      },
      null,
      2,
    );
    const lines = v1.split('\n');
    const entry = lines.findIndex((l) => l.includes('"b": {')) + 1;
    assert.strictEqual(byName(parseManifest('package-lock.json', v1)).b.line, entry);
  });

  it('package.json: a section is the top-level key, not a same-named key nested earlier', () => {
    const text =
      '{\n  "overrides": { "dependencies": { "lodash": "1.0.0" } },\n  "dependencies": {\n    "lodash": "^4.17.15"\n  }\n}';
    assert.deepStrictEqual(byName(parseManifest('package.json', text)).lodash, {
      version: '4.17.15',
      line: 4,
      exact: false,
    });
  });

  it('build.gradle: `implementation` followed by 2 MB of spaces (the hang) has no dependency and returns', () => {
    assert.deepStrictEqual(parseManifest('build.gradle', `implementation${' '.repeat(2 * 1024 * 1024)}`), []);
    const spaced = `dependencies {\n  implementation   (\n    platform(  'org.b:bom:2.0'  ) )\n}`;
    assert.deepStrictEqual(byName(parseManifest('build.gradle', spaced)), {
      'org.b:bom': { version: '2.0', line: 2, exact: true }, // the configuration's line, as before
    });
  });

  it('build.gradle: block comments, strings with `//`, and an unterminated comment', () => {
    const text = [
      "/* implementation 'a:hidden:1.0' */ implementation 'a:shown:1.0'",
      "maven { url 'https://repo.example/x' } ; api 'a:after-url:2.0'",
      "/* unterminated implementation 'a:never:1.0'",
    ].join('\n');
    assert.deepStrictEqual(Object.keys(byName(parseManifest('build.gradle', text))), ['a:shown', 'a:after-url']);
  });

  it('lines end at CR, LF or CRLF as in the editor (a lone CR is a line break)', () => {
    const text = '# a\rDjango==3.2.4\r\nflask==2.0.1\n';
    assert.deepStrictEqual(byName(parseManifest('requirements.txt', text)), {
      django: { version: '3.2.4', line: 2, exact: true },
      flask: { version: '2.0.1', line: 3, exact: true },
    });
    const go = parseManifest('go.mod', 'module m\rrequire golang.org/x/net v0.10.0\r\n');
    assert.deepStrictEqual(go[0].range, { start: { line: 1, character: 0 }, end: { line: 1, character: 32 } });
  });

  it('version text longer than any real one is not handed to the version libraries', () => {
    const long = `1.${'0'.repeat(300)}`;
    assert.deepStrictEqual(parseManifest('requirements.txt', `django==${long}\n`), []);
    assert.deepStrictEqual(parseManifest('package.json', `{"dependencies":{"a":"^${long}"}}`), []);
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
