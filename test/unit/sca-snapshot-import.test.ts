// `warden advisories import`: OSV records from a zip or folder go into an override snapshot in the
// user's config folder (never beside the code), which the CLI and the server then prefer, with the
// shipped advisories kept underneath; `warden --version` names each source with its date.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { strToU8, zipSync } from 'fflate';
import { runAdvisories, versionText } from '../../server/src/cli/advisories';
import { scanManifest } from '../../server/src/sca';
import { activeSnapshot, importedSnapshotPath, userConfigDir } from '../../server/src/sca/snapshot-file';
import { formatSnapshot, snapshotOf } from '../../server/src/sca/snapshot-format';
import { tempDir } from './cli-support';

const record = (id: string, name: string, modified: string, extra: object = {}) => ({
  id,
  modified,
  summary: `${id} summary`,
  aliases: ['CVE-2026-0001'],
  affected: [
    {
      package: { ecosystem: 'PyPI', name },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.0' }] }],
    },
  ],
  ...extra,
});

function run(argv: string[], env: NodeJS.ProcessEnv, now = '2026-12-07'): { code: number; out: string } {
  let out = '';
  const code = runAdvisories(argv, { out: (t) => void (out += t), env, now: new Date(now) });
  return { code, out };
}

describe('warden advisories import', () => {
  let home: string;
  let env: NodeJS.ProcessEnv;
  beforeEach(() => {
    home = tempDir('warden-home-');
    env = { WARDEN_CONFIG_HOME: path.join(home, 'config') };
  });
  afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

  it('imports a zip of OSV records into the config folder; scans then use it, shipped advisories kept', () => {
    const zip = path.join(home, 'PyPI-all.zip');
    fs.writeFileSync(
      zip,
      zipSync({
        'PYSEC-2026-1.json': strToU8(JSON.stringify(record('PYSEC-2026-1', 'Tiny_Lib', '2026-12-01T10:00:00Z'))),
        'NOT-OSV.json': strToU8('{ nope'),
        'WITHDRAWN.json': strToU8(
          JSON.stringify(record('PYSEC-2026-2', 'tiny-lib', '2026-12-02T00:00:00Z', { withdrawn: '2026-12-03' })),
        ),
      }),
    );
    assert.strictEqual(activeSnapshot(env).imported, false);
    const { code, out } = run(['import', zip], env);
    assert.strictEqual(code, 0);
    assert.match(out, /imported PyPI 1 advisories \(data of 2026-12-01\)/);
    assert.match(out, /skipped .*NOT-OSV\.json: not JSON/);
    const target = importedSnapshotPath(env);
    assert.strictEqual(path.dirname(target), userConfigDir(env));
    const active = activeSnapshot(env);
    assert.strictEqual(active.imported, true);
    assert.strictEqual(active.file, target);
    const findings = (text: string) =>
      scanManifest('requirements.txt', text, active.snapshot, { now: new Date('2026-12-07') }).findings;
    const [tiny] = findings('tiny.lib==1.0\n');
    assert.match(tiny.message, /PYSEC-2026-1 \(CVE-2026-0001\)/);
    assert.match(tiny.message, /imported OSV \(PyPI-all\.zip\) 2026-12-01\.\)/);
    assert.doesNotMatch(tiny.message, /older than 90 days/);
    assert.strictEqual(findings('PyYAML==5.3\n').length, 1, 'the shipped advisories are still there');
    assert.match(
      versionText({ out: () => undefined, env, now: new Date('2026-12-07') }),
      /imported OSV \(PyPI-all\.zip\) 2026-12-01/,
    );
    const reset = run(['reset'], env);
    assert.strictEqual(reset.code, 0);
    assert.strictEqual(activeSnapshot(env).imported, false);
  });

  it('refuses input without any OSV record of a known ecosystem, and writes nothing', () => {
    const folder = path.join(home, 'osv');
    fs.mkdirSync(folder);
    fs.writeFileSync(
      path.join(folder, 'a.json'),
      JSON.stringify({ id: 'X-1', affected: [{ package: { ecosystem: 'crates.io', name: 'x' } }] }),
    );
    assert.throws(() => run(['import', folder], env), /no OSV advisory for npm, PyPI, Go, Maven found/);
    assert.throws(() => run(['import'], env), /needs a folder/);
    assert.strictEqual(fs.existsSync(importedSnapshotPath(env)), false);
  });

  it('an imported snapshot older than the shipped data is not used, and `show` says why', () => {
    fs.mkdirSync(userConfigDir(env), { recursive: true });
    fs.writeFileSync(
      importedSnapshotPath(env),
      formatSnapshot(snapshotOf({}, { old: { name: 'old', date: '2001-01-01' } })),
    );
    const active = activeSnapshot(env);
    assert.strictEqual(active.imported, false);
    assert.match(run(['show'], env).out, /not used: .*data of 2001-01-01, older than this release's/);
  });

  it('--version prints the version, the snapshot in use and each source with its date', () => {
    const text = versionText({ out: () => undefined, env, now: new Date('2026-12-07') });
    assert.match(text, /^\d+\.\d+\.\d+[^\n]*\nadvisories: \d+ \(.*snapshot\.json\)\n/);
    assert.match(text, /\n {2}Go vulndb 2026-08-21 \(older than 90 days\)\n/);
    assert.match(text, /\n {2}PyPI advisory DB 2024-10-10 \(older than 90 days\)\n/);
    assert.match(text, /\n {2}Node\.js security WG, advisories up to 2020 \(older than 90 days\)\n/);
  });

  it('the config folder follows the platform (APPDATA, Application Support, XDG)', () => {
    assert.strictEqual(
      userConfigDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming', HOME: '/h' }, 'win32'),
      path.join('C:\\Users\\a\\AppData\\Roaming', 'Warden'),
    );
    assert.strictEqual(
      userConfigDir({ HOME: '/h' }, 'darwin'),
      path.join('/h', 'Library', 'Application Support', 'Warden'),
    );
    assert.strictEqual(userConfigDir({ HOME: '/h', XDG_CONFIG_HOME: '/x' }, 'linux'), path.join('/x', 'warden'));
    assert.strictEqual(userConfigDir({ HOME: '/h' }, 'linux'), path.join('/h', '.config', 'warden'));
  });
});
