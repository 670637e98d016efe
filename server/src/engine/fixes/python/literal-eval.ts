// eval(data) → ast.literal_eval(data): review, since expressions that are not literals now raise.

import { captureFixer } from '../replace-capture';

export const literalEvalFixer = captureFixer('py-literal-eval', 'review', {
  replace: 'sink',
  with: 'ast.literal_eval({{code}})',
  import: 'import ast',
  title: 'Parse with ast.literal_eval instead of eval',
});
