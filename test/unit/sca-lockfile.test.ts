// Lockfiles of every format the issue lists (test/fixtures/sca/, real-shaped, written for these
// tests): each installed package with its exact version on its entry's line, the chain from the
// direct dependency for transitive ones, one finding per package per project, and quick-fixes
// that edit the manifest only. The advisories are a small snapshot built here, so the expected
// findings do not move when the shipped snapshot is rebuilt.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseManifest, scanManifest } from '../../server/src/sca';
import type { AdvisorySnapshot, Dependency, DependencyFinding } from '../../server/src/sca';
import { projectManifests } from '../../server/src/sca/project-files';
import { REPO } from '../helpers';

const FIXTURES = path.join(REPO, 'test', 'fixtures', 'sca');

function advisory(id: string, introduced: string, fixed: string) {
  return { id, aliases: [], summary: `${id} summary`, severity: 'HIGH', ranges: [{ introduced, fixed }] };
}

const SNAPSHOT: AdvisorySnapshot = {
  date: '2026-01-01',
  generated: 'test',
  count: 0,
  packages: {
    npm: {
      qs: [advisory('TEST-QS', '6.7.0', '6.7.3')],
      lodash: [advisory('TEST-LODASH', '0', '4.17.21')],
      minimist: [advisory('TEST-MINIMIST', '0', '1.2.6')],
      'follow-redirects': [advisory('TEST-FR', '0', '1.14.8')],
      semver: [advisory('TEST-SEMVER', '0', '5.7.2')],
      jsonwebtoken: [advisory('TEST-JWT', '0', '9.0.0')],
      async: [advisory('TEST-ASYNC', '0.9.0', '2.6.4')],
      'js-tokens': [advisory('TEST-NEVER', '5.0.0', '5.0.1')],
    },
    PyPI: {
      urllib3: [advisory('TEST-URLLIB3', '0', '1.26.5')],
      jinja2: [advisory('TEST-JINJA2', '0', '2.11.3')],
      django: [advisory('TEST-DJANGO', '3.2.0', '3.2.1')],
      requests: [advisory('TEST-REQUESTS', '0', '2.31.0')],
    },
    Go: { 'golang.org/x/net': [advisory('TEST-XNET', '0', '0.0.0-20210520170846-37e1c6afe023')] },
  },
};

const read = (dir: string, file: string): string => fs.readFileSync(path.join(FIXTURES, dir, file), 'utf8');

function parsed(dir: string, file: string): Record<string, Dependency> {
  return Object.fromEntries(parseManifest(file, read(dir, file)).map((d) => [`${d.name}@${d.version}`, d]));
}

/** The 1-based line of the first line holding `needle`. */
const lineOf = (dir: string, file: string, needle: string): number =>
  read(dir, file)
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1;

function scan(dir: string, file: string): DependencyFinding[] {
  const full = path.join(FIXTURES, dir, file);
  return scanManifest(full, read(dir, file), SNAPSHOT, { project: projectManifests(full) }).findings;
}

const about = (findings: DependencyFinding[], name: string): DependencyFinding | undefined =>
  findings.find((f) => f.message.startsWith(`${name} `));

