// autoescape=False → True.

import { captureFixer } from '../replace-capture';

export const autoescapeOnFixer = captureFixer('py-autoescape-on', 'safe', {
  replace: 'flag',
  with: 'True',
  title: 'Turn autoescaping on',
});
