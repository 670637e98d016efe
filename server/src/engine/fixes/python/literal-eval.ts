// Python: eval(data) becomes ast.literal_eval(data). Review: expressions that are not literals
// now raise. eval with its own globals or locals evaluates names, which literal_eval cannot:
// no fix there.

import type { Fixer } from '../model';
import { replaceCapture } from '../replace-capture';

export const literalEvalFixer: Fixer = {
  name: 'py-literal-eval',
  safety: 'review',
  propose: (ctx) =>
    ctx.node.childForFieldName('arguments')?.namedChildCount === 1
      ? replaceCapture(
          {
            replace: 'sink',
            with: 'ast.literal_eval({{code}})',
            import: 'import ast',
            title: 'Parse with ast.literal_eval instead of eval',
          },
          ctx,
        )
      : undefined,
};
