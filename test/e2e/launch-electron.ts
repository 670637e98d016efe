// The desktop launcher: the same e2e suite (out/test/e2e/index.js) in VS Code downloaded by
// @vscode/test-electron, for machines that can reach update.code.visualstudio.com. Machines that
// cannot (CI here) use launch-code-server.mjs. Screenshots and typed answers to input boxes need the
// code-server launcher's page driver: the two scenarios that use them skip or stop early here.
//
//   npm run test:e2e:electron                  (VS Code stable, cached in .vscode-test/)
//   WARDEN_E2E_VSCODE_VERSION=1.91.0 npm run test:e2e:electron

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

const REPO = path.resolve(__dirname, '..', '..', '..');

async function main(): Promise<void> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-e2e-ws-'));
  try {
    await runTests({
      version: process.env.WARDEN_E2E_VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: REPO,
      extensionTestsPath: path.join(REPO, 'out', 'test', 'e2e', 'index.js'),
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
      ],
      extensionTestsEnv: {
        WARDEN_E2E: '1',
        WARDEN_E2E_REPO: REPO,
        WARDEN_E2E_RESULTS: path.join(REPO, 'test-results'),
      },
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
