// A weak digest → sha256: review, since stored and exchanged values change.

import { captureFixer } from '../replace-capture';

export const hmacSha256Fixer = captureFixer('py-hmac-sha256', 'review', {
  replace: 'alg',
  with: "'sha256'",
  title: 'Sign with HMAC-SHA256',
});
