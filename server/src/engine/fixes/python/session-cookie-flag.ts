// SESSION_COOKIE_SECURE / HTTPONLY = False → True.

import { captureFixer } from '../replace-capture';

export const sessionCookieFlagFixer = captureFixer('py-session-cookie-flag', 'safe', {
  replace: 'flag',
  with: 'True',
  title: 'Turn the cookie flag on',
});
