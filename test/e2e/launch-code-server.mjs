// Runs the e2e mocha suite inside a real VS Code on machines that cannot download VS Code:
// code-server (VS Code for the browser, from npm) on Node 24, its workbench in Debian's headless
// Chromium driven by playwright-core, the extension and its tests in the server-side extension
// host. The recipe is ../shared/docs/vscode-e2e.md; the desktop launcher is launch-electron.ts.
//
//   node test/e2e/launch-code-server.mjs               extension from this folder, suite out/test/e2e/index.js
//   node test/e2e/launch-code-server.mjs --vsix F.vsix  F installed with --install-extension, suite out/test/e2e/vsix/index.js
//
// Exit code: the suite's (0 = all passed). The suite asks for screenshots by logging
// "WARDEN_E2E_SCREENSHOT <path>"; the launcher captures the page there (see test/e2e/screenshot.ts).

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { format } from 'node:util';
import { ensureInstalled, CHROMIUM, CACHE, HARNESS_DIR, NODE24, node24Env, REPO } from './install-harness.mjs';

const TIMEOUT_MS = Number(process.env.WARDEN_E2E_TIMEOUT_MS || 300_000);
const SCREENSHOT_MARK = 'WARDEN_E2E_SCREENSHOT ';
const KEYS_MARK = 'WARDEN_E2E_KEYS ';
// Built-ins that only compete with Warden for the 2 cores and the code-action list: the offline
// AI chat (adds "Fix"/"Explain" actions, retries the network) and tsserver (its save participant
// and code actions on the JS seed took seconds and were cancelled under load).
// vscode.git (and vscode.github, which needs it) off: the findings-view test makes a git repository
// in the workspace, and the git extension's background `check-ignore` then threw an uncaught EPIPE
// in the shared extension host that mocha pinned on whichever test ran (.ci/run, 2026-12-07). Warden
// runs git through its own runner (core/io/git.ts) and needs neither.
const BUILTINS_OFF = ['GitHub.copilot-chat', 'vscode.typescript-language-features', 'vscode.git', 'vscode.github'];
// The workbench's own console goes to workbench.log only when it is known offline noise (the
// recipe's "harmless" list); everything else, the suite's mocha output first, is printed.
const NOISE =
  /^(\[(AgentHost(:remote)?|ChatModelSelection|AccountPolicyGate|reconnection-grace-time|Service Worker|driver)\]|getaddrinfo ENOTFOUND|Resolv(ing|ed) connection token|Creating a socket|Updating additional builtin|.*(open-vsx|marketplace|api\.github\.com|authentication provider))/;

function markArgument(line, mark) {
  const at = line.indexOf(mark);
  return at >= 0 ? line.slice(at + mark.length).trim() : undefined;
}

/** Written under a temporary name and renamed: the test waits for the final name. */
async function screenshotTo(page, target) {
  const png = await page.screenshot();
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(`${target}.tmp`, png);
  fs.renameSync(`${target}.tmp`, target);
}

/** Types into the quick input (input box or quick pick) once it is on screen, as a person would. */
async function typeIntoQuickInput(page, { text = '', press = [] }) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  if (text) await page.keyboard.type(text);
  for (const key of press) await page.keyboard.press(key);
}

