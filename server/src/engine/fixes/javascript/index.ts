// The JavaScript and TypeScript fixers, one file each; rule files name them (`fix: <name>`).

import type { Fixer } from '../model';
import { cookieAttributesFixer } from './cookie-attributes';
import { sqlParametersFixer } from './sql-parameters';
import { genericErrorFixer } from './generic-error';
import { execFileFixer } from './exec-file';
import { cookieOptionsFixer } from './cookie-options';
import { sessionCookieFixer } from './session-cookie';
import { uploadLimitsFixer } from './upload-limits';
import { textContentFixer } from './text-content';
import { secureRandomFixer } from './secure-random';
import { tlsVerifyFixer } from './tls-verify';
import { pathBasenameFixer } from './path-basename';
import { secretFromEnvFixer } from './secret-from-env';
import { safeDeserializeFixer } from './safe-deserialize';
import { jwtVerifyFixer } from './jwt-verify';
import { corsOriginsFixer } from './cors-origins';
import { sameSiteRedirectFixer } from './same-site-redirect';
import { libxmlNoentFixer } from './libxml-noent';
import { weakCryptoFixer } from './weak-crypto';
import { evalFixer } from './eval';
import { ssrfAllowListFixer } from './allow-list';
import { escapingOnFixer } from './escaping-on';
import { nosqlStringFixer } from './nosql-string';
import { regexEscapeFixer } from './regex-escape';
import { escapeHtmlFixer } from './escape-html';

export const JAVASCRIPT_FIXERS: Fixer[] = [
  cookieAttributesFixer,
  sqlParametersFixer,
  genericErrorFixer,
  execFileFixer,
  cookieOptionsFixer,
  sessionCookieFixer,
  uploadLimitsFixer,
  textContentFixer,
  secureRandomFixer,
  tlsVerifyFixer,
  pathBasenameFixer,
  secretFromEnvFixer,
  safeDeserializeFixer,
  jwtVerifyFixer,
  corsOriginsFixer,
  sameSiteRedirectFixer,
  libxmlNoentFixer,
  weakCryptoFixer,
  evalFixer,
  ssrfAllowListFixer,
  escapingOnFixer,
  nosqlStringFixer,
  regexEscapeFixer,
  escapeHtmlFixer,
];
