// The 'none' JWT algorithm → HS256 (the token is signed and checked again).

import { captureFixer } from '../replace-capture';

export const jwtAlgorithmFixer = captureFixer('py-jwt-algorithm', 'safe', {
  replace: 'alg',
  with: '"HS256"',
  title: 'Use HS256 instead of the none algorithm',
});
