// new Random() → new SecureRandom() for secrets.

import { captureFixer } from '../replace-capture';

export const secureRandomFixer = captureFixer('java-secure-random', 'safe', {
  replace: 'rng',
  with: 'new SecureRandom()',
  import: 'import java.security.SecureRandom;',
  title: 'Use SecureRandom',
});
