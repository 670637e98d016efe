// The Go fixers, one file each; rule files name them (`fix: <name>`).

import type { Fixer } from '../model';
import { commaOkFixer } from './comma-ok';
import { genericErrorResponseFixer } from './generic-error-response';
import { sqlParametersFixer } from './sql-parameters';
import { pathBaseFixer } from './path-base';
import { cookieFlagsFixer } from './cookie-flags';
import { uploadValidationFixer } from './upload-validation';
import { htmlEscapeFixer } from './html-escape';
import { cryptoRandFixer } from './crypto-rand';
import { jwtValidMethodsFixer } from './jwt-valid-methods';
import { execNoShellFixer } from './exec-no-shell';
import { redirectLocalFixer } from './redirect-local';
import { secretFromEnvFixer } from './secret-from-env';
import { tlsVerifyFixer } from './tls-verify';
import { tlsMinVersionFixer } from './tls-min-version';
import { weakCryptoFixer } from './weak-crypto';
import { ssrfAllowListFixer } from './allow-list';
import { pprofOffFixer } from './pprof-off';

export const GO_FIXERS: Fixer[] = [
  commaOkFixer,
  genericErrorResponseFixer,
  sqlParametersFixer,
  pathBaseFixer,
  cookieFlagsFixer,
  uploadValidationFixer,
  htmlEscapeFixer,
  cryptoRandFixer,
  jwtValidMethodsFixer,
  execNoShellFixer,
  redirectLocalFixer,
  secretFromEnvFixer,
  tlsVerifyFixer,
  tlsMinVersionFixer,
  weakCryptoFixer,
  ssrfAllowListFixer,
  pprofOffFixer,
];
