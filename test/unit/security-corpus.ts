// The files Warden's own security tests scan: every file Warden has findings for.

import * as path from 'path';
import { languageForPath } from '../../server/src/engine';
import { listFiles, REPO, SEED_DIR } from '../helpers';

/** Fixtures, seeds and examples: every file Warden has findings for. */
export function corpus(): string[] {
  return [
    ...listFiles(path.join(REPO, 'rules'), (n) => !!languageForPath(n)),
    ...listFiles(SEED_DIR, (n) => !!languageForPath(n)),
    ...listFiles(path.join(REPO, 'examples'), (n) => !!languageForPath(n)),
  ];
}

export const EDITOR_LANGUAGE: Record<string, string> = {
  java: 'java',
  javascript: 'javascript',
  typescript: 'typescript',
  tsx: 'typescriptreact',
  python: 'python',
  go: 'go',
};