describe('SCA lockfiles: every installed package, on its entry, with its path', () => {
  it('package-lock.json v3: paths follow node_modules lookup, nested copies included', () => {
    const deps = parsed('npm-v3', 'package-lock.json');
    assert.deepStrictEqual(Object.keys(deps).sort(), [
      'body-parser@1.19.0',
      'brace-expansion@2.0.1',
      'bytes@3.1.0',
      'express@4.17.1',
      'lodash@4.17.15',
      'minimatch@5.0.1',
      'mocha@10.2.0',
      'qs@6.7.0',
    ]);
    assert.deepStrictEqual(deps['qs@6.7.0'].via, ['express']);
    assert.deepStrictEqual(deps['bytes@3.1.0'].via, ['express', 'body-parser']);
    // mocha's own nested minimatch, then the hoisted brace-expansion it requires.
    assert.deepStrictEqual(deps['brace-expansion@2.0.1'].via, ['mocha', 'minimatch']);
    assert.strictEqual(deps['express@4.17.1'].via, undefined);
    assert.strictEqual(
      deps['qs@6.7.0'].range.start.line + 1,
      lineOf('npm-v3', 'package-lock.json', '"node_modules/qs"'),
    );
  });

  it('package-lock.json v1: `requires` resolved through nested copies first', () => {
    const deps = parsed('npm-v1', 'package-lock.json');
    assert.deepStrictEqual(deps['minimist@0.0.8'].via, ['mkdirp']);
    assert.deepStrictEqual(deps['minimist@1.2.5'].via, ['optimist']);
    assert.deepStrictEqual(deps['wordwrap@0.0.3'].via, ['optimist']);
    assert.strictEqual(deps['mkdirp@0.5.1'].via, undefined);
  });

  it('yarn.lock classic: one entry for several ranges, chains through the ranges', () => {
    const deps = parsed('yarn-classic', 'yarn.lock');
    assert.deepStrictEqual(Object.keys(deps).sort(), [
      'axios@0.21.0',
      'eventemitter3@4.0.7',
      'follow-redirects@1.13.0',
      'http-proxy@1.18.1',
      'requires-port@1.0.0',
      'webpack-dev-server@3.11.0',
    ]);
    assert.deepStrictEqual(deps['follow-redirects@1.13.0'].via, ['axios']);
    assert.deepStrictEqual(deps['requires-port@1.0.0'].via, ['webpack-dev-server', 'http-proxy']);
    const line = lineOf('yarn-classic', 'yarn.lock', 'follow-redirects@^1.0.0, follow-redirects@^1.10.0:');
    assert.strictEqual(deps['follow-redirects@1.13.0'].range.start.line + 1, line);
  });

  it('yarn.lock berry: the workspace entry names the direct dependencies; workspaces are not packages', () => {
    const deps = parsed('yarn-berry', 'yarn.lock');
    assert.deepStrictEqual(Object.keys(deps).sort(), [
      'jsonwebtoken@8.5.1',
      'jws@3.2.2',
      'lodash.once@4.1.1',
      'semver@5.7.1',
    ]);
    assert.strictEqual(deps['jsonwebtoken@8.5.1'].via, undefined);
    assert.deepStrictEqual(deps['semver@5.7.1'].via, ['jsonwebtoken']);
  });

  it('pnpm-lock.yaml v5, v6 and v9: keys, peer suffixes, importers and snapshots', () => {
    const v9 = parsed('pnpm-v9', 'pnpm-lock.yaml');
    assert.deepStrictEqual(Object.keys(v9).sort(), ['async@0.9.2', 'ejs@3.1.6', 'jake@10.8.2', 'ws@7.4.5']);
    assert.deepStrictEqual(v9['async@0.9.2'].via, ['ejs', 'jake']);
    assert.strictEqual(v9['async@0.9.2'].range.start.line + 1, lineOf('pnpm-v9', 'pnpm-lock.yaml', '  async@0.9.2:'));
    const v6 = parsed('pnpm-v6', 'pnpm-lock.yaml');
    assert.deepStrictEqual(Object.keys(v6).sort(), [
      'js-tokens@4.0.0',
      'loose-envify@1.4.0',
      'node-fetch@2.6.0',
      'react-dom@17.0.2',
    ]);
    assert.deepStrictEqual(v6['js-tokens@4.0.0'].via, ['react-dom', 'loose-envify']);
    const v5 = parsed('pnpm-v5', 'pnpm-lock.yaml');
    assert.deepStrictEqual(Object.keys(v5).sort(), ['@babel/core@7.12.3', 'moment@2.29.1', 'semver@5.7.1']);
    assert.deepStrictEqual(v5['semver@5.7.1'].via, ['@babel/core']);
  });

  it('poetry.lock and uv.lock: dependency tables and arrays give the chain; the uv project itself is not a package', () => {
    const poetry = parsed('poetry', 'poetry.lock');
    assert.deepStrictEqual(poetry['urllib3@1.26.4'].via, ['requests']);
    assert.strictEqual(poetry['requests@2.25.1'].via, undefined);
    const uv = parsed('uv', 'uv.lock');
    assert.deepStrictEqual(Object.keys(uv).sort(), [
      'flask@2.0.1',
      'jinja2@2.11.2',
      'markupsafe@2.0.1',
      'pytest@8.1.1',
      'werkzeug@2.0.1',
    ]);
    assert.deepStrictEqual(uv['markupsafe@2.0.1'].via, ['flask', 'jinja2']);
    assert.strictEqual(uv['pytest@8.1.1'].via, undefined);
  });

  it('Pipfile.lock: default and develop pins; editable and path entries have no version', () => {
    const deps = parsed('pipenv', 'Pipfile.lock');
    assert.deepStrictEqual(Object.keys(deps).sort(), ['django@3.2.0', 'pytest@7.4.0', 'pyyaml@5.3.1']);
    assert.strictEqual(deps['django@3.2.0'].range.start.line + 1, lineOf('pipenv', 'Pipfile.lock', '"django": {'));
  });

  it('requirements.txt: hashes, continuation lines and markers do not hide or distort a pin', () => {
    const deps = parsed('requirements', 'requirements.txt');
    assert.deepStrictEqual(Object.keys(deps).sort(), ['jinja2@2.10.1', 'pyjwt@1.7.1', 'requests@2.19.0']);
    assert.ok(deps['requests@2.19.0'].exact);
  });

  it('go.sum: the highest version whose code is checksummed, not go.mod-only entries', () => {
    const deps = parsed('go', 'go.sum');
    assert.deepStrictEqual(Object.keys(deps).sort(), [
      'github.com/gin-gonic/gin@v1.6.3',
      'golang.org/x/crypto@v0.0.0-20201221181555-eec23a3978ad',
      'golang.org/x/net@v0.0.0-20200822124328-c89045814202',
      'golang.org/x/sys@v0.0.0-20200930185726-fdedc70b468f',
    ]);
  });
});

