// app.run(debug=True) → debug=False.

import { captureFixer } from '../replace-capture';

export const debugOffFixer = captureFixer('py-debug-off', 'safe', {
  replace: 'flag',
  with: 'False',
  title: 'Turn debug mode off',
});