function parseArgs(argv) {
  const args = { vsix: undefined, keep: !!process.env.WARDEN_E2E_KEEP };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--vsix') args.vsix = path.resolve(argv[++i]);
    else if (argv[i] === '--keep') args.keep = true;
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

function log(message) {
  console.log(`[e2e] ${message}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(port, child, deadline) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('code-server did not become healthy in time');
}

/** A private home for code-server and Chromium: neither may write into the real home or /tmp. */
function makeRunDir() {
  const root = path.join(CACHE, 'runs');
  fs.mkdirSync(root, { recursive: true });
  // Failed runs are kept for their logs; only the latest few.
  const old = fs
    .readdirSync(root)
    .map((name) => path.join(root, name))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  for (const stale of old.slice(4)) fs.rmSync(stale, { recursive: true, force: true });
  const dir = fs.mkdtempSync(path.join(root, 'run-'));
  for (const sub of ['ud', 'exts', 'tmp', 'xdg-runtime', 'xdg-config', 'xdg-data', 'xdg-cache', 'home', 'ws']) {
    fs.mkdirSync(path.join(dir, sub), { recursive: true, mode: 0o700 });
  }
  return dir;
}

/** In --vsix mode the tests need an extension-development folder of their own that is not Warden. */
function makeProbeExtension(dir) {
  const probe = path.join(dir, 'probe');
  fs.mkdirSync(probe);
  fs.writeFileSync(
    path.join(probe, 'package.json'),
    JSON.stringify(
      { name: 'warden-e2e-probe', publisher: 'warden-e2e', version: '0.0.0', engines: { vscode: '*' } },
      null,
      2,
    ),
  );
  return probe;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  ensureInstalled();
  const entry = path.join(HARNESS_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const dir = makeRunDir();
  const workspace = path.join(dir, 'ws');
  const resultsDir = path.join(REPO, 'test-results');
  fs.mkdirSync(resultsDir, { recursive: true });
  const port = await freePort();
  fs.writeFileSync(path.join(dir, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const env = node24Env({
    TMPDIR: path.join(dir, 'tmp'),
    XDG_RUNTIME_DIR: path.join(dir, 'xdg-runtime'),
    XDG_CONFIG_HOME: path.join(dir, 'xdg-config'),
    XDG_DATA_HOME: path.join(dir, 'xdg-data'),
    XDG_CACHE_HOME: path.join(dir, 'xdg-cache'),
    // Read by VS Code's server: these built-ins are not even scanned.
    VSCODE_SKIP_BUILTIN_EXTENSIONS: BUILTINS_OFF.join(','),
    // The extension host inherits code-server's environment: this is how the suite learns its paths.
    WARDEN_E2E: '1',
    WARDEN_E2E_REPO: REPO,
    WARDEN_E2E_RESULTS: resultsDir,
    // This launcher drives the page: screenshots and keyboard input on request (see test/e2e/util.ts).
    WARDEN_E2E_DRIVER: '1',
  });
  const common = [
    '--config',
    path.join(dir, 'config.yaml'),
    '--user-data-dir',
    path.join(dir, 'ud'),
    '--extensions-dir',
    path.join(dir, 'exts'),
  ];

  let extensionDevelopmentPath = REPO;
  let extensionTestsPath = path.join(REPO, 'out', 'test', 'e2e', 'index.js');
  if (args.vsix) {
    if (!fs.existsSync(args.vsix)) throw new Error(`${args.vsix} not found: run npm run package first`);
    log(`installing ${path.relative(REPO, args.vsix)}`);
    const install = spawnSync(NODE24, [entry, ...common, '--install-extension', args.vsix], { env, encoding: 'utf8' });
    process.stdout.write(install.stdout ?? '');
    if (install.status !== 0) throw new Error(`--install-extension failed (${install.status}): ${install.stderr}`);
    extensionDevelopmentPath = makeProbeExtension(dir);
    extensionTestsPath = path.join(REPO, 'out', 'test', 'e2e', 'vsix', 'index.js');
  }
  if (!fs.existsSync(extensionTestsPath))
    throw new Error(`${extensionTestsPath} missing: run node esbuild.config.mjs first`);

  const serverLog = fs.openSync(path.join(dir, 'code-server.log'), 'w');
  const server = spawn(
    NODE24,
    [
      entry,
      ...common,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--vscode-option',
      'enable-smoke-test-driver',
      workspace,
    ],
    // Its own process group, so that the extension host and language server end with it.
    { env, stdio: ['ignore', serverLog, serverLog], detached: true },
  );
  let browser;
  let workbenchLog;
  let exitCode = 1;
  try {
    await waitForHealth(port, server, Date.now() + 60_000);
    log(`code-server ready on port ${port} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const { chromium } = createRequire(path.join(HARNESS_DIR, 'package.json'))('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-dev-shm-usage',
        '--disable-quic',
      ],
      env: { ...process.env, HOME: path.join(dir, 'home'), TMPDIR: path.join(dir, 'tmp') },
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let finish;
    const finished = new Promise((resolve) => (finish = resolve));
    workbenchLog = fs.openSync(path.join(dir, 'workbench.log'), 'w');
    let actions = Promise.resolve();
    const queue = (what, action) => {
      actions = actions.then(action).catch((e) => log(`${what} failed: ${e.message}`));
    };
    await page.exposeFunction('codeAutomationLog', (_level, logArgs) => {
      const text = Array.isArray(logArgs) ? format(...logArgs) : String(logArgs);
      fs.writeSync(workbenchLog, `${text}\n`);
      for (const line of text.split('\n')) {
        const shot = markArgument(line, SCREENSHOT_MARK);
        if (shot) queue('screenshot', () => screenshotTo(page, shot));
        const keys = markArgument(line, KEYS_MARK);
        if (keys) queue('keyboard', () => typeIntoQuickInput(page, JSON.parse(keys)));
      }
      if (!NOISE.test(text)) process.stdout.write(`${text}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionDevelopmentPath)],
      ['extensionTestsPath', remote(extensionTestsPath)],
      ['skipWelcome', 'true'],
      ...(args.vsix ? [] : [['disableExtensions', 'true']]),
    ];
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => {
        log(`timed out after ${TIMEOUT_MS / 1000} s (code-server log: ${path.join(dir, 'code-server.log')})`);
        resolve(124);
      }, TIMEOUT_MS);
    });
    exitCode = await Promise.race([finished, timeout]);
    clearTimeout(timer);
    await actions;
  } finally {
    await browser?.close().catch(() => undefined);
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    fs.closeSync(serverLog);
    if (workbenchLog !== undefined) fs.closeSync(workbenchLog);
  }
  log(`suite exited with ${exitCode} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (exitCode === 0 && !args.keep) fs.rmSync(dir, { recursive: true, force: true });
  else log(`run folder kept: ${dir}`);
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`[e2e] ${e.stack ?? e}`);
    process.exit(1);
  },
);
