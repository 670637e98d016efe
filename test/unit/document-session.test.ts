// Open documents as DocumentSessions, scanned by DocumentScans with the real engine; the host
// (publish, settings, messages) records what the LSP connection would carry. Red-team #12: 100
// open/close cycles of a large document left the server at 2 GB; here nothing a session owns may
// outlive its close (live trees, sessions and timers are counted), and a reopened document that is
// not scanned is announced again (the old close handler forgot that it had been announced).

import * as assert from 'assert';
import type { Diagnostic } from 'vscode-languageserver';
import { DocumentScans, ScanHost } from '../../server/src/lsp/document-scans';
import { DocumentSession, liveTreeCount, Sessions } from '../../server/src/lsp/session';
import { DEFAULT_SETTINGS, WardenSettings } from '../../server/src/lsp/settings';
import { loadSnapshot } from '../../server/src/sca/snapshot-file';
import { ScanCancelled, type Scanner } from '../../server/src/engine';
import { scanner } from '../helpers';

const VULNERABLE = `import os
from flask import request

def run():
    os.system("ls " + request.args.get("dir"))
`;

function harness(settings: Partial<WardenSettings> = {}, beforeScanTree?: () => void) {
  const published: Array<{ uri: string; version: number; diagnostics: Diagnostic[] }> = [];
  const told: string[] = [];
  let settingsFetched = 0;
  // With beforeScanTree, the engine is the real one but runs a hook once the tree is parsed.
  const engine = (): Scanner => {
    if (!beforeScanTree) return scanner();
    const hooked = Object.create(scanner()) as Scanner;
    hooked.scanTree = (...args) => {
      beforeScanTree();
      return scanner().scanTree(...args);
    };
    return hooked;
  };
  const host: ScanHost = {
    scanner: engine,
    rule: (id) => scanner().ruleSet.rules.find((r) => r.id === id),
    snapshot: loadSnapshot,
    settings: async () => {
      settingsFetched++;
      return { ...DEFAULT_SETTINGS, ...settings };
    },
    publish: async (uri, version, diagnostics) => void published.push({ uri, version, diagnostics }),
    tell: (message) => void told.push(message),
    warn: () => undefined,
    error: (message) => assert.fail(message),
  };
  const sessions = new Sessions();
  const scans = new DocumentScans(host, sessions);
  return { sessions, scans, published, told, fetched: () => settingsFetched };
}

describe('DocumentSession: one object per open document, freed on close', function () {
  this.timeout(120000);

  it('100 open/scan/close cycles of a large document leave no session, tree or timer behind (#12)', async () => {
    const uri = 'file:///w/big.py';
    let closeWhileScanning = false;
    const { sessions, scans, published } = harness({}, () => {
      if (closeWhileScanning) sessions.close(uri);
    });
    const text = `${VULNERABLE}\n${'def f(x):\n    return x + 1\n\n'.repeat(600)}`; // ~20 KB
    const before = liveTreeCount();
    const closed: DocumentSession[] = [];
    for (let i = 0; i < 100; i++) {
      const session = sessions.open(uri, 'python', 1, text, 'python');
      // Scanned to the end, closed while its settings load, or closed once parsed (mid-scan).
      closeWhileScanning = i % 3 === 2;
      if (i % 3 === 1) {
        const running = scans.scan(session);
        sessions.close(uri);
        await running;
      } else await scans.scan(session).catch((e) => assert.ok(e instanceof ScanCancelled && closeWhileScanning, e));
      scans.schedule(session, 60000); // a pending timer the close must clear
      sessions.close(session.uri);
      closed.push(session);
    }
    assert.strictEqual(sessions.size, 0);
    assert.strictEqual(liveTreeCount(), before, 'every syntax tree freed');
    assert.deepStrictEqual(
      closed.filter((s) => s.pendingTimers > 0 || s.tree || s.published),
      [],
    );
    const scanned = published.filter((p) => p.diagnostics.length > 0);
    assert.strictEqual(scanned.length, 34, 'the scans that were not closed early published their findings');
  });

  it('keeps one tree per open document across edits, and frees it on close', async () => {
    const { sessions, scans } = harness();
    const before = liveTreeCount();
    const session = sessions.open('file:///w/a.py', 'python', 1, VULNERABLE, 'python');
    await scans.scan(session);
    for (let version = 2; version <= 20; version++) {
      session.applyChanges(
        [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '#\n' }],
        version,
      );
      await scans.scan(session);
    }
    assert.strictEqual(liveTreeCount(), before + 1);
    sessions.close(session.uri);
    assert.strictEqual(liveTreeCount(), before);
  });

  it('tells the user once per opening that a document is not scanned; a reopened one is told again', async () => {
    const { sessions, scans, told, published } = harness({ maxFileSizeKB: 1 });
    const big = `${VULNERABLE}${'x = 1\n'.repeat(400)}`;
    const open = (version: number): DocumentSession =>
      sessions.open('file:///w/big.py', 'python', version, big, 'python');
    let session = open(1);
    await scans.scan(session);
    session.applyChanges([{ text: `${big}y = 2\n` }], 2);
    await scans.scan(session);
    assert.strictEqual(told.length, 1);
    assert.match(told[0], /^Warden: big\.py not scanned: the document is \d+ KB, over the 1 KB limit/);
    assert.deepStrictEqual(
      published.map((p) => [p.version, p.diagnostics.length]),
      [
        [1, 0],
        [2, 0],
      ],
    );
    sessions.close(session.uri);
    session = open(3);
    await scans.scan(session);
    assert.strictEqual(told.length, 2, 'announced again after a reopen');
    sessions.close(session.uri);
  });

  it('fetches settings once per document until they change', async () => {
    const { sessions, scans, fetched } = harness();
    const session = sessions.open('file:///w/a.py', 'python', 1, VULNERABLE, 'python');
    await scans.scan(session);
    await scans.scan(session);
    assert.strictEqual(fetched(), 1);
    session.forgetSettings();
    await scans.scan(session);
    assert.strictEqual(fetched(), 2);
    sessions.close(session.uri);
  });
});
