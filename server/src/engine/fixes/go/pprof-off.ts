// Go: the blank pprof import that serves /debug/pprof on the public default mux is removed.
// Review: profiling goes away; a service that needs it serves it on a separate local listener.

import type { Fixer, Propose } from '../model';

const propose: Propose = (ctx) => {
  const spec = ctx.node;
  // Inside import ( … ) the spec's own line goes; a lone `import _ "net/http/pprof"` goes whole.
  const line = spec.parent?.type === 'import_spec_list' ? spec : spec.parent;
  if (!line || !/^import_(spec|declaration)$/.test(line.type)) return undefined;
  const before = ctx.text.slice(0, line.startIndex);
  const after = ctx.text.slice(line.endIndex);
  // Something else on the same line (`"log"; _ "net/http/pprof"`): no line-sized edit is safe.
  if (!/(^|\n)[ \t]*$/.test(before) || !/^[ \t]*(\r?\n|$)/.test(after)) return undefined;
  return {
    title: 'Stop serving /debug/pprof publicly (remove the pprof import)',
    edits: [
      {
        range: {
          start: { line: line.startPosition.row, character: 0 },
          end: { line: line.endPosition.row + 1, character: 0 },
        },
        newText: '',
      },
    ],
  };
};

export const pprofOffFixer: Fixer = { name: 'go-pprof-off', safety: 'review', propose };
