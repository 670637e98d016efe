// The shipped advisory snapshot: built reproducibly from ../shared/advisory-data and advisories/osv
// (skipped with a message when ../shared is absent), its compact layout, sources and dates in
// findings, the 90-day staleness notice, and the conversions it rests on (OSV ranges, the Node.js
// security WG's semver ranges, CVSS v3 scores).

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { scanManifest } from '../../server/src/sca';
import { cvss3Score } from '../../server/src/sca/cvss';
import { advisoriesOfNodeWg, advisoriesOfOsv, npmRangesOf } from '../../server/src/sca/osv';
import { buildShippedSnapshot } from '../../server/src/sca/snapshot-build';
import { loadSnapshot, snapshotPath } from '../../server/src/sca/snapshot-file';
import { formatSnapshot, mergeAdvisories, parseSnapshot, snapshotOf } from '../../server/src/sca/snapshot-format';
import { REPO, SHARED } from '../helpers';

const SNAPSHOT = path.join(REPO, 'advisories', 'snapshot.json');
const DATA = path.join(SHARED, 'advisory-data');
const idsOf = (byName: Record<string, Array<{ id: string }>>): number =>
  new Set(Object.values(byName).flatMap((l) => l.map((a) => a.id))).size;

describe('SCA snapshot: the shipped data', () => {
  it('holds thousands of advisories, each ecosystem counted, with a date per source', () => {
    const s = loadSnapshot(SNAPSHOT);
    assert.ok(idsOf(s.packages.Go) > 4000, `Go ${idsOf(s.packages.Go)}`);
    assert.ok(idsOf(s.packages.PyPI) > 2600, `PyPI ${idsOf(s.packages.PyPI)}`);
    assert.ok(idsOf(s.packages.npm) > 450, `npm ${idsOf(s.packages.npm)}`);
    assert.ok(idsOf(s.packages.Maven) >= 12, `Maven ${idsOf(s.packages.Maven)}`);
    assert.deepStrictEqual(
      Object.fromEntries(Object.entries(s.sources!).map(([k, v]) => [k, `${v.name} ${v.dateLabel ?? v.date}`])),
      {
        go: 'Go vulndb 2026-08-21',
        pypi: 'PyPI advisory DB 2024-10-10',
        'nodejs-wg': 'Node.js security WG advisories up to 2020',
        warden: `Warden curated ${s.sources!.warden.date}`,
      },
    );
    assert.strictEqual(s.date, s.sources!.warden.date > '2026-08-21' ? s.sources!.warden.date : '2026-08-21');
  });

  it('is exactly what `npm run advisories` builds (reproducible; skipped without ../shared)', function () {
    if (!fs.existsSync(DATA)) {
      console.log(`      (skipped: ${DATA} is absent, the snapshot cannot be rebuilt here)`);
      this.skip();
    }
    this.timeout(300_000); // about 4 s of CPU; much longer on a loaded machine
    const { snapshot, problems } = buildShippedSnapshot(path.join(REPO, 'advisories', 'osv'), DATA);
    assert.deepStrictEqual(problems, []);
    const text = formatSnapshot(snapshot);
    assert.ok(
      text === fs.readFileSync(SNAPSHOT, 'utf8'),
      'advisories/snapshot.json is stale: run `npm run advisories`',
    );
    assert.strictEqual(formatSnapshot(parseSnapshot(text)), text, 'reading and writing it back changes nothing');
  });

  it('ships gzipped in dist/ (what the extension and packaged CLI find), decoding to the same advisories', () => {
    const gz = path.join(REPO, 'dist', 'advisories.json.gz');
    assert.strictEqual(zlib.gunzipSync(fs.readFileSync(gz)).toString('utf8'), fs.readFileSync(SNAPSHOT, 'utf8'));
    const ext = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-ext-'));
    fs.mkdirSync(path.join(ext, 'dist'));
    fs.copyFileSync(gz, path.join(ext, 'dist', 'advisories.json.gz'));
    const found = snapshotPath(path.join(ext, 'dist'));
    assert.strictEqual(found, path.join(ext, 'dist', 'advisories.json.gz'));
    assert.strictEqual(loadSnapshot(found).count, loadSnapshot(SNAPSHOT).count);
    fs.rmSync(ext, { recursive: true, force: true });
  });

  it('names the source and its date in each finding, and says when that data is older than 90 days', () => {
    const s = loadSnapshot(SNAPSHOT);
    const scan = (file: string, text: string, now: string) =>
      scanManifest(file, text, s, { now: new Date(now) }).findings.map((f) => f.message);
    const [py] = scan('requirements.txt', 'PyYAML==5.1\n', '2024-11-01');
    assert.match(py, /PYSEC-2020-176/);
    assert.match(py, /\(Advisories: [^)]*PyPI advisory DB 2024-10-10[^)]*\)/);
    assert.doesNotMatch(py, /older than 90 days/, 'three weeks after the data');
    const [pyLater] = scan('requirements.txt', 'PyYAML==5.1\n', '2025-03-01');
    assert.match(pyLater, /older than 90 days: `warden advisories import/);
    const [npm] = scan('package.json', '{"dependencies": {"bassmaster": "1.5.1"}}', '2026-12-07');
    assert.match(npm, /NSWG-ECO-1 \(CVE-2014-7205\): Arbitrary JavaScript Execution/);
    assert.match(npm, /Node\.js security WG, advisories up to 2020/);
    const [go] = scan('go.mod', 'module m\n\nrequire github.com/gin-gonic/gin v1.5.0\n', '2026-09-01');
    assert.match(go, /GO-2020-0001 \(CVE-2020-36567\)/);
    assert.match(go, /Go vulndb 2026-08-21/);
  });
});

describe('SCA snapshot: conversions', () => {
  it("reads the Node.js security WG's semver ranges as OSV intervals, closing <= bounds at the patched version", () => {
    assert.deepStrictEqual(npmRangesOf('<=1.5.1', '>=1.5.2'), [{ introduced: '0', fixed: '1.5.2' }]);
    assert.deepStrictEqual(npmRangesOf('<3.11 || >= 4 <4.5', '>=3.11 <4 || >=4.5'), [
      { introduced: '0', fixed: '3.11.0' },
      { introduced: '4.0.0', fixed: '4.5.0' },
    ]);
    assert.deepStrictEqual(npmRangesOf('2.0.x || 2.1.x', '>= 2.2.x'), [
      { introduced: '2.0.0', fixed: '2.1.0' },
      { introduced: '2.1.0', fixed: '2.2.0' },
    ]);
    assert.deepStrictEqual(npmRangesOf('<=1.10.8', '>1.10.8'), [{ introduced: '0', fixed: '1.10.9' }]);
    assert.deepStrictEqual(npmRangesOf('<=99.999.99999', '<0.0.0'), [
      { introduced: '0', lastAffected: '99.999.99999' },
    ]);
    const [a] = advisoriesOfNodeWg(
      {
        '7': {
          id: 7,
          module_name: 'left-pad-ish',
          vulnerable_versions: '<1.0.0',
          patched_versions: '>=1.0.0',
          cves: ['CVE-2000-1'],
          cvss_score: 9.8,
          title: 'Remote code execution',
        },
      },
      'wg',
    );
    assert.deepStrictEqual(a.advisory, {
      id: 'NSWG-ECO-7',
      aliases: ['CVE-2000-1'],
      summary: 'Remote code execution',
      severity: 'CRITICAL',
      ranges: [{ introduced: '0', fixed: '1.0.0' }],
      source: 'wg',
    });
  });

  it('scores CVSS v3 vectors as FIRST specifies (a severity for records that only give a vector)', () => {
    assert.strictEqual(cvss3Score('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'), 9.8);
    assert.strictEqual(cvss3Score('CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:N/I:N/A:H'), 5.5);
    assert.strictEqual(cvss3Score('CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N'), 6.1);
    assert.strictEqual(cvss3Score('CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H'), 9.9);
    assert.strictEqual(cvss3Score('CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:N'), 0);
    assert.strictEqual(cvss3Score('CVSS:4.0/AV:N'), undefined);
    const [a] = advisoriesOfOsv(
      {
        id: 'PYSEC-0-1',
        details: 'First sentence. Second sentence.',
        severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
        affected: [{ package: { ecosystem: 'PyPI', name: 'Some_Pkg' }, ranges: [{ type: 'GIT', events: [] }] }],
      },
      's',
    );
    assert.strictEqual(a, undefined, 'no version range or list: nothing to match');
  });

  it('keeps one advisory per vulnerability and package (id or alias), the first list winning, Go imports joined', () => {
    const record = (id: string, aliases: string[], extra: object = {}) => ({
      id,
      aliases,
      summary: id,
      affected: [
        {
          package: { ecosystem: 'Go', name: 'example.com/m' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.2.0' }] }],
          ...extra,
        },
      ],
    });
    const curated = advisoriesOfOsv(record('GHSA-aaaa-bbbb-cccc', ['CVE-2024-1']), 'curated');
    const vulndb = advisoriesOfOsv(
      record('GO-2024-1', ['CVE-2024-1', 'GHSA-aaaa-bbbb-cccc'], {
        ecosystem_specific: { imports: [{ path: 'example.com/m/p', symbols: ['Parse', 'T.Run', 'internalHelper'] }] },
      }),
      'go',
    );
    const other = advisoriesOfOsv(record('GO-2024-2', []), 'go');
    const s = snapshotOf(mergeAdvisories([curated, [...vulndb, ...other]]), {
      curated: { name: 'c', date: '2024-01-01' },
      go: { name: 'g', date: '2024-02-01' },
    });
    assert.deepStrictEqual(
      s.packages.Go['example.com/m'].map((a) => [a.id, a.source, a.imports]),
      [
        ['GHSA-aaaa-bbbb-cccc', 'curated', [{ path: 'example.com/m/p', symbols: ['Parse', 'T.Run'] }]],
        ['GO-2024-2', 'go', undefined],
      ],
    );
    assert.strictEqual(s.count, 2);
    assert.strictEqual(s.date, '2024-02-01');
    const again = parseSnapshot(formatSnapshot(s));
    assert.deepStrictEqual(
      again.packages.Go['example.com/m'][0].imports,
      [{ path: 'example.com/m/p', symbols: ['Parse', 'T.Run'] }],
      'the compact form keeps what reachability needs',
    );
    assert.strictEqual(again.packages.Go['example.com/m'][0].url, 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc');
  });
});
