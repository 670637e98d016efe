// One dependency finding per package per project (docs/policy.md, "Dependencies"): on the
// manifest line when the package is direct, on its lockfile entry when transitive, the other
// places as related information; never vulnerable and unmaintained twice on one line.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { scanManifest } from '../../server/src/sca';
import type { AdvisorySnapshot, DependencyFinding, ProjectManifests } from '../../server/src/sca';
import { projectManifests } from '../../server/src/sca/project-files';
import { loadSnapshot } from '../../server/src/sca/snapshot-file';
import { REPO } from '../helpers';
import { tempDir } from './cli-support';

const snapshot = (): AdvisorySnapshot => loadSnapshot(path.join(REPO, 'advisories', 'snapshot.json'));

const PACKAGE_JSON =
  '{\n  "name": "app",\n  "dependencies": {\n    "lodash": "^4.17.0",\n    "express": "^4.21.2"\n  }\n}\n';
const LOCK = JSON.stringify(
  {
    name: 'app',
    lockfileVersion: 3,
    packages: {
      '': { name: 'app', dependencies: { lodash: '^4.17.0', express: '^4.21.2' } },
      'node_modules/express': { version: '4.21.2' },
      'node_modules/lodash': { version: '4.17.20' },
      'node_modules/minimist': { version: '1.2.5' },
      'node_modules/mkdirp/node_modules/minimist': { version: '0.0.8' },
    },
  },
  null,
  2,
);

function project(files: Record<string, string>): ProjectManifests {
  return { names: Object.keys(files).sort(), read: (name) => files[name] };
}

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle));

function summary(findings: DependencyFinding[]): Array<[string, number, string[]]> {
  return findings.map((f) => [
    f.message.split(' ')[0],
    f.range.start.line,
    (f.related ?? []).map((r) => `${r.file}:${r.range.start.line}`),
  ]);
}

describe('SCA policy: one finding per package per project', () => {
  const files = { 'package.json': PACKAGE_JSON, 'package-lock.json': LOCK };

  it('a direct package is reported on its manifest line only, with the lockfile entry as related information', () => {
    const s = snapshot();
    const manifest = scanManifest('package.json', PACKAGE_JSON, s, { project: project(files) }).findings;
    assert.deepStrictEqual(summary(manifest), [
      ['lodash', 3, [`package-lock.json:${lineOf(LOCK, '"node_modules/lodash"')}`]],
    ]);
    assert.match(manifest[0].message, /\(Also in package-lock\.json:\d+\.\)$/);
    assert.strictEqual(manifest[0].fix?.title, 'Upgrade lodash to 4.17.21', 'the fix edits the manifest');
    const lock = scanManifest('package-lock.json', LOCK, s, { project: project(files) }).findings;
    assert.ok(!lock.some((f) => f.message.startsWith('lodash')), 'not reported again on the lockfile');
  });

  it('a transitive package is reported once, on its first lockfile entry, its other versions related', () => {
    const lock = scanManifest('package-lock.json', LOCK, snapshot(), { project: project(files) }).findings;
    assert.deepStrictEqual(summary(lock), [
      [
        'minimist',
        lineOf(LOCK, '"node_modules/minimist"'),
        [`package-lock.json:${lineOf(LOCK, '"node_modules/mkdirp/node_modules/minimist"')}`],
      ],
    ]);
    assert.strictEqual(lock[0].fix, undefined, 'lockfiles are never edited by a quick-fix');
  });

  it('without the lockfile beside it, a manifest still reports its own packages (and the lockfile alone its own)', () => {
    const s = snapshot();
    assert.deepStrictEqual(
      summary(scanManifest('package.json', PACKAGE_JSON, s).findings).map(([name]) => name),
      ['lodash'],
    );
    assert.deepStrictEqual(
      summary(scanManifest('package-lock.json', LOCK, s).findings).map(([name]) => name),
      ['lodash', 'minimist'],
    );
  });

  it('a direct package whose range is safe but whose lockfile pins a vulnerable version: on the manifest, no bump', () => {
    const manifest = PACKAGE_JSON.replace('^4.17.0', '^4.17.21');
    const found = scanManifest('package.json', manifest, snapshot(), {
      project: project({ 'package.json': manifest, 'package-lock.json': LOCK }),
    }).findings;
    assert.deepStrictEqual(summary(found), [
      ['lodash', 3, [`package-lock.json:${lineOf(LOCK, '"node_modules/lodash"')}`]],
    ]);
    assert.match(found[0].message, /^lodash 4\.17\.20 has/, 'names the installed version');
    assert.strictEqual(found[0].fix, undefined, 'the manifest already asks for a fixed version');
  });

  it('Python: pyproject.toml and poetry.lock; a requirement written twice is one finding', () => {
    const pyproject = '[project]\nname = "svc"\ndependencies = [\n  "Django>=3.2.4",\n]\n';
    const poetryLock =
      '[[package]]\nname = "django"\nversion = "3.2.4"\n\n[[package]]\nname = "jinja2"\nversion = "2.10"\n';
    const py = project({ 'pyproject.toml': pyproject, 'poetry.lock': poetryLock });
    const s = snapshot();
    assert.deepStrictEqual(summary(scanManifest('pyproject.toml', pyproject, s, { project: py }).findings), [
      ['django', 3, ['poetry.lock:1']],
    ]);
    assert.deepStrictEqual(
      summary(scanManifest('poetry.lock', poetryLock, s, { project: py }).findings).map(([name]) => name),
      ['jinja2'],
    );
    const twice = scanManifest('requirements.txt', 'django==3.2.4\nflask==2.3.2\ndjango==3.2.4\n', s).findings;
    assert.deepStrictEqual(summary(twice), [['django', 0, ['requirements.txt:2']]]);
  });

  it('never two findings for one package on one line (vulnerable and unmaintained)', () => {
    const s = snapshot();
    const manifests: Array<[string, string]> = [
      ['package.json', '{"dependencies": {"crypto-js": "4.1.1", "request": "2.88.2", "lodash": "4.17.20"}}'],
      ['requirements.txt', 'pycrypto==2.6.1\npyjwt==1.7.1\n'],
      ['go.mod', 'module m\nrequire github.com/dgrijalva/jwt-go v3.2.0+incompatible\n'],
    ];
    for (const [file, text] of manifests) {
      const findings = scanManifest(file, text, s).findings;
      const places = findings.map((f) => `${f.message.split(' ')[0]}@${f.range.start.line}`);
      assert.strictEqual(findings.length, text.match(/crypto|request|lodash|jwt/g)!.length, file);
      assert.strictEqual(new Set(places).size, places.length, `${file}: ${JSON.stringify(summary(findings))}`);
    }
  });

  it('reads the project from disk through the one reader: manifests beside it, nothing through a link out', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'package.json'), PACKAGE_JSON);
    fs.writeFileSync(path.join(dir, 'package-lock.json'), LOCK);
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a manifest');
    const outside = tempDir();
    fs.writeFileSync(path.join(outside, 'poetry.lock'), '[[package]]\nname = "django"\nversion = "3.2.4"\n');
    fs.symlinkSync(path.join(outside, 'poetry.lock'), path.join(dir, 'poetry.lock'));
    const p = projectManifests(path.join(dir, 'package.json'));
    assert.deepStrictEqual(p.names, ['package-lock.json', 'package.json', 'poetry.lock']);
    assert.strictEqual(p.read('package-lock.json'), LOCK);
    assert.strictEqual(p.read('poetry.lock'), undefined, 'a symlink out of the folder is not followed');
    assert.deepStrictEqual(projectManifests(path.join(dir, 'missing', 'package.json')).names, []);
  });
});
