// Traps every way Node code could reach the network or start a process: net, http, https, http2,
// tls, dns, dgram, fetch, WebSocket and child_process. Each use is recorded and throws. Installed
// in-process by test/unit/security-runtime.test.ts, and as a `--require` preload (NODE_OPTIONS) in the
// language server it spawns: with WARDEN_TRAP_LOG set, this file installs itself on load and
// appends one line per use to that file (and `installed <pid>/<thread>` once per thread).

import * as fs from 'fs';

type Restore = () => void;

const MODULES: Record<string, string[]> = {
  net: ['connect', 'createConnection', 'createServer'],
  http: ['request', 'get', 'createServer'],
  https: ['request', 'get', 'createServer'],
  http2: ['connect', 'createServer', 'createSecureServer'],
  tls: ['connect', 'createServer'],
  dns: [
    'lookup',
    'lookupService',
    'resolve',
    'resolve4',
    'resolve6',
    'resolveAny',
    'resolveCname',
    'resolveMx',
    'resolveTxt',
    'resolveSrv',
    'reverse',
  ],
  dgram: ['createSocket'],
  child_process: ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'],
};

export interface Trap {
  used: string[];
  restore: Restore;
}

export function installNetworkTrap(record: (what: string) => void = () => undefined): Trap {
  const used: string[] = [];
  const restores: Restore[] = [];
  const trip = (what: string): never => {
    used.push(what);
    record(what);
    throw new Error(`Warden security test: ${what} was called`);
  };
  const patch = (target: Record<string, unknown>, key: string, what: string): void => {
    const original = target[key];
    if (typeof original !== 'function') return;
    target[key] = function trapped() {
      return trip(what);
    };
    restores.push(() => (target[key] = original));
  };
  for (const [name, functions] of Object.entries(MODULES)) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(name) as Record<string, unknown>;
    for (const fn of functions) patch(mod, fn, `${name}.${fn}`);
    if (name === 'dns') {
      const promises = (mod as { promises?: Record<string, unknown> }).promises;
      if (promises) for (const fn of functions) patch(promises, fn, `dns.promises.${fn}`);
    }
  }
  const net = require('net') as { Socket: { prototype: Record<string, unknown> } };
  patch(net.Socket.prototype, 'connect', 'net.Socket.connect');
  const globals = globalThis as unknown as Record<string, unknown>;
  for (const key of ['fetch', 'WebSocket', 'EventSource']) {
    if (key in globals) patch(globals, key, key);
  }
  return { used, restore: () => restores.reverse().forEach((r) => r()) };
}

const logFile = process.env.WARDEN_TRAP_LOG;
if (logFile) {
  const threadId = (require('worker_threads') as typeof import('worker_threads')).threadId;
  fs.appendFileSync(logFile, `installed ${process.pid}/${threadId}\n`);
  installNetworkTrap((what) =>
    fs.appendFileSync(logFile, `used ${what} in ${process.pid}/${threadId}\n${new Error().stack}\n`),
  );
}
