// verify=False → True.

import { captureFixer } from '../replace-capture';

export const tlsVerifyFixer = captureFixer('py-tls-verify', 'safe', {
  replace: 'flag',
  with: 'True',
  title: 'Turn certificate verification back on',
});
