// libxmljs noent: true → false.

import { captureFixer } from '../replace-capture';

export const libxmlNoentFixer = captureFixer('js-libxml-noent', 'safe', {
  replace: 'flag',
  with: 'false',
  title: 'Turn off entity substitution',
});
