// The Python fixers, one file each; rule files name them (`fix: <name>`).

import type { Fixer } from '../model';
import { secureFilenameFixer } from './secure-filename';
import { uploadValidationFixer } from './upload-validation';
import { sqlParametersFixer } from './sql-parameters';
import { genericErrorFixer } from './generic-error';
import { subprocessListFixer } from './subprocess-list';
import { cookieAttributesFixer } from './cookie-attributes';
import { yamlSafeLoadFixer } from './yaml-safe-load';
import { secretsFixer } from './secrets';
import { sslContextFixer } from './ssl-context';
import { secretFromEnvFixer } from './secret-from-env';
import { xmlSafeFlagFixer } from './xml-safe-flag';
import { htmlEscapeFixer } from './html-escape';
import { templateVariablesFixer } from './template-variables';
import { osSystemFixer } from './os-system';
import { tarFilterFixer } from './tar-filter';
import { rawQueryParametersFixer } from './raw-query-parameters';
import { safeLoaderFixer } from './safe-loader';
import { debugOffFixer } from './debug-off';
import { autoescapeOnFixer } from './autoescape-on';
import { jwtAlgorithmFixer } from './jwt-algorithm';
import { jwtVerifySignatureFixer } from './jwt-verify-signature';
import { literalEvalFixer } from './literal-eval';
import { tlsVerifyFixer } from './tls-verify';
import { pickleToJsonFixer } from './pickle-to-json';
import { sessionCookieFlagFixer } from './session-cookie-flag';
import { hmacSha256Fixer } from './hmac-sha256';
import { localRedirectFixer } from './local-redirect';
import { ssrfAllowlistFixer } from './ssrf-allowlist';
import { strongCryptoFixer } from './strong-crypto';
import { programAllowlistFixer } from './program-allowlist';

export const PYTHON_FIXERS: Fixer[] = [
  secureFilenameFixer,
  uploadValidationFixer,
  sqlParametersFixer,
  genericErrorFixer,
  subprocessListFixer,
  cookieAttributesFixer,
  yamlSafeLoadFixer,
  secretsFixer,
  sslContextFixer,
  secretFromEnvFixer,
  xmlSafeFlagFixer,
  htmlEscapeFixer,
  templateVariablesFixer,
  osSystemFixer,
  tarFilterFixer,
  rawQueryParametersFixer,
  safeLoaderFixer,
  debugOffFixer,
  autoescapeOnFixer,
  jwtAlgorithmFixer,
  jwtVerifySignatureFixer,
  literalEvalFixer,
  tlsVerifyFixer,
  pickleToJsonFixer,
  sessionCookieFlagFixer,
  hmacSha256Fixer,
  localRedirectFixer,
  ssrfAllowlistFixer,
  strongCryptoFixer,
  programAllowlistFixer,
];
