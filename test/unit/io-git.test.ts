// The one git runner (core/io/git.ts): a repository's own .git/config names programs (fsmonitor
// hook, clean/smudge/process filters, textconv, external diff); plain git runs them, Warden's
// runner and `warden scan --changed-since` must not (issue 16 #16).

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { GitError, gitRunner, hardenedArgs, runGit } from '../../core/io/git';
import { git, runCli, tempDir, VULNERABLE_PY, writeFiles } from './cli-support';

const MECHANISMS = ['fsmonitor', 'clean', 'smudge', 'process', 'textconv', 'extdiff'] as const;

/** A repository whose .git/config runs a marker-writing script through every mechanism. */
function hostileRepo(): { repo: string; markers: string; ran: () => string[] } {
  const base = tempDir('warden-git-');
  const repo = path.join(base, 'repo');
  const markers = path.join(base, 'markers');
  fs.mkdirSync(repo);
  fs.mkdirSync(markers);
  writeFiles(repo, {
    '.gitattributes': '*.py filter=evil diff=evil\n*.txt filter=evil2\n',
    'same.py': 'x = 1\n',
    'notes.txt': 'notes\n',
    'app.py': 'y = 2\n',
  });
  git(repo, 'init', '-q');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'first');
  const scripts: Record<string, string> = {};
  for (const m of MECHANISMS) {
    const script = path.join(base, `${m}.sh`);
    // Filters pass the content through (cat); the others just leave their mark.
    fs.writeFileSync(
      script,
      `#!/bin/sh\ntouch '${markers}/${m}'\n${m === 'clean' || m === 'smudge' ? 'cat' : 'exit 1'}\n`,
    );
    fs.chmodSync(script, 0o755);
    scripts[m] = script;
  }
  fs.appendFileSync(
    path.join(repo, '.git', 'config'),
    `[core]\n\tfsmonitor = ${scripts.fsmonitor}\n` +
      `[filter "evil"]\n\tclean = ${scripts.clean}\n\tsmudge = ${scripts.smudge}\n\trequired = true\n` +
      `[filter "evil2"]\n\tprocess = ${scripts.process}\n` +
      `[diff "evil"]\n\ttextconv = ${scripts.textconv}\n` +
      `[diff]\n\texternal = ${scripts.extdiff}\n`,
  );
  // Same content, new mtime: git must re-hash these files (through the clean filter) to know.
  const later = new Date(Date.now() + 60_000);
  for (const f of ['same.py', 'notes.txt']) fs.utimesSync(path.join(repo, f), later, later);
  fs.writeFileSync(path.join(repo, 'app.py'), VULNERABLE_PY);
  return { repo, markers, ran: () => fs.readdirSync(markers).sort() };
}

