// The Java fixers, one file each; rule files name them (`fix: <name>`).

import type { Fixer } from '../model';
import { preparedStatementFixer } from './prepared-statement';
import { processBuilderFixer } from './process-builder';
import { genericErrorFixer } from './generic-error';
import { cookieFlagsFixer } from './cookie-flags';
import { xxeFeaturesFixer } from './xxe-features';
import { localRedirectFixer } from './local-redirect';
import { secureRandomFixer } from './secure-random';
import { secretFromEnvFixer } from './secret-from-env';
import { strongCryptoFixer } from './strong-crypto';
import { strongKeyProtocolFixer } from './strong-key-protocol';
import { pathContainmentFixer } from './path-containment';
import { ssrfAllowlistFixer } from './ssrf-allowlist';
import { htmlEscapeFixer } from './html-escape';
import { safeDeserializationFixer } from './safe-deserialization';
import { sessionValueAllowlistFixer } from './session-value-allowlist';

export const JAVA_FIXERS: Fixer[] = [
  preparedStatementFixer,
  processBuilderFixer,
  genericErrorFixer,
  cookieFlagsFixer,
  xxeFeaturesFixer,
  localRedirectFixer,
  secureRandomFixer,
  secretFromEnvFixer,
  strongCryptoFixer,
  strongKeyProtocolFixer,
  pathContainmentFixer,
  ssrfAllowlistFixer,
  htmlEscapeFixer,
  safeDeserializationFixer,
  sessionValueAllowlistFixer,
];
