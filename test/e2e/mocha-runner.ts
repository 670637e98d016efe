// Programmatic mocha for the extension host: the runner the e2e suites share.

import * as fs from 'fs';
import Mocha from 'mocha';
import * as path from 'path';

export function runMocha(dir: string): Promise<void> {
  // One test can take long (server restart, a cold language server); the suite has its own budget.
  // The output travels through the workbench's console into a CI log: no terminal colours.
  Mocha.reporters.Base.useColors = false;
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: 60_000,
    color: false,
    reporter: 'spec',
    grep: process.env.WARDEN_E2E_GREP || undefined,
  });
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.e2e.js'))
    .sort())
    mocha.addFile(path.join(dir, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} e2e test(s) failed`)) : resolve()));
  });
}