describe('SCA lockfile findings: one per package per project, fixes in the manifest only', () => {
  it('a direct package is reported on its manifest line with a manifest fix; the lockfile says nothing', () => {
    const lock = scan('npm-v3', 'package-lock.json');
    assert.strictEqual(about(lock, 'lodash'), undefined, 'lodash is direct: reported in package.json');
    const manifest = scan('npm-v3', 'package.json');
    const lodash = about(manifest, 'lodash')!;
    assert.ok(lodash, JSON.stringify(manifest));
    assert.strictEqual(lodash.range.start.line + 1, lineOf('npm-v3', 'package.json', '"lodash"'));
    assert.strictEqual(lodash.fix?.edits[0].newText, '^4.17.21');
    assert.ok(lodash.related?.some((r) => r.file === 'package-lock.json'));
  });

  it('a transitive package is reported on its lockfile entry, with its path and no quick-fix', () => {
    const cases: Array<[string, string, string, string]> = [
      ['npm-v3', 'package-lock.json', 'qs', 'express > qs'],
      ['npm-v1', 'package-lock.json', 'minimist', 'mkdirp > minimist'],
      ['yarn-classic', 'yarn.lock', 'follow-redirects', 'axios > follow-redirects'],
      ['yarn-berry', 'yarn.lock', 'semver', 'jsonwebtoken > semver'],
      ['pnpm-v9', 'pnpm-lock.yaml', 'async', 'ejs > jake > async'],
      ['pnpm-v5', 'pnpm-lock.yaml', 'semver', '@babel/core > semver'],
      ['poetry', 'poetry.lock', 'urllib3', 'requests > urllib3'],
      ['uv', 'uv.lock', 'jinja2', 'flask > jinja2'],
    ];
    for (const [dir, file, name, chain] of cases) {
      const findings = scan(dir, file);
      const f = about(findings, name);
      assert.ok(f, `${dir}/${file}: ${name} not reported in ${JSON.stringify(findings.map((x) => x.message))}`);
      assert.ok(f.message.includes(`installed through ${chain}`), `${dir}: ${f.message}`);
      assert.strictEqual(f.fix, undefined, `${dir}: a lockfile is never edited`);
    }
  });

  it('a package in a lockfile and its manifest is one finding, on the manifest, fixed there', () => {
    // jsonwebtoken is direct in yarn-berry/package.json and pinned in yarn.lock.
    const lock = scan('yarn-berry', 'yarn.lock');
    assert.strictEqual(about(lock, 'jsonwebtoken'), undefined);
    const jwt = about(scan('yarn-berry', 'package.json'), 'jsonwebtoken')!;
    assert.strictEqual(jwt.fix?.edits[0].newText, '^9.0.0');
    assert.ok(!jwt.message.includes('installed through'));
    // Pipfile.lock has no manifest beside it: its pins are reported there.
    const pip = scan('pipenv', 'Pipfile.lock');
    assert.deepStrictEqual(
      pip.map((f) => f.message.split(' ')[0]),
      ['django'],
    );
    assert.strictEqual(pip[0].fix, undefined);
  });

  it('go.sum adds what go.mod does not require; go.mod modules stay on go.mod', () => {
    const sum = scan('go', 'go.sum');
    assert.deepStrictEqual(
      sum.map((f) => f.message.split(' ')[0]),
      ['golang.org/x/net'],
    );
    assert.strictEqual(
      sum[0].range.start.line + 1,
      lineOf('go', 'go.sum', 'golang.org/x/net v0.0.0-20200822124328-c89045814202 h1:'),
    );
  });

  it('requirements: `-r` of a file not scanned on its own is reported on the -r line, without a fix', () => {
    const prod = scan('requirements', 'requirements-prod.txt');
    assert.deepStrictEqual(
      prod.map((f) => [f.message.split(' ')[0], f.range.start.line + 1, f.fix]),
      [['django', lineOf('requirements', 'requirements-prod.txt', '-r common.txt'), undefined]],
    );
    // requirements-base.txt is scanned itself: its pins are not repeated on the -r line.
    assert.ok(!scan('requirements', 'requirements.txt').some((f) => f.message.startsWith('urllib3')));
  });

  it('an unaffected version in a lockfile is not reported', () => {
    assert.strictEqual(about(scan('pnpm-v6', 'pnpm-lock.yaml'), 'js-tokens'), undefined);
  });
});
