// Entry point of the packaged-extension suite: the launcher installs warden.vsix into code-server
// (--install-extension) and loads this module; Warden itself is then not the development extension.

import * as path from 'path';
import { runMocha } from '../mocha-runner';

export function run(): Promise<void> {
  return runMocha(path.join(__dirname));
}
