// verify_signature: False → True.

import { captureFixer } from '../replace-capture';

export const jwtVerifySignatureFixer = captureFixer('py-jwt-verify-signature', 'safe', {
  replace: 'flag',
  with: 'True',
  title: 'Verify the token signature',
});
