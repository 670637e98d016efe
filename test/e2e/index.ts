// The e2e suite's entry point, loaded by the extension host (code-server or @vscode/test-electron):
// runs every test/e2e/suite/*.e2e.ts with mocha and reports the failures to the launcher.

import * as path from 'path';
import { runMocha } from './mocha-runner';

export function run(): Promise<void> {
  return runMocha(path.join(__dirname, 'suite'));
}