describe('core/io/git: the one git runner', () => {
  let hostile: ReturnType<typeof hostileRepo>;
  beforeEach(() => {
    hostile = hostileRepo();
  });
  afterEach(() => fs.rmSync(path.dirname(hostile.repo), { recursive: true, force: true }));

  it('plain git runs the repository-configured programs (the trigger is real)', () => {
    const env = { ...process.env, GIT_OPTIONAL_LOCKS: '0' };
    // The failing process filter is fatal, and an external diff takes precedence over textconv:
    // one command per mechanism.
    for (const args of [
      ['diff', 'HEAD'],
      ['diff', 'HEAD', '--', 'app.py'],
      ['diff', '--no-ext-diff', 'HEAD', '--', 'app.py'],
    ])
      spawnSync('git', args, { cwd: hostile.repo, env, encoding: 'utf8' });
    spawnSync('git', ['ls-files', '--others', '--exclude-standard'], { cwd: hostile.repo, env });
    const ran = hostile.ran();
    for (const m of ['fsmonitor', 'clean', 'process', 'textconv', 'extdiff'])
      assert.ok(ran.includes(m), `${m}: ${ran}`);
  });

  it('runs none of them for diff (patch and names), ls-files, status and rev-parse, and still answers', () => {
    const run = gitRunner({ cwd: hostile.repo, trusted: true });
    const patch = run(['diff', 'HEAD']);
    assert.ok(patch.ok, patch.stderr);
    assert.match(patch.stdout, /request\.args\.get/, 'the real diff, not a driver’s');
    const names = run(['diff', '--name-only', '-z', 'HEAD', '--']);
    assert.ok(names.stdout.split('\0').includes('app.py'), names.stdout);
    assert.ok(run(['ls-files', '--others', '--exclude-standard']).ok);
    assert.ok(run(['status', '--porcelain']).ok);
    assert.ok(run(['rev-parse', '--show-toplevel']).ok);
    assert.deepStrictEqual(hostile.ran(), []);
  });

  it('warden scan --changed-since HEAD runs none of them and scans the changed file', () => {
    const scan = runCli(['scan', '.', '--changed-since', 'HEAD', '--format', 'json'], hostile.repo);
    assert.strictEqual(scan.code, 1, scan.stderr);
    const paths = (JSON.parse(scan.stdout) as { findings: Array<{ path: string }> }).findings.map((f) => f.path);
    assert.deepStrictEqual([...new Set(paths)], ['app.py']);
    assert.deepStrictEqual(hostile.ran(), []);
    assert.ok(!fs.existsSync(path.join(hostile.markers, 'fsmonitor')), 'the fsmonitor marker must not exist');
  });

  it('refuses a filter driver whose name -c cannot spell, before running anything else', () => {
    fs.appendFileSync(path.join(hostile.repo, '.git', 'config'), `[filter "a=b"]\n\tclean = touch x\n`);
    assert.throws(
      () => runGit(['diff', 'HEAD'], { cwd: hostile.repo, trusted: true }),
      (e: unknown) => e instanceof GitError && e.reason === 'unsafe-config',
    );
    assert.deepStrictEqual(hostile.ran(), []);
  });

  it('passes arguments to git, never a shell, and a ref is never an option', () => {
    const weird = runGit(['rev-parse', '--verify', '--quiet', '$(touch pwned)^{commit}'], {
      cwd: hostile.repo,
      trusted: true,
    });
    assert.strictEqual(weird.ok, false);
    assert.ok(!fs.existsSync(path.join(hostile.repo, 'pwned')));
    const option = runCli(['scan', '.', '--changed-since', '--output=pwned.txt'], hostile.repo);
    assert.strictEqual(option.code, 2, option.stderr);
    assert.ok(!fs.existsSync(path.join(hostile.repo, 'pwned.txt')));
  });

  it('runs nothing a submodule’s own configuration names (its filters are not the top repository’s)', () => {
    const base = path.dirname(hostile.repo);
    const sub = path.join(base, 'sub');
    fs.mkdirSync(sub);
    writeFiles(sub, { '.gitattributes': '*.py filter=subevil\n', 's.py': 'x = 1\n' });
    git(sub, 'init', '-q');
    git(sub, 'add', '-A');
    git(sub, 'commit', '-qm', 'sub');
    // Setting up runs the top repository's own hostile drivers: keep them quiet for it.
    const quiet = ['-c', 'core.fsmonitor=false', '-c', 'filter.evil.clean=cat', '-c', 'filter.evil2.process='];
    git(hostile.repo, ...quiet, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub, 'sub');
    git(hostile.repo, ...quiet, 'commit', '-qm', 'sub');
    const mark = path.join(base, 'sub-clean.sh');
    fs.writeFileSync(mark, `#!/bin/sh\ntouch '${hostile.markers}/submodule-clean'\ncat\n`);
    fs.chmodSync(mark, 0o755);
    fs.appendFileSync(
      path.join(hostile.repo, '.git', 'modules', 'sub', 'config'),
      `[filter "subevil"]\n\tclean = ${mark}\n`,
    );
    const later = new Date(Date.now() + 120_000);
    fs.utimesSync(path.join(hostile.repo, 'sub', 's.py'), later, later);
    const clear = (): void => fs.rmSync(path.join(hostile.markers, 'submodule-clean'), { force: true });
    // The trigger: plain git looks inside the submodule and runs its clean filter.
    spawnSync('git', [...quiet, 'status', '--porcelain'], { cwd: hostile.repo });
    assert.ok(hostile.ran().includes('submodule-clean'), hostile.ran().join());
    clear();
    const run = gitRunner({ cwd: hostile.repo, trusted: true });
    assert.ok(run(['status', '--porcelain']).ok);
    assert.ok(run(['diff', '--name-only', 'HEAD']).ok);
    assert.ok(!hostile.ran().includes('submodule-clean'), hostile.ran().join());
  });

  it('runs only read-only built-ins: a repository alias is never reached', () => {
    fs.appendFileSync(
      path.join(hostile.repo, '.git', 'config'),
      `[alias]\n\tchanged = !touch '${hostile.markers}/alias'\n`,
    );
    spawnSync('git', ['changed'], { cwd: hostile.repo });
    assert.ok(hostile.ran().includes('alias'), 'plain git runs the alias');
    fs.rmSync(path.join(hostile.markers, 'alias'));
    assert.throws(
      () => runGit(['changed'], { cwd: hostile.repo, trusted: true }),
      (e: unknown) => e instanceof GitError && e.reason === 'not-allowed',
    );
    assert.ok(!hostile.ran().includes('alias'));
  });

  it('bounds the output and needs a trusted caller', () => {
    assert.throws(
      () => runGit(['diff', 'HEAD'], { cwd: hostile.repo, trusted: true, maxOutputBytes: 16 }),
      (e: unknown) => e instanceof GitError && e.reason === 'output-limit',
    );
    const untrusted = { cwd: hostile.repo, trusted: false } as unknown as { cwd: string; trusted: true };
    assert.throws(
      () => runGit(['status'], untrusted),
      (e: unknown) => e instanceof GitError && e.reason === 'not-trusted',
    );
  });

  it('diff-like subcommands get --no-ext-diff and --no-textconv right after the subcommand', () => {
    const args = hardenedArgs(['diff', '--name-only', 'HEAD'], []);
    const at = args.indexOf('diff');
    assert.deepStrictEqual(args.slice(at, at + 3), ['diff', '--no-ext-diff', '--no-textconv']);
    assert.ok(args.includes('core.fsmonitor=false'));
    assert.ok(args.some((a) => a.startsWith('core.hooksPath=')));
    assert.deepStrictEqual(hardenedArgs(['ls-files'], []).slice(-1), ['ls-files']);
  });
});
