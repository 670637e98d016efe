// A hard-coded secret → System.getenv("NAME"): review, since the variable must be set where the code runs.

import { captureFixer } from '../replace-capture';

export const secretFromEnvFixer = captureFixer('java-secret-from-env', 'review', {
  replace: 'secret',
  with: 'System.getenv("{{name}}")',
  title: 'Read the secret from an environment variable',
});
