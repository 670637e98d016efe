// InsecureSkipVerify: true → false.

import { captureFixer } from '../replace-capture';

export const tlsVerifyFixer = captureFixer('go-tls-verify', 'safe', {
  replace: 'value',
  with: 'false',
  title: 'Turn certificate verification back on',
});
